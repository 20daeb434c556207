import { Hono, type Context } from "hono";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { isLeaderOrAdmin } from "../../core/access/actor.ts";
import { isAppError } from "../../core/errors/app-error.ts";
import { exportDashboardXlsx, exportPeriodicReport } from "../../core/reports/export-dashboard.ts";
import { canExportPersonalData, exportTickets, type TExportFile } from "../../core/reports/export-tickets.ts";
import type { TAdminEnv } from "../http/admin-env.ts";
import { HTTP_STATUS_OF } from "../http/error-status.ts";
import { pageOf } from "../http/page-helpers.ts";
import { CsrfField, Layout } from "../views/layout.tsx";
import { parseStatsQuery, statsQueryString, toDashboardInput } from "../dashboard/dashboard-query.ts";
import { PeriodPicker } from "../dashboard/dashboard-view.tsx";
import { scopedUnitOptions, type TStatsRoutesContext } from "../dashboard/dashboard-routes.tsx";
import { createStatsStaticRoutes } from "../dashboard/stats-static.ts";
import { loadDashboard } from "../../core/stats/load-dashboard.ts";
import { createCampaignRoutes } from "./campaign-routes.tsx";
import { PeriodicReportPage } from "./report-view.tsx";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPORT_STATIC_FILES = {
  "report.css": path.join(HERE, "static", "report.css"),
  "print.js": path.join(HERE, "static", "print.js"),
  "dashboard.css": path.join(HERE, "..", "dashboard", "static", "dashboard.css"),
};

function download(c: Context<TAdminEnv>, file: Pick<TExportFile, "filename" | "contentType" | "body">) {
  c.header("Content-Type", file.contentType);
  c.header("Content-Disposition", `attachment; filename="${file.filename}"`);
  c.header("Cache-Control", "no-store");
  return c.body(new Uint8Array(file.body));
}

/** Core refusals as plain-text errors with the one status table (downloads have no page to flash on). */
function refusal(c: Context<TAdminEnv>, error: unknown) {
  if (!isAppError(error)) throw error;
  const t = c.get("t");
  const text = error.code === "FORBIDDEN" && error.field === "includePersonalData" ? t("stats-export-personal-forbidden") : `${t(`error-${error.code}`)}${error.code === "VALIDATION" ? `: ${error.message}` : ""}`;
  return c.text(text, HTTP_STATUS_OF[error.code]);
}

/**
 * Reports and exports, every one audited by the core: `GET /` the export page; `POST /tickets.csv`
 * and `POST /tickets.xlsx` one row per ticket (personal data only for leaders/admins who tick the
 * box; POST so the CSRF token guards it); `GET /dashboard.xlsx` the dashboard figures;
 * `GET /periodic` the printable report, `GET /periodic.pdf` the same as PDF. Query: the period picker's.
 * Mount behind the panel's requireStaff: `app.route("/reports", …)`.
 */
export function createReportRoutes(ctx: TStatsRoutesContext) {
  const app = new Hono<TAdminEnv>();
  app.route("/", createStatsStaticRoutes(REPORT_STATIC_FILES));
  app.route("/campaigns", createCampaignRoutes(ctx));

  app.get("/", async (c) => {
    const t = c.get("t");
    const actor = c.get("actor");
    const query = parseStatsQuery(c.req.query());
    let dashboard;
    try {
      dashboard = await loadDashboard(actor, toDashboardInput(query), ctx.deps);
    } catch (error) {
      return refusal(c, error);
    }
    const units = await scopedUnitOptions(ctx.deps, actor);
    const qs = statsQueryString(query);
    const page = pageOf(c);
    const ticketForm = (format: "csv" | "xlsx") => (
      <form method="post" action={`/reports/tickets.${format}${qs}`} hx-boost="false">
        <CsrfField page={page} />
        <button type="submit" class="button">{t(`stats-export-tickets-${format}`)}</button>
        {canExportPersonalData(actor) ? (
          <label class="checkbox">
            <input type="checkbox" name="includePersonalData" value="yes" />
            <span>{t("stats-export-personal")}</span>
          </label>
        ) : null}
      </form>
    );
    return c.html(
      <Layout page={page} title={t("stats-reports-title")}>
        <link rel="stylesheet" href="/reports/static/dashboard.css" />
        <div class="page-head">
          <h1>{t("stats-reports-title")}</h1>
          <a class="button" href={`/dashboard${qs}`}>{t("stats-title")}</a>
        </div>
        <PeriodPicker query={query} action="/reports" units={units} actor={actor} t={t} dashboard={dashboard} />
        <section class="card">
          <h2>{t("stats-export-title")}</h2>
          <p class="muted small">{t("stats-export-audited")}</p>
          <div class="export-list">
            {ticketForm("csv")}
            {ticketForm("xlsx")}
            <div><a class="button" href={`/reports/dashboard.xlsx${qs}`} hx-boost="false">{t("stats-export-dashboard-xlsx")}</a></div>
            <div><a class="button" href={`/reports/periodic${qs}`} hx-boost="false">{t("stats-export-report-html")}</a></div>
            <div><a class="button" href={`/reports/periodic.pdf${qs}`} hx-boost="false">{t("stats-export-report-pdf")}</a></div>
          </div>
        </section>
        {isLeaderOrAdmin(actor) ? (
          <section class="card">
            <h2>{t("stats-campaigns-title")}</h2>
            <a class="button" href="/reports/campaigns">{t("stats-campaigns-open")}</a>
          </section>
        ) : null}
      </Layout>,
    );
  });

  for (const format of ["csv", "xlsx"] as const) {
    app.post(`/tickets.${format}`, async (c) => {
      const query = parseStatsQuery(c.req.query());
      const body = await c.req.parseBody();
      const includePersonalData = body.includePersonalData === "yes";
      try {
        const file = await exportTickets(c.get("actor"), { ...toDashboardInput(query), format, includePersonalData }, ctx.deps, c.get("t"));
        return download(c, file);
      } catch (error) {
        return refusal(c, error);
      }
    });
  }

  app.get("/dashboard.xlsx", async (c) => {
    try {
      return download(c, await exportDashboardXlsx(c.get("actor"), toDashboardInput(parseStatsQuery(c.req.query())), ctx.deps, c.get("t")));
    } catch (error) {
      return refusal(c, error);
    }
  });

  app.get("/periodic", async (c) => {
    const t = c.get("t");
    const query = parseStatsQuery(c.req.query());
    try {
      const { report } = await exportPeriodicReport(c.get("actor"), toDashboardInput(query), ctx.deps, { format: "html", lang: c.get("lang"), t });
      const qs = statsQueryString(query);
      return c.html(<PeriodicReportPage report={report} pdfHref={`/reports/periodic.pdf${qs}`} backHref={`/reports${qs}`} printLabel={t("stats-print")} pdfLabel={t("stats-export-report-pdf")} backLabel={t("stats-reports-title")} />);
    } catch (error) {
      return refusal(c, error);
    }
  });

  app.get("/periodic.pdf", async (c) => {
    const query = parseStatsQuery(c.req.query());
    try {
      const { pdf, filename } = await exportPeriodicReport(c.get("actor"), toDashboardInput(query), ctx.deps, { format: "pdf", lang: c.get("lang"), t: c.get("t") });
      return download(c, { filename, contentType: "application/pdf", body: pdf! });
    } catch (error) {
      return refusal(c, error);
    }
  });

  return app;
}

