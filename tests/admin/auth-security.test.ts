import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LOCKOUT_MS } from "../../core/staff/login-staff.ts";
import { cookieFrom, createAdminTestApp, ticketCodeOf, type TAdminTestApp } from "./support/admin-test-app.ts";

let env: TAdminTestApp;
beforeAll(async () => {
  env = await createAdminTestApp();
});
afterAll(async () => {
  await env?.dispose();
});

/** Signs in through the HTML form as a browser would: GET /login for the form token, then POST. */
async function formLogin(username: string, password: string, options: { cookie?: string; ip?: string } = {}) {
  const page = await env.app.request("/login");
  const loginCsrfCookie = page.headers.getSetCookie().find((value) => value.startsWith("ln_login_csrf="))!.split(";")[0]!;
  const field = /name="_login_csrf" value="([^"]+)"/.exec(await page.text())![1]!;
  const cookie = [loginCsrfCookie, options.cookie].filter(Boolean).join("; ");
  return env.app.request("/login", {
    method: "POST",
    headers: { cookie, "content-type": "application/x-www-form-urlencoded", "x-forwarded-for": options.ip ?? "10.1.1.1" },
    body: new URLSearchParams({ _login_csrf: field, username, password, next: "/" }).toString(),
  });
}

describe("no page without a session", () => {
  const pages = ["/", "/queue/results", "/tickets/TG-26-000001", "/admin/users", "/admin/units", "/admin/categories", "/admin/routing", "/admin/faq", "/admin/canned-replies", "/admin/holidays", "/admin/wards", "/admin/settings", "/notifications", "/dashboard", "/reports", "/audit", "/account/password"];
  it.each(pages)("GET %s redirects to the login page", async (path) => {
    const response = await env.app.request(path);
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toMatch(/^\/login\?next=/);
  });

  it.each(["/queue/results", "/notifications/badge"])("answers htmx polling of %s with HX-Redirect instead of a page", async (path) => {
    const response = await env.app.request(path, { headers: { "hx-request": "true" } });
    expect(response.status).toBe(401);
    expect(response.headers.get("hx-redirect")).toMatch(/^\/login/);
  });

  const apiCalls: [string, string][] = [["GET", "/api/tickets"], ["GET", "/api/tickets/TG-26-000001"], ["POST", "/api/tickets/TG-26-000001/replies"], ["PATCH", "/api/tickets/TG-26-000001"], ["GET", "/api/units"], ["GET", "/api/categories"], ["GET", "/api/users"], ["POST", "/api/users"], ["PATCH", "/api/users/admin"]];
  it.each(apiCalls)("%s %s answers 401 JSON", async (method, path) => {
    const response = await env.app.request(path, { method, headers: { "content-type": "application/json" }, body: method === "GET" ? undefined : "{}" });
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ error: { code: "UNAUTHENTICATED" } });
  });

  it("rejects a forged (unsigned) session cookie", async () => {
    const response = await env.app.request("/", { headers: { cookie: "ln_session=abc" } });
    expect(response.status).toBe(303);
  });

  it("serves the login page, health check, assets and OpenAPI without a session", async () => {
    expect((await env.app.request("/login")).status).toBe(200);
    expect((await env.app.request("/healthz")).status).toBe(200);
    expect((await env.app.request("/static/htmx.min.js")).status).toBe(200);
    expect((await env.app.request("/static/admin.css")).headers.get("content-type")).toContain("text/css");
    expect((await env.app.request("/api/openapi.json")).status).toBe(200);
  });
});

describe("sign-in", () => {
  it("signs in with the form, sets a signed HttpOnly SameSite=Lax cookie and shows the queue", async () => {
    const response = await formLogin("canbo.pc04", env.passwordOf("canbo.pc04"));
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/");
    const setCookie = response.headers.getSetCookie().find((value) => value.startsWith("ln_session="))!;
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    const queue = await env.app.request("/", { headers: { cookie: cookieFrom(response) } });
    expect(queue.status).toBe(200);
    expect(await queue.text()).toContain("Hàng đợi");
  });

  it("refuses a form post without the login form's token", async () => {
    const response = await env.app.request("/login", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ username: "admin", password: env.passwordOf("admin") }).toString(),
    });
    expect(response.headers.get("location")).toBe("/login?error=CSRF");
  });

  it("says the same thing for an unknown user and a wrong password", async () => {
    const unknown = await formLogin("nobody", "whatever-password");
    const wrong = await formLogin("canbo.pa05", "wrong-password-1");
    expect(unknown.headers.get("location")).toContain("error=UNAUTHENTICATED");
    expect(wrong.headers.get("location")).toContain("error=UNAUTHENTICATED");
    const page = await env.app.request(wrong.headers.get("location")!);
    expect(await page.text()).toContain("Sai tên đăng nhập hoặc mật khẩu");
  });

  it("never redirects to another site after sign-in", async () => {
    const page = await env.app.request("/login?next=//evil.example/x");
    expect(await page.text()).toContain('name="next" value="/"');
  });

  it("records sign-ins and failures in the audit log", async () => {
    const actions = (await env.db.prisma.auditLog.findMany({ select: { action: true } })).map((row) => row.action);
    expect(actions).toContain("auth.login");
    expect(actions).toContain("auth.login_failed");
  });
});

describe("lock-out and rate limit", () => {
  it("locks the account for 15 minutes after 5 wrong passwords, even with the right one", async () => {
    for (let attempt = 1; attempt <= 4; attempt += 1) {
      const response = await formLogin("canbo.ttra", `wrong-${attempt}-password`, { ip: "10.2.0.1" });
      expect(response.headers.get("location")).toContain("error=UNAUTHENTICATED");
    }
    const fifth = await formLogin("canbo.ttra", "wrong-5-password", { ip: "10.2.0.1" });
    expect(fifth.headers.get("location")).toContain("error=ACCOUNT_LOCKED");
    const right = await formLogin("canbo.ttra", env.passwordOf("canbo.ttra"), { ip: "10.2.0.2" });
    expect(right.headers.get("location")).toContain("error=ACCOUNT_LOCKED");
    const api = await env.app.request("/api/auth/login", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ username: "canbo.ttra", password: env.passwordOf("canbo.ttra") }) });
    expect(api.status).toBe(423);
    env.clock.advance(LOCKOUT_MS + 1000);
    const later = await formLogin("canbo.ttra", env.passwordOf("canbo.ttra"), { ip: "10.2.0.3" });
    expect(later.headers.get("location")).toBe("/");
    expect((await env.db.prisma.auditLog.count({ where: { action: "auth.lockout" } })) >= 1).toBe(true);
  });

  it("limits sign-in attempts per address (429 with Retry-After)", async () => {
    let last: Response | null = null;
    for (let attempt = 0; attempt < 31; attempt += 1) {
      last = await env.app.request("/api/auth/login", { method: "POST", headers: { "content-type": "application/json", "x-forwarded-for": "10.3.3.3" }, body: JSON.stringify({ username: `ghost${attempt}`, password: "x" }) });
    }
    expect(last!.status).toBe(429);
    expect(Number(last!.headers.get("retry-after"))).toBeGreaterThan(0);
    const other = await env.app.request("/api/auth/login", { method: "POST", headers: { "content-type": "application/json", "x-forwarded-for": "10.3.3.4" }, body: JSON.stringify({ username: "ghost", password: "x" }) });
    expect(other.status).toBe(401);
  });
});

describe("sessions", () => {
  it("issues a new session id on sign-in and ends the one the browser brought (no fixation)", async () => {
    const first = await formLogin("canbo.pc06", env.passwordOf("canbo.pc06"));
    const firstCookie = cookieFrom(first);
    const second = await formLogin("canbo.pc06", env.passwordOf("canbo.pc06"), { cookie: firstCookie });
    const secondCookie = cookieFrom(second);
    expect(secondCookie).not.toBe(firstCookie);
    expect((await env.app.request("/", { headers: { cookie: firstCookie } })).status).toBe(303);
    expect((await env.app.request("/", { headers: { cookie: secondCookie } })).status).toBe(200);
  });

  it("logs out: the cookie no longer opens pages", async () => {
    const client = await env.signIn("canbo.viettri");
    expect((await client.request("/")).status).toBe(200);
    const logout = await client.request("/logout", { method: "POST", form: {} });
    expect(logout.headers.get("location")).toBe("/login");
    expect((await client.request("/")).status).toBe(303);
  });

  it("expires sessions after 12 hours of inactivity", async () => {
    const client = await env.signIn("canbo.pa05");
    env.clock.advance(13 * 3_600_000);
    expect((await client.request("/")).status).toBe(303);
  });
});

describe("CSRF", () => {
  it("rejects a page form post without the token, or with a wrong one", async () => {
    const client = await env.signIn("canbo.pc04");
    const code = await ticketCodeOf(env.db, "PC04");
    const without = await client.request(`/tickets/${code}/notes`, { form: { text: "hello" }, withoutCsrf: true });
    expect(without.status).toBe(403);
    const wrong = await client.request(`/tickets/${code}/notes`, { form: { text: "hello", _csrf: "not-the-token" }, withoutCsrf: true });
    expect(wrong.status).toBe(403);
    const withField = await client.request(`/tickets/${code}/notes`, { form: { text: "hello", _csrf: client.csrfToken }, withoutCsrf: true });
    expect(withField.status).toBe(303);
    const withHeader = await client.request(`/tickets/${code}/notes`, { form: { text: "hello again" } });
    expect(withHeader.status).toBe(303);
  });

  it("rejects cookie-authenticated API writes without X-CSRF-Token", async () => {
    const client = await env.signIn("canbo.pc04");
    const code = await ticketCodeOf(env.db, "PC04");
    const response = await client.request(`/api/tickets/${code}/notes`, { json: { text: "x" }, withoutCsrf: true });
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ error: { code: "FORBIDDEN" } });
  });

  it("rejects logout without the token (no forced sign-out)", async () => {
    const client = await env.signIn("canbo.pc04");
    expect((await client.request("/logout", { method: "POST", form: {}, withoutCsrf: true })).status).toBe(403);
  });
});

describe("passwords", () => {
  it("changes one's own password, ending other sessions", async () => {
    const client = await env.signIn("canbo.viettri");
    const other = await env.signIn("canbo.viettri");
    const wrong = await client.request("/account/password", { form: { currentPassword: "nope", newPassword: "a-new-password-123" } });
    expect(wrong.headers.get("location")).toContain("error=VALIDATION");
    const ok = await client.request("/account/password", { form: { currentPassword: env.passwordOf("canbo.viettri"), newPassword: "a-new-password-123" } });
    expect(ok.headers.get("location")).toContain("ok=password");
    expect((await client.request("/")).status).toBe(200);
    expect((await other.request("/")).status).toBe(303);
    await env.signIn("canbo.viettri", "a-new-password-123");
  });

  it("sends a user whose password was reset to the change-password page first", async () => {
    const admin = await env.signIn("admin");
    const reset = await admin.request("/api/users/canbo.pa05", { method: "PATCH", json: { newPassword: "temporary-pass-1" } });
    expect(reset.status).toBe(200);
    const user = await env.signIn("canbo.pa05", "temporary-pass-1");
    const queue = await user.request("/");
    expect(queue.status).toBe(303);
    expect(queue.headers.get("location")).toBe("/account/password");
    expect((await user.request("/account/password")).status).toBe(200);
  });
});

describe("security headers", () => {
  it("sends a CSP without inline scripts, no framing, no caching of pages", async () => {
    const client = await env.signIn("admin");
    const response = await client.request("/");
    const csp = response.headers.get("content-security-policy")!;
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain("unsafe-inline");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("cache-control")).toBe("no-store");
    const html = await response.text();
    expect(html).not.toMatch(/<script>(?!<\/script>)/);
    expect(html).not.toMatch(/ on[a-z]+="/);
    expect(html).not.toMatch(/https?:\/\/(?!localhost)[a-z0-9.-]+\/[^"]*\.(js|css)/);
  });
});
