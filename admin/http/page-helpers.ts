import type { Context } from "hono";
import { isAppError } from "../../core/errors/app-error.ts";
import type { TPageContext } from "../views/layout.tsx";
import type { TAdminEnv } from "./admin-env.ts";

type TCtx = Context<TAdminEnv>;

/** What the layout needs from the request. */
export function pageOf(c: TCtx): TPageContext {
  const session = c.get("session");
  return { t: c.get("t"), lang: c.get("lang"), actor: c.get("actor") ?? null, csrfToken: session?.csrfToken ?? null, path: new URL(c.req.url).pathname };
}

const FLASH_KEY = /^[a-z0-9-]{1,40}$/;

/** The message after a redirect: ?ok=<key> or ?error=<CODE>&field=<name> (only known keys are shown). */
export function flashOf(c: TCtx): { kind: "ok" | "error"; text: string } | null {
  const t = c.get("t");
  const ok = c.req.query("ok");
  if (ok && FLASH_KEY.test(ok)) return { kind: "ok", text: t(`done-${ok}`) };
  const error = c.req.query("error");
  if (error && /^[A-Z_]{3,30}$/.test(error)) {
    const field = c.req.query("field");
    const fieldText = field && /^[a-zA-Z]{1,30}$/.test(field) ? ` (${t(`field-${field}`)})` : "";
    return { kind: "error", text: t(`error-${error}`) + fieldText };
  }
  return null;
}

/** Where to go back to with a message in the query string. */
export function withFlash(path: string, flash: { ok: string } | { error: string; field?: string }): string {
  const url = new URL(path, "http://local");
  if ("ok" in flash) url.searchParams.set("ok", flash.ok);
  else {
    url.searchParams.set("error", flash.error);
    if (flash.field) url.searchParams.set("field", flash.field);
  }
  return url.pathname + url.search + url.hash;
}

/**
 * Runs a form action and answers with a redirect (post/redirect/get): back to `path` with ?ok
 * on success, or with ?error=<code> when the core refused. NOT_FOUND is a real 404 (no probing).
 */
export async function runFormAction(c: TCtx, path: string, okKey: string, action: () => Promise<unknown>): Promise<Response> {
  try {
    await action();
    return c.redirect(withFlash(path, { ok: okKey }), 303);
  } catch (error) {
    if (!isAppError(error)) throw error;
    if (error.code === "NOT_FOUND") return c.text(c.get("t")("error-NOT_FOUND"), 404);
    return c.redirect(withFlash(path, { error: error.code, field: error.field }), 303);
  }
}

/** A form field as a trimmed string ("" when absent). */
export function fieldOf(body: Record<string, unknown>, name: string): string {
  const value = body[name];
  return typeof value === "string" ? value.trim() : "";
}
