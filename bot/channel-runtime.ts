import type { OutboxSender } from "../core/outbox/outbox-types.ts";

/** What a running chat channel gives the composition root. */
export interface TChannelRuntime {
  name: "telegram" | "zalo";
  /** Delivers outbox messages for this channel. */
  sender: OutboxSender;
  /** In webhook mode: the route the HTTP server mounts (Fetch API request/response). */
  webhook?: { path: string; handle(request: Request): Promise<Response> };
  /** Starts polling, or registers the webhook. */
  start(): Promise<void>;
  /** Stops taking updates and waits for the ones in flight. */
  stop(): Promise<void>;
  /**
   * Fetches a file a citizen sent, by the channel's file id stored on the Attachment (Telegram),
   * for the panel to show evidence on demand. Absent on channels whose files come by URL.
   */
  downloadFile?(fileId: string): Promise<{ bytes: Buffer; sha256: string }>;
  /** One line for the start-up log: how it is connected. */
  describe(): string;
}
