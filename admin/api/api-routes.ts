import { Hono } from "hono";
import { isAppError } from "../../core/errors/app-error.ts";
import type { TAdminContext } from "../http/admin-context.ts";
import type { TAdminEnv } from "../http/admin-env.ts";
import { requireApiActor } from "../http/auth-middleware.ts";
import { apiErrorBody, HTTP_STATUS_OF } from "../http/error-status.ts";
import { createAuthApi } from "./auth-api.ts";
import { openApiDocument } from "./openapi.ts";
import { createReferenceApi } from "./reference-api.ts";
import { createTicketsApi } from "./tickets-api.ts";
import { createUnderstandingRoutes } from "./understanding-routes.ts";
import { createUsersApi } from "./users-api.ts";

/** The JSON API under /api: the same use cases and scoping as the pages; errors as {error:{code,message,field?}}. */
export function createApi(ctx: TAdminContext) {
  const api = new Hono<TAdminEnv>();
  api.onError((error, c) => {
    if (isAppError(error)) {
      if (error.code === "RATE_LIMITED" && typeof error.details?.retryAfterSeconds === "number") c.header("Retry-After", String(error.details.retryAfterSeconds));
      return c.json(apiErrorBody(error.code, error.message, error.field), HTTP_STATUS_OF[error.code]);
    }
    ctx.app.logger.error({ err: error, path: c.req.path, method: c.req.method }, "api request failed");
    return c.json(apiErrorBody("INTERNAL", "Internal error"), 500);
  });
  api.get("/openapi.json", (c) => c.json(openApiDocument()));
  api.route("/", createAuthApi(ctx));
  const guard = requireApiActor(ctx.deps, ctx.cookies);
  for (const path of ["/tickets", "/tickets/*", "/units", "/categories", "/users", "/users/*", "/classify", "/faq/*"]) api.use(path, guard);
  api.route("/", createTicketsApi(ctx));
  api.route("/", createReferenceApi(ctx));
  api.route("/", createUsersApi(ctx));
  if (ctx.understanding) api.route("/", createUnderstandingRoutes(ctx.understanding, { prisma: ctx.app.db.prisma }));
  api.notFound((c) => c.json(apiErrorBody("NOT_FOUND", "No such endpoint"), 404));
  return api;
}
