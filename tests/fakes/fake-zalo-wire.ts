/**
 * Wire shapes of the Zalo Bot API as our fake server sends and records them
 * (see /work/shared/notes/zalo-bot-api.md), and a builder for realistic user messages.
 */
import { randomBytes } from "node:crypto";

export interface FakeZaloUser {
  /** Opaque string id; the private chat id is the same string. */
  id: string;
  display_name: string;
}

export type ZaloEventName =
  | "message.text.received"
  | "message.image.received"
  | "message.sticker.received"
  | "message.voice.received"
  | "message.unsupported.received";

export interface ZaloMessage {
  /** 20 hex characters. */
  message_id: string;
  /** Milliseconds since the epoch (not seconds, unlike Telegram). */
  date: number;
  from: { id: string; display_name: string; is_bot: false };
  chat: { id: string; chat_type: "PRIVATE" | "GROUP" };
  text?: string;
  photo?: string;
  photo_url?: string;
  caption?: string;
  sticker?: string;
  url?: string;
  voice_url?: string;
}

export interface ZaloUpdate {
  event_name: ZaloEventName;
  /** Missing on some unsupported events. */
  message?: ZaloMessage;
}

/** One message the bot sent: its parameters plus the `message_id` and `date` the fake answered. */
export interface SentZaloMessage {
  method: string;
  chat_id?: string;
  text?: string;
  photo?: string;
  caption?: string;
  sticker?: string;
  message_id: string;
  date: number;
  [param: string]: unknown;
}

export interface RecordedZaloCall {
  method: string;
  params: Record<string, unknown>;
  ok: boolean;
  error_code?: number;
}

export interface ZaloPushOptions {
  /** Overrides `webhookForm` for this push. */
  form?: "flat" | "wrapped";
  /** Deliver the same update twice (at-least-once delivery). */
  twice?: boolean;
}

export interface ZaloPushResult {
  update: ZaloUpdate;
  /** HTTP statuses our app answered to each webhook POST; empty when queued for polling. */
  statuses: number[];
}

export interface ZaloWebhookState {
  url: string;
  secretToken?: string;
  updatedAt?: number;
  deliveries: { status?: number; error?: string; form: "flat" | "wrapped" | "raw" }[];
}

/** A message from `user` in their private chat, with a fresh 20-hex-char id and a date in ms. */
export function buildZaloMessage(user: FakeZaloUser, content: Partial<ZaloMessage>): ZaloMessage {
  return {
    message_id: randomHex(10),
    date: Date.now(),
    from: { id: user.id, display_name: user.display_name, is_bot: false },
    chat: { id: user.id, chat_type: "PRIVATE" },
    ...content,
  };
}

export function randomHex(bytes: number): string {
  return randomBytes(bytes).toString("hex");
}
