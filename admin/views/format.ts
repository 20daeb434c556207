import type { TLanguage } from "../../locales/translator.ts";

const TIME_ZONE = "Asia/Ho_Chi_Minh";
const formatters = new Map<string, Intl.DateTimeFormat>();

/** Date and time as officers read them: Vietnam time, short style, in the page's language. */
export function formatDateTime(date: Date | null | undefined, lang: TLanguage): string {
  if (!date) return "—";
  const key = `${lang}:dt`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(lang === "en" ? "en-GB" : "vi-VN", { timeZone: TIME_ZONE, dateStyle: "short", timeStyle: "short" });
    formatters.set(key, formatter);
  }
  return formatter.format(date);
}

export function formatDate(date: Date | null | undefined, lang: TLanguage): string {
  if (!date) return "—";
  return new Intl.DateTimeFormat(lang === "en" ? "en-GB" : "vi-VN", { timeZone: "UTC", dateStyle: "medium" }).format(date);
}

export function formatBytes(size: number | null): string {
  if (size === null) return "—";
  if (size < 1024) return `${size} B`;
  if (size < 1024 * 1024) return `${(size / 1024).toFixed(1)} KB`;
  return `${(size / 1024 / 1024).toFixed(1)} MB`;
}

/** A relative, human deadline: "còn 3 giờ" / "quá hạn 2 ngày". */
export function dueInHours(dueAt: Date | null, now: Date): number | null {
  if (!dueAt) return null;
  return Math.round((dueAt.getTime() - now.getTime()) / 3_600_000);
}
