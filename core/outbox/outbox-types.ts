import type { Channel } from "../../prisma/generated/enums.ts";

/** A choice the citizen can pick; Telegram renders buttons, Zalo a numbered list. */
export interface TChoice {
  /** Opaque value returned when chosen (callback data on Telegram, ≤ 64 bytes). */
  value: string;
  label: string;
}

/** Channel-neutral content of one outgoing message. */
export interface TOutgoingPayload {
  text: string;
  choices?: TChoice[];
  /** Ask the citizen to share a phone number (Telegram contact button; Zalo: type it). */
  requestPhone?: boolean;
  /** Ask the citizen to share a location (Telegram button; Zalo: type the place). */
  requestLocation?: boolean;
  /** Label of the share-phone/share-location button, in the citizen's language (Telegram). */
  requestLabel?: string;
  /** Prompt text of the "type instead" hint on channels without buttons. */
  choicesHint?: string;
  /** For staff-group posts: a link to the ticket in the panel. */
  url?: string;
}

export type TDeliveryFailureKind = "retryable" | "permanent" | "quota";

/** What a channel sender throws; decides whether the outbox retries. */
export class DeliveryError extends Error {
  readonly kind: TDeliveryFailureKind;
  readonly retryAfterMs: number | undefined;
  /** Parts of a split message delivered before this failure (counting parts skipped as already sent). */
  partsSent: number | undefined;

  constructor(kind: TDeliveryFailureKind, message: string, retryAfterMs?: number) {
    super(message);
    this.name = "DeliveryError";
    this.kind = kind;
    this.retryAfterMs = retryAfterMs;
  }
}

/** Marks how far a split message got before `error`, so the outbox's retry starts after that part. */
export function withPartsSent(error: DeliveryError, partsSent: number): DeliveryError {
  error.partsSent = partsSent;
  return error;
}

/**
 * Implemented by each channel: deliver one message to one chat, return the channel's message id.
 * A channel that splits long text into several messages skips the first `skipParts` (sent by an
 * earlier attempt) and reports progress on failure with `withPartsSent`, so a citizen never reads
 * the first half of an answer twice.
 */
export interface OutboxSender {
  send(chatId: string, payload: TOutgoingPayload, options?: { skipParts?: number }): Promise<{ channelMessageId: string | null }>;
}

export type TOutboxSenders = Partial<Record<Channel, OutboxSender>>;
