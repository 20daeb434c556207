/**
 * How a channel-neutral answer looks on Zalo, which has no buttons: choices become a numbered
 * list the citizen answers by typing the number or the words, a phone number or a place is asked
 * for as typed text, and anything longer than Zalo's 2,000 characters is split.
 */
import type { TOutgoingPayload } from "../../../core/outbox/outbox-types.ts";
import type { TTranslate } from "../../../locales/translator.ts";
import { ZALO_MAX_TEXT } from "./zalo-client.ts";

/** The whole text of one answer, before splitting. */
export function renderZaloText(payload: TOutgoingPayload, t: TTranslate): string {
  const parts = [payload.text.trim()];
  // What to type comes before the list, so the list and its hint end the message.
  if (payload.requestPhone) parts.push(t("zalo-request-phone"));
  if (payload.requestLocation) parts.push(t("zalo-request-location"));
  if (payload.url) parts.push(t("zalo-link", { url: payload.url }));
  const choices = payload.choices ?? [];
  if (choices.length > 0) {
    const list = choices.map((choice, index) => `${index + 1}. ${choice.label}`).join("\n");
    const hint = choices.length === 1 ? t("zalo-choices-hint-one") : t("zalo-choices-hint", { first: 1, last: choices.length });
    parts.push(list, `👉 ${payload.choicesHint?.trim() || hint}`);
  }
  return parts.filter((part) => part.length > 0).join("\n\n");
}

/**
 * Splits a text into pieces of at most `max` characters, cutting after a line break when one is
 * in the second half of the piece, else after a space, else (one very long word) anywhere that
 * does not break a surrogate pair. Pieces are trimmed; none is empty.
 */
export function splitZaloText(text: string, max = ZALO_MAX_TEXT): string[] {
  const pieces: string[] = [];
  let rest = text.trim();
  while (rest.length > max) {
    const window = rest.slice(0, max + 1);
    let cut = window.lastIndexOf("\n");
    if (cut < max / 2) cut = window.lastIndexOf(" ");
    if (cut < max / 3) {
      cut = max;
      const code = rest.charCodeAt(cut - 1);
      if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
    }
    const piece = rest.slice(0, cut).trimEnd();
    if (piece) pieces.push(piece);
    rest = rest.slice(cut).trimStart();
  }
  if (rest) pieces.push(rest);
  return pieces;
}
