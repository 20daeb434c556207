import { Hono, type Context } from "hono";
import type { TActor } from "../../core/access/actor.ts";
import { loadUnitScope } from "../../core/access/load-access-scope.ts";
import { isAppError } from "../../core/errors/app-error.ts";
import type { TDashboard } from "../../core/stats/dashboard-types.ts";
import { createDashboardCache, type TDashboardCache } from "../../core/stats/dashboard-cache.ts";
import type { TStaffDeps } from "../../core/staff/staff-deps.ts";
import type { TTranslate } from "../../locales/translator.ts";
import type { TAdminEnv } from "../http/admin-env.ts";
import { apiErrorBody, HTTP_STATUS_OF } from "../http/error-status.ts";
import { pageOf } from "../http/page-helpers.ts";
import { Layout } from "../views/layout.tsx";
import { parseStatsQuery, statsQueryString, toDashboardInput, type TStatsQuery } from "./dashboard-query.ts";
import { BreakdownTable, HeatTable, KpiCards, PeriodPicker } from "./dashboard-view.tsx";
import { createStatsStaticRoutes, DASHBOARD_STATIC_FILES } from "./stats-static.ts";

/** What the statistics sub-apps need: the panel's context (only `deps` is used). */
export interface TStatsRoutesContext {
  deps: TStaffDeps;
  /** Shared by the page and its JSON; pass one to share it with other routes (default: one per app). */
  dashboardCache?: TDashboardCache;
}

/** Units the actor may pick in the period picker (their scope). */
export async function scopedUnitOptions(deps: TStaffDeps, actor: TActor) {
  const scope = await loadUnitScope(deps.prisma, actor);
  return deps.prisma.unit.findMany({ where: scope === "all" ? {} : { id: { in: [...scope] } }, orderBy: { code: "asc" }, select: { code: true, name: true } });
}

/** Chart labels in the reader's language, so the static script needs no translations of its own. */
function chartLabels(t: TTranslate) {
  const keys = ["received", "resolved", "late", "early", "on-time", "pending", "rejected"];
  return {
    ...Object.fromEntries(keys.map((key) => [key, t(`stats-kpi-${key}`)])),
    ratings: [1, 2, 3, 4, 5].map((stars) => t(`stats-rating-${stars}`)),
    telegram: t("stats-channel-telegram"),
    zalo: t("stats-channel-zalo"),
  };
}

/** The dashboard as JSON for the charts (and for anyone scripting against the panel). */
export function dashboardJson(dashboard: TDashboard, t: TTranslate) {
  return { ...dashboard, labels: chartLabels(t) };
}

/**
 * The leaders' dashboard: `GET /` the page (KPI cards with the change against the previous period,
 * unit ranking, category / channel / ward tables, heat table, top phrases; charts drawn by
 * static/dashboard.js with Chart.js, both served by us), `GET /data.json` its figures, scoped by
 * role like the ticket queue. Mount behind the panel's requireStaff: `app.route("/dashboard", …)`.
 */
export function createDashboardRoutes(ctx: TStatsRoutesContext) {
  const app = new Hono<TAdminEnv>();
  app.route("/", createStatsStaticRoutes(DASHBOARD_STATIC_FILES));
  const cache = ctx.dashboardCache ?? createDashboardCache();

  const load = async (c: Context<TAdminEnv>) => {
    const query = parseStatsQuery(c.req.query());
    return { query, dashboard: await cache.load(c.get("actor"), toDashboardInput(query), ctx.deps) };
  };

  app.get("/data.json", async (c) => {
    try {
      const { dashboard } = await load(c);
      return c.json(dashboardJson(dashboard, c.get("t")));
    } catch (error) {
      if (!isAppError(error)) throw error;
      return c.json(apiErrorBody(error.code, error.message, error.field), HTTP_STATUS_OF[error.code]);
    }
  });

  app.get("/", async (c) => {
    const t = c.get("t");
    const lang = c.get("lang");
    const actor = c.get("actor");
    let loaded: { query: TStatsQuery; dashboard: TDashboard };
    try {
      loaded = await load(c);
    } catch (error) {
      if (isAppError(error, "NOT_FOUND")) return c.text(t("error-NOT_FOUND"), 404);
      throw error;
    }
    const { query, dashboard } = loaded;
    const units = await scopedUnitOptions(ctx.deps, actor);
    const qs = statsQueryString(query);
    return c.html(
      <Layout page={pageOf(c)} title={t("stats-title")}>
        <link rel="stylesheet" href="/dashboard/static/dashboard.css" />
        <div class="page-head">
          <h1>{t("stats-title")}{dashboard.unit ? ` — ${dashboard.unit.name}` : ""}</h1>
          <a class="button" href={`/reports${qs}`}>{t("stats-reports-title")}</a>
        </div>
        <PeriodPicker query={query} action="/dashboard" units={units} actor={actor} t={t} dashboard={dashboard} />
        <KpiCards dashboard={dashboard} lang={lang} t={t} />
        <div id="stats-charts" class="chart-grid" data-source={`/dashboard/data.json${qs}`}>
          <section class="card chart-card chart-wide">
            <h2>{t("stats-trend")}</h2>
            <canvas id="chart-trend" role="img" aria-label={t("stats-trend")}></canvas>
          </section>
          <section class="card chart-card">
            <h2>{t("stats-timeliness-chart")}</h2>
            <canvas id="chart-timeliness" role="img" aria-label={t("stats-timeliness-chart")}></canvas>
          </section>
          <section class="card chart-card">
            <h2>{t("stats-satisfaction-distribution")}</h2>
            <canvas id="chart-satisfaction" role="img" aria-label={t("stats-satisfaction-distribution")}></canvas>
          </section>
          <section class="card chart-card">
            <h2>{t("stats-by-channel")}</h2>
            <canvas id="chart-channels" role="img" aria-label={t("stats-by-channel")}></canvas>
          </section>
        </div>
        <BreakdownTable id="units" rows={dashboard.byUnit} nameLabel={t("stats-col-unit")} caption={t("stats-by-unit")} note={t("stats-by-unit-note")} withRank lang={lang} t={t} />
        <div class="stats-columns">
          <BreakdownTable id="categories" rows={dashboard.byCategory} nameLabel={t("stats-col-category")} caption={t("stats-by-category")} lang={lang} t={t} />
          <section class="card" id="topics">
            <h2>{t("stats-top-terms")}</h2>
            {dashboard.topTerms.length === 0 ? (
              <p class="empty">{t("stats-empty")}</p>
            ) : (
              <ol class="top-terms">
                {dashboard.topTerms.map((term) => <li><span>{term.term}</span> <span class="muted">{term.count}</span></li>)}
              </ol>
            )}
          </section>
        </div>
        <BreakdownTable id="channels" rows={dashboard.byChannel.map((row) => ({ ...row, name: t(`stats-channel-${row.code}`), nameEn: t(`stats-channel-${row.code}`) }))} nameLabel={t("stats-col-channel")} caption={t("stats-by-channel")} lang={lang} t={t} />
        <BreakdownTable id="wards" rows={dashboard.byWard.map((row) => (row.key ? row : { ...row, name: t("stats-no-ward"), nameEn: t("stats-no-ward") }))} nameLabel={t("stats-col-ward")} caption={t("stats-by-ward")} lang={lang} t={t} />
        <HeatTable dashboard={dashboard} lang={lang} t={t} />
        <script src="/dashboard/static/chart.umd.js" defer></script>
        <script src="/dashboard/static/dashboard.js" defer></script>
      </Layout>,
    );
  });
  return app;
}
