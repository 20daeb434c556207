import { Hono } from "hono";
import { z } from "zod";
import { createStaffUser, findStaffUsers, updateStaffUser } from "../../core/staff/manage-staff-users.ts";
import type { TAdminContext } from "../http/admin-context.ts";
import type { TAdminEnv } from "../http/admin-env.ts";
import { jsonBody } from "./api-validation.ts";

const ZRole = z.enum(["admin", "leader", "officer"]);

export const ZCreateUserRequest = z.object({
  username: z.string().regex(/^[a-z0-9._-]{3,64}$/i, "3–64 letters, digits, dot, dash or underscore"),
  displayName: z.string().trim().min(1).max(120),
  role: ZRole,
  unitCode: z.string().min(1).max(64),
  password: z.string().min(10).max(256),
});
export type TCreateUserRequest = z.infer<typeof ZCreateUserRequest>;

export const ZUpdateUserRequest = z
  .object({
    displayName: z.string().trim().min(1).max(120).optional(),
    role: ZRole.optional(),
    unitCode: z.string().min(1).max(64).optional(),
    isActive: z.boolean().optional(),
    newPassword: z.string().min(10).max(256).optional(),
    telegramUserId: z.string().regex(/^\d{1,20}$/, "A Telegram user id is a number").nullable().optional(),
  })
  .strict();
export type TUpdateUserRequest = z.infer<typeof ZUpdateUserRequest>;

/** /api/users: administrators list, create and change staff accounts (FORBIDDEN for others). */
export function createUsersApi(ctx: TAdminContext) {
  const app = new Hono<TAdminEnv>();
  app.get("/users", async (c) => c.json({ users: await findStaffUsers(c.get("actor"), ctx.deps) }));
  app.post("/users", async (c) => {
    const body = await jsonBody(c, ZCreateUserRequest);
    const created = await createStaffUser(c.get("actor"), body, ctx.deps);
    return c.json({ id: created.id, username: body.username.toLowerCase() }, 201);
  });
  app.patch("/users/:username", async (c) => {
    const body = await jsonBody(c, ZUpdateUserRequest);
    await updateStaffUser(c.get("actor"), c.req.param("username"), body, ctx.deps);
    const users = await findStaffUsers(c.get("actor"), ctx.deps);
    return c.json({ user: users.find((user) => user.username === c.req.param("username")) ?? null });
  });
  return app;
}
