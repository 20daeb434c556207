import ExcelJS from "exceljs";
import type { TActor } from "../access/actor.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { sqlRunnerOf } from "../db/sql-runner.ts";
import type { Db } from "../db/open-database.ts";
import type { TBreakdownRow, TDashboard } from "../stats/dashboard-types.ts";
import { loadDashboard, type TDashboardInput, type TStatsDeps } from "../stats/load-dashboard.ts";
import type { TExportFile } from "./export-tickets.ts";
import { buildPeriodicReport, type TPeriodicReport } from "./periodic-report.ts";
import { keysAsText, type TReportLanguage } from "./report-format.ts";
import type { TText } from "../text/text.ts";
import { renderReportPdf } from "./render-report-pdf.ts";

async function auditExport(prisma: Db, actor: TActor, action: string, dashboard: TDashboard, now: Date, extra: Record<string, unknown> = {}) {
  await prisma.$transaction((tx) =>
    recordAudit(
      sqlRunnerOf(tx),
      { actorId: actor.id, actorLabel: actor.username, action, entityType: "stats", entityId: null, details: { from: dashboard.period.firstDay, to: dashboard.period.lastDay, unitCode: dashboard.unit?.code ?? null, ...extra } },
      now,
    ),
  );
}

function breakdownSheet(workbook: ExcelJS.Workbook, name: string, rows: TBreakdownRow[], t: TText, nameLabel: string, withRank = false) {
  const sheet = workbook.addWorksheet(name);
  const header = [
    ...(withRank ? [t("stats-col-rank")] : []), t("stats-col-code"), nameLabel, t("stats-kpi-received"), t("stats-kpi-resolved"), t("stats-kpi-early"), t("stats-kpi-on-time"),
    t("stats-kpi-late"), t("stats-kpi-pending"), t("stats-kpi-overdue"), t("stats-kpi-on-time-rate"), t("stats-kpi-satisfaction"), t("stats-kpi-ratings"),
  ];
  sheet.addRow(header).font = { bold: true };
  for (const row of rows) {
    sheet.addRow([
      ...(withRank ? [row.rank ?? null] : []), row.code, row.name, row.received, row.resolved, row.early, row.onTime, row.late, row.pending, row.pendingOverdue,
      row.onTimeRate, row.ratingAverage, row.ratingCount,
    ]);
  }
  const rateColumn = header.length - 2;
  sheet.getColumn(rateColumn).numFmt = "0.0%";
  sheet.getColumn(rateColumn + 1).numFmt = "0.00";
  sheet.columns.forEach((column, index) => void (column.width = index === (withRank ? 2 : 1) ? 40 : 14));
  sheet.views = [{ state: "frozen", ySplit: 1 }];
}

/** The dashboard's figures as a workbook: KPIs vs the previous period, every breakdown, trend and heat table. Audited. */
export async function exportDashboardXlsx(actor: TActor, input: TDashboardInput, deps: TStatsDeps, t: TText = keysAsText): Promise<TExportFile & { dashboard: TDashboard }> {
  const dashboard = await loadDashboard(actor, input, deps);
  const workbook = new ExcelJS.Workbook();
  workbook.created = dashboard.generatedAt;
  const kpiSheet = workbook.addWorksheet(t("stats-sheet-kpis"));
  kpiSheet.addRow([t("stats-col-metric"), t("stats-period-current"), t("stats-period-previous")]).font = { bold: true };
  const { current, previous } = dashboard;
  const lines: [string, number | null, number | null, string?][] = [
    ["stats-kpi-received", current.received, previous.received],
    ["stats-kpi-resolved", current.resolved, previous.resolved],
    ["stats-kpi-early", current.early, previous.early],
    ["stats-kpi-on-time", current.onTime, previous.onTime],
    ["stats-kpi-late", current.late, previous.late],
    ["stats-kpi-pending", current.pending, previous.pending],
    ["stats-kpi-overdue", current.pendingOverdue, previous.pendingOverdue],
    ["stats-kpi-rejected", current.rejected, previous.rejected],
    ["stats-kpi-on-time-rate", current.onTimeRate, previous.onTimeRate, "0.0%"],
    ["stats-kpi-median-first-response", current.medianFirstResponseHours, previous.medianFirstResponseHours, "0.0"],
    ["stats-kpi-median-resolution", current.medianResolutionHours, previous.medianResolutionHours, "0.0"],
    ["stats-kpi-satisfaction", current.ratingAverage, previous.ratingAverage, "0.00"],
    ["stats-kpi-ratings", current.ratingCount, previous.ratingCount],
    ...([1, 2, 3, 4, 5] as const).map((stars): [string, number, number] => [`stats-rating-${stars}`, current.ratingDistribution[stars - 1] ?? 0, previous.ratingDistribution[stars - 1] ?? 0]),
    ["stats-kpi-anonymous-share", current.anonymousShare, previous.anonymousShare, "0.0%"],
    ["stats-channel-telegram", current.byChannel.telegram, previous.byChannel.telegram],
    ["stats-channel-zalo", current.byChannel.zalo, previous.byChannel.zalo],
    ["stats-kpi-open-now", dashboard.openNow, null],
    ["stats-kpi-overdue-now", dashboard.overdueNow, null],
  ];
  for (const [key, now, before, format] of lines) {
    const row = kpiSheet.addRow([t(key), now, before]);
    if (format) [2, 3].forEach((index) => void (row.getCell(index).numFmt = format));
  }
  kpiSheet.addRow([]);
  kpiSheet.addRow([t("stats-period-current"), dashboard.period.firstDay, dashboard.period.lastDay]);
  kpiSheet.addRow([t("stats-period-previous"), dashboard.period.previousFrom.toISOString(), dashboard.period.previousTo.toISOString()]);
  kpiSheet.getColumn(1).width = 42;
  kpiSheet.getColumn(2).width = 16;
  kpiSheet.getColumn(3).width = 16;

  breakdownSheet(workbook, t("stats-sheet-units"), dashboard.byUnit, t, t("stats-col-unit"), true);
  breakdownSheet(workbook, t("stats-sheet-categories"), dashboard.byCategory, t, t("stats-col-category"));
  breakdownSheet(workbook, t("stats-sheet-wards"), dashboard.byWard, t, t("stats-col-ward"));
  breakdownSheet(workbook, t("stats-sheet-channels"), dashboard.byChannel, t, t("stats-col-channel"));

  const trend = workbook.addWorksheet(t("stats-sheet-trend"));
  trend.addRow([t("stats-col-period-start"), t("stats-kpi-received"), t("stats-kpi-resolved"), t("stats-kpi-late")]).font = { bold: true };
  for (const bucket of dashboard.trend.buckets) trend.addRow([bucket.start, bucket.received, bucket.resolved, bucket.late]);

  const heat = workbook.addWorksheet(t("stats-sheet-heat"));
  heat.addRow([t("stats-col-ward"), ...dashboard.heat.categories.map((category) => category.name)]).font = { bold: true };
  dashboard.heat.wards.forEach((ward, index) => heat.addRow([ward.name, ...dashboard.heat.counts[index]!]));

  const body = Buffer.from(await workbook.xlsx.writeBuffer());
  await auditExport(deps.prisma, actor, "export.dashboard_xlsx", dashboard, dashboard.generatedAt);
  return {
    dashboard,
    filename: `langnghe-thong-ke-${dashboard.period.firstDay}_${dashboard.period.lastDay}.xlsx`,
    contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    body,
    rowCount: dashboard.byUnit.length,
  };
}

/** Who issues the report: the actor's unit, or the province for an admin. */
async function issuerOf(prisma: Db, actor: TActor) {
  const own = await prisma.unit.findUnique({ where: { id: actor.unitId }, select: { name: true } });
  const root = await prisma.unit.findFirst({ where: { parentId: null }, orderBy: { createdAt: "asc" }, select: { name: true } });
  const issuer = actor.role === "admin" ? root?.name ?? own?.name ?? "" : own?.name ?? "";
  const placeName = (root?.name ?? "").replace(/^Công an (tỉnh|thành phố)\s+/i, "") || "";
  return { issuer, placeName };
}

/**
 * The periodic report (6-month, yearly or any period) for printing (HTML, rendered by the panel)
 * or as PDF. Audited either way: it carries the unit's official figures.
 */
export async function exportPeriodicReport(
  actor: TActor,
  input: TDashboardInput,
  deps: TStatsDeps,
  options: { format: "html" | "pdf"; lang: TReportLanguage; t?: TText },
): Promise<{ report: TPeriodicReport; pdf: Buffer | null; filename: string }> {
  const t = options.t ?? keysAsText;
  const dashboard = await loadDashboard(actor, input, deps);
  const { issuer, placeName } = await issuerOf(deps.prisma, actor);
  const report = buildPeriodicReport(dashboard, { issuer, placeName, lang: options.lang, t, now: dashboard.generatedAt });
  const pdf = options.format === "pdf" ? await renderReportPdf(report) : null;
  await auditExport(deps.prisma, actor, options.format === "pdf" ? "export.report_pdf" : "export.report_html", dashboard, dashboard.generatedAt);
  return { report, pdf, filename: `bao-cao-ket-qua-${dashboard.period.firstDay}_${dashboard.period.lastDay}.pdf` };
}
