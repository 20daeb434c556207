import { DeliveryError, type OutboxSender } from "../../../core/outbox/outbox-types.ts";

/**
 * A minimal outbox sender that posts sendMessage to a (fake) Bot API server, so admin tests can
 * watch a reply leave the outbox without starting the citizen-side bot.
 */
export function botApiSender(apiRoot: string, token: string): OutboxSender {
  return {
    async send(chatId, payload) {
      const response = await fetch(`${apiRoot}/bot${token}/sendMessage`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ chat_id: chatId, text: payload.text }),
      });
      const body = (await response.json()) as { ok: boolean; description?: string; result?: { message_id: number } };
      if (!body.ok) throw new DeliveryError(response.status >= 500 ? "retryable" : "permanent", body.description ?? "sendMessage failed");
      return { channelMessageId: String(body.result?.message_id ?? "") };
    },
  };
}
