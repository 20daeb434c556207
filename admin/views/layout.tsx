import { raw } from "hono/html";
import type { Child } from "hono/jsx";
import type { TActor } from "../../core/access/actor.ts";
import type { TLanguage, TTranslate } from "../../locales/translator.ts";
import { CSRF_FIELD } from "../http/auth-middleware.ts";

export interface TPageContext {
  t: TTranslate;
  lang: TLanguage;
  actor: TActor | null;
  csrfToken: string | null;
  /** Path of the current page, to mark the active menu entry. */
  path: string;
}

/** Hidden CSRF field for forms that must work without JavaScript too. */
export function CsrfField(props: { page: TPageContext }) {
  return props.page.csrfToken ? <input type="hidden" name={CSRF_FIELD} value={props.page.csrfToken} /> : null;
}

/** The unread-notices badge in the menu: a fragment route swaps it in on load and polls it. */
export const UNREAD_BADGE_ID = "unread-badge";
export const UNREAD_BADGE_PATH = "/notifications/badge";
export const UNREAD_BADGE_POLL = "load, every 60s";

function NavLink(props: { page: TPageContext; href: string; label: string; children?: Child }) {
  const isActive = props.href === "/" ? props.page.path === "/" || props.page.path.startsWith("/tickets") : props.page.path.startsWith(props.href);
  return (
    <a href={props.href} class={isActive ? "nav-link active" : "nav-link"} aria-current={isActive ? "page" : undefined}>
      {props.label}
      {props.children}
    </a>
  );
}

/**
 * The one layout of the panel: header with menu and account, main content, htmx and our script.
 * htmx swaps 422 responses too: a form sent back with its errors (e.g. /admin/settings) is shown.
 */
export function Layout(props: { page: TPageContext; title: string; children: Child; flash?: { kind: "ok" | "error"; text: string } | null }) {
  const { page } = props;
  const { t, actor } = page;
  const hxHeaders = page.csrfToken ? JSON.stringify({ "X-CSRF-Token": page.csrfToken }) : undefined;
  return (
    <>
      {raw("<!DOCTYPE html>")}
    <html lang={page.lang}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="htmx-config" content='{"includeIndicatorStyles":false,"allowEval":false,"historyCacheSize":0,"attributesToSettle":["class","width","height"],"responseHandling":[{"code":"204","swap":false},{"code":"[23]..","swap":true},{"code":"422","swap":true},{"code":"[45]..","swap":false,"error":true}]}' />
        <title>{`${props.title} · LangNghe`}</title>
        <link rel="icon" href="/static/favicon.svg" type="image/svg+xml" />
        <link rel="stylesheet" href="/static/admin.css" />
        <script src="/static/htmx.min.js" defer></script>
        <script src="/static/admin.js" defer></script>
      </head>
      <body hx-boost="true" hx-headers={hxHeaders}>
        <a class="skip-link" href="#main">{t("nav-skip")}</a>
        <header class="topbar">
          <a class="brand" href="/">
            <span class="brand-mark" aria-hidden="true">LN</span>
            <span class="brand-name">{t("brand")}</span>
          </a>
          {actor ? (
            <nav class="nav" aria-label={t("nav-label")}>
              <NavLink page={page} href="/" label={t("nav-queue")} />
              <NavLink page={page} href="/dashboard" label={t("nav-dashboard")} />
              <NavLink page={page} href="/reports" label={t("nav-reports")} />
              <NavLink page={page} href="/notifications" label={t("nav-notifications")}>
                <span id={UNREAD_BADGE_ID} hx-get={UNREAD_BADGE_PATH} hx-trigger={UNREAD_BADGE_POLL} hx-swap="outerHTML"></span>
              </NavLink>
              {actor.role !== "officer" ? <NavLink page={page} href="/reveal-requests" label={t("nav-reveal")} /> : null}
              {actor.role === "admin" ? (
                <>
                  <NavLink page={page} href="/admin/users" label={t("nav-users")} />
                  <NavLink page={page} href="/admin/units" label={t("nav-units")} />
                  <NavLink page={page} href="/admin/categories" label={t("nav-categories")} />
                  <NavLink page={page} href="/admin/routing" label={t("nav-routing")} />
                  <NavLink page={page} href="/admin/faq" label={t("nav-faq")} />
                  <NavLink page={page} href="/admin/canned-replies" label={t("nav-canned")} />
                  <NavLink page={page} href="/admin/holidays" label={t("nav-holidays")} />
                  <NavLink page={page} href="/admin/settings" label={t("nav-settings")} />
                  <NavLink page={page} href="/audit" label={t("nav-audit")} />
                </>
              ) : null}
            </nav>
          ) : null}
          <div class="account">
            <span class="lang-switch">
              <a href="/lang/vi" hx-boost="false" class={page.lang === "vi" ? "active" : ""} lang="vi">VI</a>
              <a href="/lang/en" hx-boost="false" class={page.lang === "en" ? "active" : ""} lang="en">EN</a>
            </span>
            {actor ? (
              <>
                <a href="/account/password" class="account-name" title={t("nav-account")}>{actor.displayName}</a>
                <form method="post" action="/logout" class="inline">
                  <CsrfField page={page} />
                  <button type="submit" class="button-link">{t("nav-logout")}</button>
                </form>
              </>
            ) : null}
          </div>
        </header>
        <main id="main" tabindex={-1}>
          {props.flash ? (
            <p class={`flash flash-${props.flash.kind}`} role={props.flash.kind === "error" ? "alert" : "status"}>
              {props.flash.text}
            </p>
          ) : null}
          {props.children}
        </main>
      </body>
    </html>
    </>
  );
}
