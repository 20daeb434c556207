import { Hono } from "hono";
import type { TAppDeps } from "../core/app-deps.ts";

/** The HTTP application: health check and, mounted below, the admin panel and its API. */
export function createAdminApp(deps: TAppDeps): Hono {
  const app = new Hono();
  app.get("/healthz", async (c) => {
    try {
      await deps.db.sql.query("SELECT 1");
      return c.json({ status: "ok", database: deps.db.kind });
    } catch {
      return c.json({ status: "error", database: deps.db.kind }, 503);
    }
  });
  return app;
}
