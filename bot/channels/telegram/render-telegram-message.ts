import type { InlineKeyboardButton, InlineKeyboardMarkup, KeyboardButton, ReplyKeyboardMarkup, ReplyKeyboardRemove } from "grammy/types";

type ReplyMarkup = InlineKeyboardMarkup | ReplyKeyboardMarkup | ReplyKeyboardRemove;
import type { TChoice, TOutgoingPayload } from "../../../core/outbox/outbox-types.ts";

/** Telegram's limits: 4,096 characters of text, 64 bytes of callback data. */
export const TELEGRAM_TEXT_LIMIT = 4096;
export const CALLBACK_DATA_LIMIT = 64;

export interface TTelegramMessage {
  text: string;
  reply_markup?: ReplyMarkup;
}

/**
 * Renders a channel-neutral payload as Telegram messages: long text split at the limit (on a line
 * or word boundary), choices as an inline keyboard on the last part. When a phone number or a
 * location is asked for, a one-time reply keyboard carries the share button and the choices as
 * text buttons (their labels come back as text, which the dialogs match). Plain messages remove a
 * leftover reply keyboard.
 */
export function renderTelegramMessages(payload: TOutgoingPayload): TTelegramMessage[] {
  const parts = splitText(payload.text, TELEGRAM_TEXT_LIMIT);
  const messages: TTelegramMessage[] = parts.map((text) => ({ text }));
  messages[messages.length - 1]!.reply_markup = markupOf(payload);
  return messages;
}

function markupOf(payload: TOutgoingPayload): ReplyMarkup {
  const choices = payload.choices ?? [];
  if (payload.requestPhone || payload.requestLocation) {
    const share: KeyboardButton = payload.requestPhone
      ? { text: labelFor(payload, "phone"), request_contact: true }
      : { text: labelFor(payload, "location"), request_location: true };
    return { keyboard: [[share], ...rows(choices.map((choice): KeyboardButton => ({ text: choice.label })), choices)], one_time_keyboard: true, resize_keyboard: true };
  }
  if (choices.length === 0) return { remove_keyboard: true };
  for (const choice of choices) {
    if (Buffer.byteLength(choice.value) > CALLBACK_DATA_LIMIT) throw new Error(`callback data over ${CALLBACK_DATA_LIMIT} bytes: ${choice.value}`);
  }
  return { inline_keyboard: rows(choices.map((choice): InlineKeyboardButton => ({ text: choice.label, callback_data: choice.value })), choices) };
}

/** The share button's label: the dialog's, else a bilingual default. */
function labelFor(payload: TOutgoingPayload, kind: "phone" | "location"): string {
  if (payload.requestLabel) return payload.requestLabel;
  return kind === "phone" ? "📱 Gửi số điện thoại / Share phone" : "📍 Gửi vị trí / Share location";
}

/** Short labels side by side (ratings 1–5 on one row), long ones one per row. */
function rows<T>(buttons: T[], choices: readonly TChoice[]): T[][] {
  const longest = Math.max(0, ...choices.map((choice) => choice.label.length));
  const perRow = longest <= 5 ? 5 : longest <= 16 ? 2 : 1;
  const result: T[][] = [];
  for (let index = 0; index < buttons.length; index += perRow) result.push(buttons.slice(index, index + perRow));
  return result;
}

/** Splits text into parts of at most `limit` UTF-16 units, preferring line breaks, then spaces. */
export function splitText(text: string, limit: number): string[] {
  const parts: string[] = [];
  let rest = text;
  while (rest.length > limit) {
    let cut = rest.lastIndexOf("\n", limit);
    if (cut < limit / 2) cut = rest.lastIndexOf(" ", limit);
    if (cut < limit / 2) cut = limit;
    const code = rest.charCodeAt(cut - 1);
    if (code >= 0xd800 && code <= 0xdbff) cut -= 1; // never split a surrogate pair
    parts.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).replace(/^[\n ]/, "");
  }
  if (rest.length > 0 || parts.length === 0) parts.push(rest);
  return parts.filter((part, index) => part.length > 0 || index === 0);
}
