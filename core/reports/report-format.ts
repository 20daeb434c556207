import type { TText } from "../text/text.ts";

/** Passes keys through: used when no translator is given (tests, scripts). */
export const keysAsText: TText = (key) => key;

export type TReportLanguage = "vi" | "en";

const localeOf = (lang: TReportLanguage) => (lang === "en" ? "en-GB" : "vi-VN");

/** 70856 → "70.856" in Vietnamese, "70,856" in English. */
export function formatCount(value: number, lang: TReportLanguage): string {
  return new Intl.NumberFormat(localeOf(lang)).format(value);
}

/** 0.9377 → "93,8%" / "93.8%"; null → "—". */
export function formatShare(value: number | null, lang: TReportLanguage): string {
  if (value === null) return "—";
  return new Intl.NumberFormat(localeOf(lang), { style: "percent", maximumFractionDigits: 1 }).format(value);
}

/** One decimal: 4.75 → "4,8" / "4.8"; null → "—". */
export function formatDecimal(value: number | null, lang: TReportLanguage): string {
  if (value === null) return "—";
  return new Intl.NumberFormat(localeOf(lang), { maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(value);
}

/** Hours as hours below two days, days above: 5 → "5 giờ", 215 → "9,0 ngày" (via the translator). */
export function formatDuration(hours: number | null, lang: TReportLanguage, t: TText): string {
  if (hours === null) return "—";
  return hours < 48 ? t("stats-hours", { value: formatDecimal(hours, lang) }) : t("stats-days", { value: formatDecimal(hours / 24, lang) });
}

/** A local (Vietnam) date as DD/MM/YYYY. */
export function formatLocalDay(isoDay: string): string {
  const [year, month, day] = isoDay.split("-");
  return `${day}/${month}/${year}`;
}

/** Change against the previous period, e.g. "+12,5%" or "−3"; null when there is nothing to compare. */
export function formatChange(current: number | null, previous: number | null, lang: TReportLanguage, asShare = false): string | null {
  if (current === null || previous === null) return null;
  if (asShare) {
    const points = (current - previous) * 100;
    return `${points >= 0 ? "+" : "−"}${formatDecimal(Math.abs(points), lang)} pp`;
  }
  if (previous === 0) return current === 0 ? "0" : null;
  const change = (current - previous) / previous;
  return `${change >= 0 ? "+" : "−"}${formatShare(Math.abs(change), lang)}`;
}
