import { Hono, type Context } from "hono";
import type { StaffRole } from "../../prisma/generated/enums.ts";
import { createApiToken, revokeApiToken } from "../../core/staff/api-tokens.ts";
import { createStaffUser, findStaffUsers, updateStaffUser } from "../../core/staff/manage-staff-users.ts";
import type { TAdminContext } from "../http/admin-context.ts";
import type { TAdminEnv } from "../http/admin-env.ts";
import { fieldOf, flashOf, pageOf, runFormAction } from "../http/page-helpers.ts";
import { formatDateTime } from "../views/format.ts";
import { CsrfField, Layout } from "../views/layout.tsx";

const ROLES: StaffRole[] = ["officer", "leader", "admin"];

/** /admin/users: create, change, disable, reset passwords, API tokens. */
export function createUsersPages(ctx: TAdminContext) {
  const app = new Hono<TAdminEnv>();
  const { deps } = ctx;

  const render = async (c: Context<TAdminEnv>, newToken: { username: string; token: string } | null) => {
    const t = c.get("t");
    const lang = c.get("lang");
    const page = pageOf(c);
    const [users, units] = await Promise.all([findStaffUsers(c.get("actor"), deps), deps.prisma.unit.findMany({ orderBy: { code: "asc" }, select: { code: true, name: true } })]);
    const unitOptions = (selected: string) => units.map((unit) => <option value={unit.code} selected={unit.code === selected}>{`${unit.code} – ${unit.name}`}</option>);
    return c.html(
      <Layout page={page} title={t("users-title")} flash={flashOf(c)}>
        <h1>{t("users-title")}</h1>
        {newToken ? (
          <div class="flash flash-ok" role="status">
            <p>{t("users-token-created", { username: newToken.username })}</p>
            <code class="token" id="new-token">{newToken.token}</code>
          </div>
        ) : null}
        <section class="card">
          <h2>{t("users-create")}</h2>
          <form method="post" action="/admin/users" class="grid-form">
            <CsrfField page={page} />
            <label>{t("users-username")}<input name="username" required pattern="[A-Za-z0-9._\-]{3,64}" /></label>
            <label>{t("users-display-name")}<input name="displayName" required /></label>
            <label>{t("users-role")}<select name="role">{ROLES.map((role) => <option value={role}>{t(`role-${role}`)}</option>)}</select></label>
            <label>{t("users-unit")}<select name="unitCode">{unitOptions("")}</select></label>
            <label>{t("users-password")}<input name="password" type="password" autocomplete="new-password" minlength={10} required /></label>
            <button type="submit" class="button primary">{t("users-create-submit")}</button>
          </form>
        </section>
        {users.map((user) => (
          <section class="card user-card" id={`user-${user.username}`}>
            <h2>
              {user.displayName} <code>{user.username}</code>
              {!user.isActive ? <span class="badge">{t("users-disabled")}</span> : null}
              {user.isLocked ? <span class="badge badge-urgent">{t("users-locked")}</span> : null}
            </h2>
            <p class="muted small">{t("users-last-login", { when: formatDateTime(user.lastLoginAt, lang) })}</p>
            <form method="post" action={`/admin/users/${user.username}`} class="grid-form">
              <CsrfField page={page} />
              <label>{t("users-display-name")}<input name="displayName" value={user.displayName} required /></label>
              <label>{t("users-role")}<select name="role">{ROLES.map((role) => <option value={role} selected={role === user.role}>{t(`role-${role}`)}</option>)}</select></label>
              <label>{t("users-unit")}<select name="unitCode">{unitOptions(user.unitCode)}</select></label>
              <label>{t("users-telegram-id")}<input name="telegramUserId" value={user.telegramUserId ?? ""} inputmode="numeric" pattern="[0-9]{1,20}" /></label>
              <label class="check"><input type="checkbox" name="isActive" value="yes" checked={user.isActive} /> {t("users-active")}</label>
              <button type="submit" class="button">{t("save")}</button>
            </form>
            <form method="post" action={`/admin/users/${user.username}/password`} class="grid-form">
              <CsrfField page={page} />
              <label>{t("users-new-password")}<input name="newPassword" type="password" autocomplete="new-password" minlength={10} required /></label>
              <button type="submit" class="button">{t("users-reset-password")}</button>
            </form>
            <details>
              <summary>{t("users-tokens", { count: user.apiTokens.filter((token) => !token.revokedAt).length })}</summary>
              <ul class="plain">
                {user.apiTokens.map((token) => (
                  <li>
                    {token.name} · {formatDateTime(token.createdAt, lang)} · {token.revokedAt ? t("users-token-revoked") : t("users-token-last-used", { when: formatDateTime(token.lastUsedAt, lang) })}
                    {!token.revokedAt ? (
                      <form method="post" action={`/admin/tokens/${token.id}/revoke`} class="inline">
                        <CsrfField page={page} />
                        <button type="submit" class="button small danger">{t("users-token-revoke")}</button>
                      </form>
                    ) : null}
                  </li>
                ))}
              </ul>
              <form method="post" action={`/admin/users/${user.username}/tokens`} class="grid-form">
                <CsrfField page={page} />
                <label>{t("users-token-name")}<input name="name" required maxlength={80} /></label>
                <button type="submit" class="button">{t("users-token-create")}</button>
              </form>
            </details>
          </section>
        ))}
      </Layout>,
    );
  };

  app.get("/admin/users", (c) => render(c, null));
  app.post("/admin/users", async (c) => {
    const body = await c.req.parseBody();
    return runFormAction(c, "/admin/users", "user-created", () =>
      createStaffUser(
        c.get("actor"),
        { username: fieldOf(body, "username"), displayName: fieldOf(body, "displayName"), role: fieldOf(body, "role") as StaffRole, unitCode: fieldOf(body, "unitCode"), password: String(body.password ?? "") },
        deps,
      ),
    );
  });
  app.post("/admin/users/:username", async (c) => {
    const body = await c.req.parseBody();
    const role = fieldOf(body, "role");
    return runFormAction(c, "/admin/users", "user-updated", () =>
      updateStaffUser(
        c.get("actor"),
        c.req.param("username"),
        { displayName: fieldOf(body, "displayName") || undefined, role: ROLES.includes(role as StaffRole) ? (role as StaffRole) : undefined, unitCode: fieldOf(body, "unitCode") || undefined, isActive: fieldOf(body, "isActive") === "yes", telegramUserId: fieldOf(body, "telegramUserId") || null },
        deps,
      ),
    );
  });
  app.post("/admin/users/:username/password", async (c) => {
    const body = await c.req.parseBody();
    return runFormAction(c, "/admin/users", "password-reset", () => updateStaffUser(c.get("actor"), c.req.param("username"), { newPassword: String(body.newPassword ?? "") }, deps));
  });
  app.post("/admin/users/:username/tokens", async (c) => {
    const body = await c.req.parseBody();
    const username = c.req.param("username");
    const created = await createApiToken(c.get("actor"), { username, name: fieldOf(body, "name") || "token" }, deps);
    return render(c, { username, token: created.token });
  });
  app.post("/admin/tokens/:id/revoke", (c) => runFormAction(c, "/admin/users", "token-revoked", () => revokeApiToken(c.get("actor"), c.req.param("id"), deps)));
  return app;
}
