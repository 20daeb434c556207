import type { TOutgoingPayload } from "../../core/outbox/outbox-types.ts";
import type { TTranslate } from "../../locales/translator.ts";
import { CHOICE_PREFIX, choiceWith } from "./choice-values.ts";

/**
 * The "rate 1–5" question for a resolved ticket. The bots offer it from the ticket view and after
 * the citizen closes a resolved ticket; the staff side may queue it (through the outbox) when it
 * resolves a ticket — the buttons work at any point of the dialog.
 */
export function ratingPromptPayload(t: TTranslate, ticketId: string, code: string): TOutgoingPayload {
  return {
    text: t("bot-rate-prompt", { code }),
    choices: [1, 2, 3, 4, 5].map((rating) => ({ value: choiceWith(CHOICE_PREFIX.rate, ticketId, rating), label: `${rating} ⭐` })),
  };
}
