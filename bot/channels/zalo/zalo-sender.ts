/**
 * Delivers outbox messages to Zalo chats: renders the answer as text (numbered choices, typed
 * phone/place requests), splits it at 2,000 characters, sends the pieces in order and remembers
 * the numbered list the chat now shows. Failures are classified for the outbox: a used-up quota
 * is shown to officers as such and not retried, a refused request is final, the rest is retried.
 */
import { citizenLookupHash } from "../../../core/citizens/find-or-create-citizen.ts";
import type { Db } from "../../../core/db/open-database.ts";
import { DeliveryError, withPartsSent, type OutboxSender, type TOutgoingPayload } from "../../../core/outbox/outbox-types.ts";
import type { SecretBox } from "../../../core/security/secret-box.ts";
import type { Clock } from "../../../core/time/clock.ts";
import type { TTranslate } from "../../../locales/translator.ts";
import type { OfferedChoicesStore } from "./offered-choices-store.ts";
import { renderZaloText, splitZaloText } from "./render-zalo-message.ts";
import type { ZaloClient } from "./zalo-client.ts";
import { ZaloApiError, ZaloNetworkError, ZaloQuotaError, ZaloUnauthorizedError } from "./zalo-errors.ts";

export interface TZaloSenderDeps {
  client: ZaloClient;
  prisma: Db;
  box: SecretBox;
  clock: Clock;
  offeredChoices: OfferedChoicesStore;
  translate: (language: string) => TTranslate;
  /** Told (at most every ten minutes) when Zalo refuses sends for quota: an operator must act. */
  onQuotaExceeded?: (description: string) => void;
}

const QUOTA_ALERT_INTERVAL_MS = 10 * 60_000;

export function createZaloSender(deps: TZaloSenderDeps): OutboxSender {
  let lastQuotaAlertAt = Number.NEGATIVE_INFINITY;
  const alertQuota = (error: unknown) => {
    const now = deps.clock.now().getTime();
    if (!(error instanceof ZaloQuotaError) || now - lastQuotaAlertAt < QUOTA_ALERT_INTERVAL_MS) return;
    lastQuotaAlertAt = now;
    deps.onQuotaExceeded?.(error.description);
  };
  return {
    async send(chatId, payload, options = {}) {
      const t = deps.translate(needsWording(payload) ? await chatLanguage(deps, chatId) : "vi");
      const pieces = splitZaloText(renderZaloText(payload, t));
      const skipParts = options.skipParts ?? 0;
      let firstMessageId: string | null = null;
      for (const [index, piece] of pieces.entries()) {
        if (index < skipParts) continue;
        try {
          const sent = await deps.client.sendMessage({ chatId, text: piece });
          firstMessageId ??= sent.message_id;
        } catch (error) {
          alertQuota(error);
          throw withPartsSent(toDeliveryError(error), index);
        }
      }
      await deps.offeredChoices.remember(chatId, payload.choices ?? [], deps.clock.now());
      return { channelMessageId: firstMessageId };
    },
  };
}

/** Whether rendering adds words of our own (a hint or a request), which need the citizen's language. */
function needsWording(payload: TOutgoingPayload): boolean {
  return Boolean((payload.choices?.length && !payload.choicesHint) || payload.requestPhone || payload.requestLocation || payload.url);
}

/**
 * The language of the citizen writing from this chat. In a Zalo private chat the chat id is the
 * user id, so the citizen is found by the same keyed hash as on arrival; "vi" when unknown.
 */
async function chatLanguage(deps: TZaloSenderDeps, chatId: string): Promise<string> {
  const citizen = await deps.prisma.citizen.findUnique({
    where: { channel_channelUserIdHash: { channel: "zalo", channelUserIdHash: citizenLookupHash(deps.box, "zalo", chatId) } },
    select: { language: true },
  });
  return citizen?.language ?? "vi";
}

/** Maps a client failure to what the outbox should do with the message. */
export function toDeliveryError(error: unknown): DeliveryError {
  if (error instanceof ZaloQuotaError) {
    return new DeliveryError("quota", `Zalo quota exceeded (429 ${error.description}): the bot's monthly message allowance is used up`);
  }
  if (error instanceof ZaloUnauthorizedError) return new DeliveryError("permanent", "Zalo refused the bot token (401): check ZALO_BOT_TOKEN");
  if (error instanceof ZaloApiError) {
    return new DeliveryError(error.isTransient ? "retryable" : "permanent", `Zalo answered ${error.code}: ${error.description}`);
  }
  if (error instanceof ZaloNetworkError) return new DeliveryError("retryable", error.message);
  return new DeliveryError("retryable", error instanceof Error ? error.message : String(error));
}
