import { GrammyError, HttpError, type Api } from "grammy";
import { DeliveryError, withPartsSent, type OutboxSender, type TOutgoingPayload } from "../../../core/outbox/outbox-types.ts";
import { renderTelegramMessages } from "./render-telegram-message.ts";

/**
 * Delivers outbox messages through the Bot API. Failures become DeliveryErrors the outbox
 * understands: 429 and 5xx (and network errors) are retried after the server's retry_after, a
 * blocked bot (403) or a refused message (400) fails for good and shows in the panel.
 * Not wrapped in auto-retry: the outbox already retries without holding a worker.
 */
export function createTelegramSender(api: Api): OutboxSender {
  return {
    async send(chatId: string, payload: TOutgoingPayload, options = {}) {
      let lastId: number | null = null;
      let messages;
      try {
        messages = renderTelegramMessages(payload);
      } catch (error) {
        throw new DeliveryError("permanent", error instanceof Error ? error.message : String(error));
      }
      const skipParts = options.skipParts ?? 0;
      for (const [index, message] of messages.entries()) {
        if (index < skipParts) continue;
        try {
          const sent = await api.sendMessage(chatId, message.text, message.reply_markup ? { reply_markup: message.reply_markup } : {});
          lastId = sent.message_id;
        } catch (error) {
          throw withPartsSent(toDeliveryError(error), index);
        }
      }
      return { channelMessageId: lastId === null ? null : String(lastId) };
    },
  };
}

export function toDeliveryError(error: unknown): DeliveryError {
  if (error instanceof GrammyError) {
    const description = `${error.error_code} ${error.description}`;
    if (error.error_code === 429) return new DeliveryError("retryable", description, (error.parameters.retry_after ?? 1) * 1000);
    if (error.error_code >= 500 || error.error_code === 401 || error.error_code === 404 || error.error_code === 409) {
      return new DeliveryError("retryable", description, error.parameters.retry_after === undefined ? undefined : error.parameters.retry_after * 1000);
    }
    return new DeliveryError("permanent", description);
  }
  if (error instanceof HttpError) return new DeliveryError("retryable", `network: ${error.message}`);
  return new DeliveryError("retryable", error instanceof Error ? error.message : String(error));
}
