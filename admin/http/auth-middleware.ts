import type { Context, MiddlewareHandler } from "hono";
import { timingSafeEqual } from "node:crypto";
import { resolveApiToken } from "../../core/staff/api-tokens.ts";
import { resolveSession } from "../../core/staff/resolve-session.ts";
import type { TStaffDeps } from "../../core/staff/staff-deps.ts";
import { apiErrorBody } from "./error-status.ts";
import type { TAdminEnv } from "./admin-env.ts";
import type { TSessionCookies } from "./session-cookie.ts";

export const CSRF_HEADER = "x-csrf-token";
export const CSRF_FIELD = "_csrf";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

function sameToken(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** The CSRF token a state-changing request carries: the htmx header, else the form field. */
async function submittedCsrfToken(c: Context): Promise<string | null> {
  const header = c.req.header(CSRF_HEADER);
  if (header) return header;
  const type = c.req.header("content-type") ?? "";
  if (type.includes("application/x-www-form-urlencoded") || type.includes("multipart/form-data")) {
    const body = await c.req.parseBody();
    const field = body[CSRF_FIELD];
    return typeof field === "string" ? field : null;
  }
  return null;
}

async function isCsrfValid(c: Context, expected: string): Promise<boolean> {
  if (SAFE_METHODS.has(c.req.method)) return true;
  const submitted = await submittedCsrfToken(c);
  return !!submitted && sameToken(submitted, expected);
}

/**
 * Pages: a valid session or a redirect to the login page (htmx gets HX-Redirect); every
 * state-changing request must carry the session's CSRF token. A user who must change their
 * password is sent to that page first.
 */
export function requireStaff(deps: TStaffDeps, cookies: TSessionCookies): MiddlewareHandler<TAdminEnv> {
  return async (c, next) => {
    const token = await cookies.read(c);
    const session = token ? await resolveSession(deps.prisma, token, deps.clock.now()) : null;
    if (!session) {
      const url = new URL(c.req.url);
      const target = `/login?next=${encodeURIComponent(url.pathname + url.search)}`;
      if (c.req.header("hx-request")) {
        c.header("HX-Redirect", target);
        return c.body(null, 401);
      }
      return c.redirect(target, 303);
    }
    if (!(await isCsrfValid(c, session.csrfToken))) return c.text(c.get("t")("error-csrf"), 403);
    c.set("session", session);
    c.set("actor", session.actor);
    const path = new URL(c.req.url).pathname;
    if (session.mustChangePassword && !path.startsWith("/account/password") && path !== "/logout") return c.redirect("/account/password", 303);
    await next();
  };
}

/**
 * API: `Authorization: Bearer <token>` (no CSRF: browsers never send it by themselves) or the
 * session cookie (then writes need the X-CSRF-Token header). Otherwise 401 JSON.
 */
export function requireApiActor(deps: TStaffDeps, cookies: TSessionCookies): MiddlewareHandler<TAdminEnv> {
  return async (c, next) => {
    const authorization = c.req.header("authorization");
    if (authorization) {
      const match = /^Bearer\s+(\S+)$/i.exec(authorization);
      const actor = match ? await resolveApiToken(deps, match[1]!) : null;
      if (!actor) return c.json(apiErrorBody("UNAUTHENTICATED", "Invalid or revoked API token"), 401);
      c.set("actor", actor);
      c.set("session", null);
      return next();
    }
    const token = await cookies.read(c);
    const session = token ? await resolveSession(deps.prisma, token, deps.clock.now()) : null;
    if (!session) return c.json(apiErrorBody("UNAUTHENTICATED", "Sign in or send an API token"), 401);
    if (!SAFE_METHODS.has(c.req.method)) {
      const header = c.req.header(CSRF_HEADER);
      if (!header || !sameToken(header, session.csrfToken)) return c.json(apiErrorBody("FORBIDDEN", "Missing or wrong X-CSRF-Token header"), 403);
    }
    c.set("actor", session.actor);
    c.set("session", session);
    await next();
  };
}
