import { Hono } from "hono";
import { z } from "zod";
import { loginStaff } from "../../core/staff/login-staff.ts";
import type { TAdminContext } from "../http/admin-context.ts";
import type { TAdminEnv } from "../http/admin-env.ts";
import { clientIp } from "../http/client-ip.ts";
import { jsonBody } from "./api-validation.ts";

export const ZLoginRequest = z.object({
  username: z.string().min(1).max(64),
  password: z.string().min(1).max(256),
});
export type TLoginRequest = z.infer<typeof ZLoginRequest>;

/**
 * POST /api/auth/login: starts a session (cookie) for scripts and single-page clients and returns
 * the CSRF token their writes must send as X-CSRF-Token. Integrations should prefer API tokens.
 */
export function createAuthApi(ctx: TAdminContext) {
  const app = new Hono<TAdminEnv>();
  app.post("/auth/login", async (c) => {
    const body = await jsonBody(c, ZLoginRequest);
    const result = await loginStaff({ ...body, ip: clientIp(c, ctx.app.config.trustedProxies), previousToken: await ctx.cookies.read(c) }, ctx.deps);
    await ctx.cookies.write(c, result.token, result.expiresAt);
    return c.json({
      user: { username: result.actor.username, displayName: result.actor.displayName, role: result.actor.role },
      csrfToken: result.csrfToken,
      expiresAt: result.expiresAt.toISOString(),
      mustChangePassword: result.mustChangePassword,
    });
  });
  return app;
}
