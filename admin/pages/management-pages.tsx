import { Hono } from "hono";
import type { TAdminContext } from "../http/admin-context.ts";
import type { TAdminEnv } from "../http/admin-env.ts";
import { createCategoriesPages } from "./categories-pages.tsx";
import { createContentPages } from "./content-pages.tsx";
import { createRoutingPages } from "./routing-pages.tsx";
import { createUnitsPages } from "./units-pages.tsx";
import { createUsersPages } from "./users-pages.tsx";
import { createWardsPages } from "./wards-pages.tsx";

/** Everything under /admin: administrators only (others get 403). */
export function createManagementPages(ctx: TAdminContext) {
  const app = new Hono<TAdminEnv>();
  app.use("/admin/*", async (c, next) => {
    if (c.get("actor").role !== "admin") return c.text(c.get("t")("error-FORBIDDEN"), 403);
    await next();
  });
  app.route("/", createUsersPages(ctx));
  app.route("/", createUnitsPages(ctx));
  app.route("/", createWardsPages(ctx));
  app.route("/", createCategoriesPages(ctx));
  app.route("/", createRoutingPages(ctx));
  app.route("/", createContentPages(ctx));
  return app;
}
