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

  constructor(kind: TDeliveryFailureKind, message: string, retryAfterMs?: number) {
    super(message);
    this.name = "DeliveryError";
    this.kind = kind;
    this.retryAfterMs = retryAfterMs;
  }
}

/** Implemented by each channel: deliver one message to one chat, return the channel's message id. */
export interface OutboxSender {
  send(chatId: string, payload: TOutgoingPayload): Promise<{ channelMessageId: string | null }>;
}

export type TOutboxSenders = Partial<Record<Channel, OutboxSender>>;
