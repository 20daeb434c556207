import { Hono } from "hono";
import { getCookie, setCookie } from "hono/cookie";
import { secureHeaders } from "hono/secure-headers";
import type { TAppDeps } from "../core/app-deps.ts";
import type { TStaffDeps } from "../core/staff/staff-deps.ts";
import type { TFileFetcher } from "../core/tickets/get-attachment-content.ts";
import type { UnderstandingService } from "../core/understanding/index.ts";
import { createTranslator, type TLanguage } from "../locales/translator.ts";
import { createApi } from "./api/api-routes.ts";
import type { TAdminContext } from "./http/admin-context.ts";
import type { TAdminEnv } from "./http/admin-env.ts";
import { requireStaff } from "./http/auth-middleware.ts";
import { LANGUAGE_COOKIE, createSessionCookies } from "./http/session-cookie.ts";
import { createDashboardRoutes } from "./dashboard/dashboard-routes.tsx";
import { createReportRoutes } from "./reports/report-routes.tsx";
import { createTransparencyRoutes } from "./reports/transparency-routes.tsx";
import { createAuditPages } from "./pages/audit-pages.tsx";
import { createNotificationsPage } from "./pages/notifications-page.tsx";
import { createAuthPages } from "./pages/auth-pages.tsx";
import { createManagementPages } from "./pages/management-pages.tsx";
import { createQueuePages } from "./pages/queue-page.tsx";
import { createRevealRequestsPage } from "./pages/reveal-requests-page.tsx";
import { createSettingsPages } from "./pages/settings-pages.tsx";
import { createTicketPages } from "./pages/ticket-pages.tsx";
import { createStaticRoutes } from "./static-routes.ts";

/** Paths of the panel that need a signed-in staff member (the API guards itself). */
const GUARDED_PATHS = ["/", "/queue/*", "/tickets/*", "/admin/*", "/audit", "/audit/*", "/account/*", "/logout", "/reveal-requests", "/dashboard", "/dashboard/*", "/reports", "/reports/*", "/notifications", "/notifications/*"];

/**
 * The HTTP application: health check, static assets, the admin panel (server-rendered pages with
 * htmx) and the JSON API under /api. Everything is served by us: no CDN (air-gapped networks).
 */
export function createAdminApp(deps: TAppDeps, options: { queuePollSeconds?: number; understanding?: UnderstandingService; fetchFile?: TFileFetcher } = {}): Hono {
  const app = new Hono<TAdminEnv>();
  app.get("/healthz", async (c) => {
    try {
      await deps.db.sql.query("SELECT 1");
      return c.json({ status: "ok", database: deps.db.kind });
    } catch {
      return c.json({ status: "error", database: deps.db.kind }, 503);
    }
  });

  const translator = createTranslator();
  const staffDeps: TStaffDeps = { prisma: deps.db.prisma, clock: deps.clock, box: deps.box, wakeOutbox: deps.wakeOutbox };
  const ctx: TAdminContext = {
    app: deps,
    deps: staffDeps,
    cookies: createSessionCookies(deps.box.signingKey, deps.config.publicUrl?.startsWith("https://") ?? false),
    citizenT: (language) => translator.t(language),
    queuePollSeconds: options.queuePollSeconds ?? 10,
    understanding: options.understanding,
    fetchFile: options.fetchFile,
  };

  app.use(
    "*",
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", "data:"],
        connectSrc: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        objectSrc: ["'none'"],
      },
      referrerPolicy: "same-origin",
      crossOriginEmbedderPolicy: false,
    }),
  );
  app.use("*", async (c, next) => {
    const cookie = getCookie(c, LANGUAGE_COOKIE);
    const lang: TLanguage = cookie === "en" ? "en" : "vi";
    c.set("lang", lang);
    c.set("t", translator.t(lang));
    await next();
    if (!c.req.path.startsWith("/static/")) c.header("Cache-Control", "no-store");
  });

  app.route("/", createStaticRoutes());
  app.get("/lang/:lang", (c) => {
    const lang = c.req.param("lang") === "en" ? "en" : "vi";
    setCookie(c, LANGUAGE_COOKIE, lang, { path: "/", sameSite: "Lax", maxAge: 365 * 24 * 3600 });
    const referer = c.req.header("referer");
    let back = "/";
    try {
      const url = referer ? new URL(referer) : null;
      if (url && url.host === new URL(c.req.url).host) back = url.pathname + url.search;
    } catch {
      back = "/";
    }
    return c.redirect(back, 303);
  });
  app.route("/api", createApi(ctx));
  // Public aggregate figures, off until an admin sets `transparency.enabled`: outside the staff guard.
  app.route("/cong-khai", createTransparencyRoutes({ prisma: deps.db.prisma, clock: deps.clock }));

  const guard = requireStaff(staffDeps, ctx.cookies);
  for (const path of GUARDED_PATHS) app.use(path, guard);
  app.route("/", createAuthPages(ctx));
  app.route("/", createQueuePages(ctx));
  app.route("/", createTicketPages(ctx));
  app.route("/", createManagementPages(ctx));
  // Admins only, like the management pages; the page checks the role itself too.
  app.route("/", createSettingsPages(ctx));
  app.route("/", createAuditPages(ctx));
  app.route("/", createNotificationsPage(ctx));
  app.route("/dashboard", createDashboardRoutes({ deps: staffDeps }));
  app.route("/reports", createReportRoutes({ deps: staffDeps }));
  app.route("/", createRevealRequestsPage(ctx));

  app.notFound((c) => (c.req.path.startsWith("/api/") ? c.json({ error: { code: "NOT_FOUND", message: "No such endpoint" } }, 404) : c.text(c.get("t")?.("error-NOT_FOUND") ?? "Not found", 404)));
  app.onError((error, c) => {
    deps.logger.error({ err: error, path: c.req.path, method: c.req.method }, "admin request failed");
    if (c.req.path.startsWith("/api/")) return c.json({ error: { code: "INTERNAL", message: "Internal error" } }, 500);
    return c.text("Internal error", 500);
  });
  return app as unknown as Hono;
}
