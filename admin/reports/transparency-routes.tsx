import { Hono } from "hono";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { formatCount, formatDecimal, formatLocalDay, formatShare } from "../../core/reports/report-format.ts";
import { isTransparencyEnabled, loadPublicTransparency } from "../../core/stats/load-public-transparency.ts";
import type { Db } from "../../core/db/open-database.ts";
import type { Clock } from "../../core/time/clock.ts";
import type { TAdminEnv } from "../http/admin-env.ts";
import { parseStatsQuery, toDashboardInput } from "../dashboard/dashboard-query.ts";
import { createStatsStaticRoutes } from "../dashboard/stats-static.ts";

const REPORT_CSS = path.join(path.dirname(fileURLToPath(import.meta.url)), "static", "report.css");

/**
 * The public transparency page (off by default; an admin sets the `transparency.enabled` setting):
 * aggregates only, no sign-in. `GET /` the page, `GET /data.json` the figures. Mount OUTSIDE the
 * staff guard, e.g. `app.route("/cong-khai", createTransparencyRoutes(ctx.deps))`. Answers 404 while off.
 */
export function createTransparencyRoutes(deps: { prisma: Db; clock: Clock }) {
  const app = new Hono<TAdminEnv>();
  app.route("/", createStatsStaticRoutes({ "report.css": REPORT_CSS }));
  const load = async (query: Record<string, string>) => {
    const { unitCode: _drillDown, kinds: _kinds, ...period } = toDashboardInput(parseStatsQuery({ preset: "year", ...query }));
    return loadPublicTransparency(period, deps);
  };
  app.get("/data.json", async (c) => {
    if (!(await isTransparencyEnabled(deps.prisma))) return c.json({ error: { code: "NOT_FOUND", message: "Not published" } }, 404);
    return c.json(await load(c.req.query()));
  });
  app.get("/", async (c) => {
    const t = c.get("t") ?? ((key: string) => key);
    const lang = c.get("lang") ?? "vi";
    if (!(await isTransparencyEnabled(deps.prisma))) return c.text("Not found", 404);
    const figures = await load(c.req.query());
    const n = (value: number) => formatCount(value, lang);
    return c.html(
      <html lang={lang}>
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title>{t("stats-public-title")}</title>
          <link rel="stylesheet" href={`${new URL(c.req.url).pathname.replace(/\/$/, "")}/static/report.css`} />
        </head>
        <body>
          <article class="sheet">
            <h1>{t("stats-public-title")}</h1>
            <p class="subtitle">{t("stats-report-period", { from: formatLocalDay(figures.firstDay), to: formatLocalDay(figures.lastDay) })}</p>
            <p class="body">
              {t("stats-public-summary", { received: n(figures.received), resolved: n(figures.resolved), onTimeRate: formatShare(figures.onTimeRate, lang), satisfaction: formatDecimal(figures.satisfaction, lang) })}
            </p>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t("stats-col-unit")}</th>
                  <th scope="col">{t("stats-kpi-received")}</th>
                  <th scope="col">{t("stats-kpi-resolved")}</th>
                  <th scope="col">{t("stats-kpi-on-time-rate")}</th>
                  <th scope="col">{t("stats-kpi-satisfaction")}</th>
                </tr>
              </thead>
              <tbody>
                {figures.units.map((unit) => (
                  <tr>
                    <td>{unit.name}</td>
                    <td class="right">{n(unit.received)}</td>
                    <td class="right">{n(unit.resolved)}</td>
                    <td class="right">{formatShare(unit.onTimeRate, lang)}</td>
                    <td class="right">{formatDecimal(unit.satisfaction, lang)}</td>
                  </tr>
                ))}
                {figures.otherUnits.count > 0 ? (
                  <tr>
                    <td>{t("stats-public-other-units", { count: figures.otherUnits.count })}</td>
                    <td class="right">{n(figures.otherUnits.received)}</td>
                    <td class="right">{n(figures.otherUnits.resolved)}</td>
                    <td class="right">—</td>
                    <td class="right">—</td>
                  </tr>
                ) : null}
              </tbody>
            </table>
            <p class="generated">{t("stats-public-note")}</p>
          </article>
        </body>
      </html>,
    );
  });
  return app;
}
