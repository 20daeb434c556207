import type { Context } from "hono";
import { deleteCookie, getSignedCookie, setSignedCookie } from "hono/cookie";

export const SESSION_COOKIE = "ln_session";
export const LANGUAGE_COOKIE = "ln_lang";

/** The signed, HttpOnly, SameSite=Lax cookie that carries the session token. */
export function createSessionCookies(signingKey: Buffer, isSecure: boolean) {
  const secret = signingKey.toString("hex");
  return {
    async read(c: Context): Promise<string | null> {
      const value = await getSignedCookie(c, secret, SESSION_COOKIE);
      return typeof value === "string" && value ? value : null;
    },
    async write(c: Context, token: string, expiresAt: Date): Promise<void> {
      await setSignedCookie(c, SESSION_COOKIE, token, secret, { httpOnly: true, sameSite: "Lax", secure: isSecure, path: "/", expires: expiresAt });
    },
    clear(c: Context): void {
      deleteCookie(c, SESSION_COOKIE, { path: "/", secure: isSecure });
    },
  };
}

export type TSessionCookies = ReturnType<typeof createSessionCookies>;
