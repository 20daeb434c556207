import { Hono } from "hono";
import { getCookie, setCookie } from "hono/cookie";
import { isAppError } from "../../core/errors/app-error.ts";
import { changeOwnPassword } from "../../core/staff/change-own-password.ts";
import { loginStaff } from "../../core/staff/login-staff.ts";
import { endSession } from "../../core/staff/resolve-session.ts";
import { generateToken } from "../../core/staff/session-token.ts";
import type { TAdminContext } from "../http/admin-context.ts";
import type { TAdminEnv } from "../http/admin-env.ts";
import { clientIp } from "../http/client-ip.ts";
import { fieldOf, flashOf, pageOf, runFormAction } from "../http/page-helpers.ts";
import { CsrfField, Layout } from "../views/layout.tsx";

const LOGIN_CSRF_COOKIE = "ln_login_csrf";

/** Only a local path: never an open redirect to another site. */
export function safeNext(next: string | undefined): string {
  return next && next.startsWith("/") && !next.startsWith("//") && !next.startsWith("/\\") ? next : "/";
}

/** Sign-in, sign-out and changing one's own password (app.ts guards /logout and /account/*). */
export function createAuthPages(ctx: TAdminContext) {
  const app = new Hono<TAdminEnv>();
  const isSecure = ctx.app.config.publicUrl?.startsWith("https://") ?? false;

  app.get("/login", (c) => {
    const t = c.get("t");
    // Double-submit token: the login form is protected from cross-site posting before any session exists.
    const loginCsrf = getCookie(c, LOGIN_CSRF_COOKIE) || generateToken(18);
    setCookie(c, LOGIN_CSRF_COOKIE, loginCsrf, { httpOnly: true, sameSite: "Strict", secure: isSecure, path: "/login" });
    const error = c.req.query("error");
    const flash = error && /^[A-Z_]{3,30}$/.test(error) ? { kind: "error" as const, text: t(`login-error-${error}`) } : null;
    const page = { ...pageOf(c), actor: null, csrfToken: null };
    return c.html(
      <Layout page={page} title={t("login-title")} flash={flash}>
        <section class="login-card card">
          <h1>{t("login-title")}</h1>
          <p class="muted">{t("login-intro")}</p>
          <form method="post" action="/login" class="stack" hx-boost="false">
            <input type="hidden" name="_login_csrf" value={loginCsrf} />
            <input type="hidden" name="next" value={safeNext(c.req.query("next"))} />
            <label>
              {t("login-username")}
              <input name="username" autocomplete="username" required autofocus />
            </label>
            <label>
              {t("login-password")}
              <input name="password" type="password" autocomplete="current-password" required />
            </label>
            <button type="submit" class="button primary">{t("login-submit")}</button>
          </form>
        </section>
      </Layout>,
    );
  });

  app.post("/login", async (c) => {
    const body = await c.req.parseBody();
    const expected = getCookie(c, LOGIN_CSRF_COOKIE);
    if (!expected || fieldOf(body, "_login_csrf") !== expected) return c.redirect("/login?error=CSRF", 303);
    const next = safeNext(fieldOf(body, "next"));
    try {
      const result = await loginStaff(
        { username: fieldOf(body, "username"), password: typeof body.password === "string" ? body.password : "", ip: clientIp(c, ctx.app.config.trustedProxies), previousToken: await ctx.cookies.read(c) },
        ctx.deps,
      );
      await ctx.cookies.write(c, result.token, result.expiresAt);
      return c.redirect(result.mustChangePassword ? "/account/password" : next, 303);
    } catch (error) {
      if (!isAppError(error)) throw error;
      return c.redirect(`/login?error=${error.code}&next=${encodeURIComponent(next)}`, 303);
    }
  });

  app.post("/logout", async (c) => {
    const token = await ctx.cookies.read(c);
    if (token) await endSession(ctx.deps.prisma, token);
    ctx.cookies.clear(c);
    return c.redirect("/login", 303);
  });

  app.get("/account/password", (c) => {
    const t = c.get("t");
    const page = pageOf(c);
    const mustChange = c.get("session")?.mustChangePassword;
    return c.html(
      <Layout page={page} title={t("password-title")} flash={flashOf(c)}>
        <section class="card narrow">
          <h1>{t("password-title")}</h1>
          {mustChange ? <p class="notice">{t("password-must-change")}</p> : null}
          <form method="post" action="/account/password" class="stack">
            <CsrfField page={page} />
            <label>
              {t("password-current")}
              <input name="currentPassword" type="password" autocomplete="current-password" required />
            </label>
            <label>
              {t("password-new")}
              <input name="newPassword" type="password" autocomplete="new-password" minlength={10} required />
            </label>
            <button type="submit" class="button primary">{t("password-submit")}</button>
          </form>
        </section>
      </Layout>,
    );
  });

  app.post("/account/password", async (c) => {
    const body = await c.req.parseBody();
    const session = c.get("session");
    return runFormAction(c, "/account/password", "password", () =>
      changeOwnPassword(c.get("actor"), { currentPassword: String(body.currentPassword ?? ""), newPassword: String(body.newPassword ?? ""), keepSessionId: session?.sessionId ?? null }, ctx.deps),
    );
  });

  return app;
}
