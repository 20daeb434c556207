import type { TReminderKind } from "./sla-progress.ts";
import { escalationLevelOf } from "./sla-progress.ts";

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

function vietnamTime(date: Date | null): string {
  if (!date) return "—";
  return new Intl.DateTimeFormat("vi-VN", { timeZone: TIME_ZONE, dateStyle: "short", timeStyle: "short" }).format(date);
}

/**
 * The text posted to a unit's Telegram group (pure). Police groups work in Vietnamese, so this is
 * Vietnamese only; the panel renders its notifications from `kind` + data in the reader's language.
 * The summary is cut short: group posts must not carry a whole report.
 */
export function formatReminderForGroup(notice: TReminderNotice): string {
  const head = `Hồ sơ ${notice.code} (${notice.unitCode})`;
  const due = `hạn giải quyết ${vietnamTime(notice.dueAt)}`;
  const who = notice.assigneeName ? `Cán bộ thụ lý: ${notice.assigneeName}.` : "Chưa phân công cán bộ thụ lý.";
  const level = escalationLevelOf(notice.kind);
  const line =
    notice.kind === "first_response" ? `⏰ ${head} chưa được trả lời lần đầu trong thời hạn.`
    : notice.kind === "due_50" ? `⏰ ${head} đã dùng 50% thời gian giải quyết; ${due}.`
    : notice.kind === "due_80" ? `⚠️ ${head} đã dùng 80% thời gian giải quyết; ${due}.`
    : notice.kind === "overdue" ? `🔴 ${head} đã QUÁ HẠN (${due}). Đề nghị lãnh đạo đơn vị chỉ đạo xử lý.`
    : `🔴 ${head} quá hạn chưa giải quyết, báo cáo lên cấp trên (mức ${level}); ${due}.`;
  const summary = notice.summary.length > 120 ? `${notice.summary.slice(0, 117)}…` : notice.summary;
  return notice.isTip ? `${line}\n${who}` : `${line}\n${who}\nNội dung: ${summary}`;
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

/** The post announcing a new ticket in its unit's Telegram group (pure, Vietnamese). */
export function formatNewTicketForGroup(notice: TNewTicketNotice): string {
  const lines = [
    `${notice.isUrgent ? "🚨 KHẨN — " : "🆕 "}Hồ sơ mới ${notice.code} (${notice.unitCode}): ${notice.categoryName}; hạn giải quyết ${vietnamTime(notice.dueAt)}.`,
  ];
  if (notice.summary) lines.push(`Nội dung: ${notice.summary.length > 120 ? `${notice.summary.slice(0, 117)}…` : notice.summary}`);
  if (notice.panelUrl) lines.push(notice.panelUrl);
  lines.push("Trả lời tin nhắn này để gửi câu trả lời cho người dân.");
  return lines.join("\n");
}
