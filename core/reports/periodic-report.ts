import type { TDashboard, TBreakdownRow } from "../stats/dashboard-types.ts";
import { formatChange, formatCount, formatDecimal, formatDuration, formatLocalDay, formatShare, type TReportLanguage } from "./report-format.ts";
import type { TText } from "../text/text.ts";

export interface TReportTable {
  columns: { label: string; align: "left" | "right" }[];
  rows: string[][];
  /** Relative column widths (sum does not matter). */
  widths: number[];
}

export interface TReportSection {
  heading: string;
  paragraphs: string[];
  table?: TReportTable;
}

/**
 * The periodic report ("Kết quả tiếp nhận, giải quyết ý kiến của Nhân dân") as a document model:
 * rendered as HTML for printing by the panel and as PDF by renderReportPdf, so both say the same.
 */
export interface TPeriodicReport {
  lang: TReportLanguage;
  /** Issuing unit, upper case, top left: "CÔNG AN TỈNH PHÚ THỌ". */
  issuer: string;
  /** Top right: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" and "Độc lập - Tự do - Hạnh phúc". */
  nation: string;
  motto: string;
  placeDate: string;
  title: string;
  subtitle: string;
  sections: TReportSection[];
  signature: string;
  generatedNote: string;
}

function breakdownTable(rows: TBreakdownRow[], t: TText, lang: TReportLanguage, nameLabel: string, withRank: boolean, useEnglishName = false): TReportTable {
  const n = (value: number) => formatCount(value, lang);
  return {
    columns: [
      { label: withRank ? t("stats-col-rank") : t("stats-col-index"), align: "right" },
      { label: nameLabel, align: "left" },
      { label: t("stats-kpi-received"), align: "right" },
      { label: t("stats-kpi-early"), align: "right" },
      { label: t("stats-kpi-on-time"), align: "right" },
      { label: t("stats-kpi-late"), align: "right" },
      { label: t("stats-kpi-pending"), align: "right" },
      { label: t("stats-kpi-on-time-rate"), align: "right" },
      { label: t("stats-kpi-satisfaction"), align: "right" },
    ],
    widths: [4, 26, 9, 9, 9, 9, 9, 10, 9],
    rows: rows.map((row, index) => [
      String(row.rank ?? index + 1),
      useEnglishName && lang === "en" ? row.nameEn : row.name,
      n(row.received), n(row.early), n(row.onTime), n(row.late), n(row.pending),
      formatShare(row.onTimeRate, lang),
      formatDecimal(row.ratingAverage, lang),
    ]),
  };
}

/** Builds the report from the dashboard figures (pure; texts from the translator). */
export function buildPeriodicReport(dashboard: TDashboard, options: { issuer: string; placeName: string; lang: TReportLanguage; t: TText; now: Date }): TPeriodicReport {
  const { t, lang } = options;
  const kpis = dashboard.current;
  const previous = dashboard.previous;
  const n = (value: number) => formatCount(value, lang);
  const local = new Date(options.now.getTime() + 7 * 3_600_000);
  const satisfied = kpis.ratingDistribution[3] + kpis.ratingDistribution[4];
  const summary = [
    t("stats-report-received", { received: n(kpis.received), telegram: n(kpis.byChannel.telegram), zalo: n(kpis.byChannel.zalo), anonymous: n(kpis.anonymous) }),
    t("stats-report-resolved", {
      resolved: n(kpis.resolved), share: formatShare(kpis.received ? kpis.resolved / kpis.received : null, lang),
      early: n(kpis.early), onTime: n(kpis.onTime), late: n(kpis.late), pending: n(kpis.pending), pendingOverdue: n(kpis.pendingOverdue), rejected: n(kpis.rejected),
    }),
    t("stats-report-speed", { firstResponse: formatDuration(kpis.medianFirstResponseHours, lang, t), resolution: formatDuration(kpis.medianResolutionHours, lang, t), onTimeRate: formatShare(kpis.onTimeRate, lang) }),
    kpis.ratingCount > 0
      ? t("stats-report-satisfaction", { average: formatDecimal(kpis.ratingAverage, lang), count: n(kpis.ratingCount), satisfied: formatShare(satisfied / kpis.ratingCount, lang) })
      : t("stats-report-no-ratings"),
    t("stats-report-compare", {
      received: formatChange(kpis.received, previous.received, lang) ?? "—",
      resolved: formatChange(kpis.resolved, previous.resolved, lang) ?? "—",
      onTimeRate: formatChange(kpis.onTimeRate, previous.onTimeRate, lang, true) ?? "—",
    }),
    t("stats-report-now", { open: n(dashboard.openNow), overdue: n(dashboard.overdueNow) }),
  ];
  const channelRows = dashboard.byChannel.map((row) => ({ ...row, name: t(`stats-channel-${row.code}`), nameEn: t(`stats-channel-${row.code}`) }));
  return {
    lang,
    issuer: options.issuer.toLocaleUpperCase("vi-VN"),
    nation: t("stats-report-nation"),
    motto: t("stats-report-motto"),
    placeDate: t("stats-report-place-date", { place: options.placeName, day: String(local.getUTCDate()).padStart(2, "0"), month: String(local.getUTCMonth() + 1).padStart(2, "0"), year: String(local.getUTCFullYear()) }),
    title: t("stats-report-title"),
    subtitle: t("stats-report-period", { from: formatLocalDay(dashboard.period.firstDay), to: formatLocalDay(dashboard.period.lastDay) }) + (dashboard.unit ? ` — ${dashboard.unit.name}` : ""),
    sections: [
      { heading: t("stats-report-section-summary"), paragraphs: summary },
      { heading: t("stats-report-section-units"), paragraphs: [t("stats-report-units-note")], table: breakdownTable(dashboard.byUnit, t, lang, t("stats-col-unit"), true) },
      { heading: t("stats-report-section-categories"), paragraphs: [], table: breakdownTable(dashboard.byCategory, t, lang, t("stats-col-category"), false, true) },
      { heading: t("stats-report-section-channels"), paragraphs: [], table: breakdownTable(channelRows, t, lang, t("stats-col-channel"), false) },
      { heading: t("stats-report-section-wards"), paragraphs: [], table: breakdownTable(dashboard.byWard.slice(0, 30), t, lang, t("stats-col-ward"), false) },
    ],
    signature: t("stats-report-signature"),
    generatedNote: t("stats-report-generated", { at: `${formatLocalDay(local.toISOString().slice(0, 10))} ${local.toISOString().slice(11, 16)}` }),
  };
}
