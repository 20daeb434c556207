import type { TReminderKind } from "./sla-progress.ts";
import type { TText } from "../text/text.ts";
import { escalationLevelOf } from "./sla-progress.ts";

/** Translators by language: the composition root passes `(language) => translator.t(language)`. */
export type TGroupText = (language: string) => TText;

export const GROUP_LANGUAGES = ["vi", "en"] as const;
export type TGroupLanguage = (typeof GROUP_LANGUAGES)[number];

/** The translator for a unit's group language (anything but "en" is Vietnamese). */
export function groupTextFor(language: string | null | undefined, groupText: TGroupText): TText {
  return groupText(language === "en" ? "en" : "vi");
}

export interface TReminderNotice {
  kind: TReminderKind;
  code: string;
  summary: string;
  unitCode: string;
  unitName: string;
  dueAt: Date | null;
  assigneeName: string | null;
  /** Crime tips never have their content posted to a group chat. */
  isTip: boolean;
}

const TIME_ZONE = "Asia/Ho_Chi_Minh";

/** The deadline in Vietnam time, written the way the group's language writes dates. */
function localTime(date: Date | null, language: string): string {
  if (!date) return "—";
  return new Intl.DateTimeFormat(language === "en" ? "en-GB" : "vi-VN", { timeZone: TIME_ZONE, dateStyle: "short", timeStyle: "short" }).format(date);
}

/** Group posts must not carry a whole report. */
function shortSummary(summary: string): string {
  return summary.length > 120 ? `${summary.slice(0, 117)}…` : summary;
}

const REMINDER_KEY: Record<string, string> = {
  first_response: "group-first-response",
  due_50: "group-due-50",
  due_80: "group-due-80",
  overdue: "group-overdue",
};

/** The reminder or escalation posted to a unit's Telegram group, in the group's language (pure). */
export function formatReminderForGroup(notice: TReminderNotice, t: TText, language: string): string {
  const args = { code: notice.code, unit: notice.unitCode, due: localTime(notice.dueAt, language), level: escalationLevelOf(notice.kind) };
  const line = t(REMINDER_KEY[notice.kind] ?? "group-escalated", args);
  const who = notice.assigneeName ? t("group-assignee", { name: notice.assigneeName }) : t("group-unassigned");
  return notice.isTip ? `${line}\n${who}` : `${line}\n${who}\n${t("group-summary", { summary: shortSummary(notice.summary) })}`;
}

export interface TNewTicketNotice {
  code: string;
  unitCode: string;
  categoryName: string;
  dueAt: Date | null;
  isUrgent: boolean;
  /** Null for tips: their content never goes to a group. */
  summary: string | null;
  panelUrl: string | null;
}

/** The post announcing a new ticket in its unit's Telegram group, in the group's language (pure). */
export function formatNewTicketForGroup(notice: TNewTicketNotice, t: TText, language: string): string {
  const args = { code: notice.code, unit: notice.unitCode, category: notice.categoryName, due: localTime(notice.dueAt, language) };
  const lines = [t(notice.isUrgent ? "group-new-urgent-ticket" : "group-new-ticket", args)];
  if (notice.summary) lines.push(t("group-summary", { summary: shortSummary(notice.summary) }));
  if (notice.panelUrl) lines.push(notice.panelUrl);
  lines.push(t("group-reply-hint"));
  return lines.join("\n");
}

/** The post telling a unit's group that a citizen was unhappy with an answer (pure). */
export function formatLowRatingForGroup(notice: { code: string; unitCode: string; rating: number | null; isNotResolved: boolean }, t: TText): string {
  return notice.isNotResolved || notice.rating === null
    ? t("group-not-resolved", { code: notice.code, unit: notice.unitCode })
    : t("group-low-rating", { code: notice.code, unit: notice.unitCode, rating: notice.rating });
}
