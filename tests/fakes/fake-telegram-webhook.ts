/**
 * Webhook delivery for `FakeTelegramServer`: POSTs queued updates one at a time to the
 * registered URL with `X-Telegram-Bot-Api-Secret-Token`, retries a failed delivery a few
 * times, and executes a method returned in the response body ("webhook reply").
 */
import { STATUS_CODES } from "node:http";
import type { Update } from "grammy/types";
import { delay, postJson } from "./http-util.ts";
import { badRequest, type Params } from "./fake-telegram-methods.ts";

/** One attempt to deliver an update to the bot's webhook. */
export interface WebhookDelivery {
  update_id: number;
  attempt: number;
  /** HTTP status the bot answered; absent when the connection failed. */
  status?: number;
  error?: string;
}

export interface WebhookState {
  /** "" when no webhook is set. */
  url: string;
  secretToken?: string;
  deliveries: WebhookDelivery[];
  lastErrorMessage?: string;
  lastErrorDate?: number;
}

interface WebhookDeps {
  maxAttempts: number;
  retryDelayMs: number;
  /** The next update to deliver, if any. */
  next: () => Update | undefined;
  /** Removes a delivered (or abandoned) update from the queue. */
  done: (update: Update) => void;
  /** Executes a Bot API call the bot returned in its webhook response. */
  reply: (method: string, params: Record<string, unknown>) => void;
}

export class TelegramWebhook {
  readonly state: WebhookState = { url: "", deliveries: [] };
  private isRunning = false;
  private idleWaiters: (() => void)[] = [];
  private readonly lifetime = new AbortController();

  constructor(private readonly deps: WebhookDeps) {}

  configure(url: string, secretToken?: string): void {
    this.state.url = url;
    if (url && secretToken) this.state.secretToken = secretToken;
    else delete this.state.secretToken;
  }

  /** The getWebhookInfo result. */
  info(pendingUpdateCount: number): Record<string, unknown> {
    return {
      url: this.state.url,
      has_custom_certificate: false,
      pending_update_count: pendingUpdateCount,
      ...(this.state.url && { max_connections: 40 }),
      ...(this.state.lastErrorDate !== undefined && {
        last_error_date: this.state.lastErrorDate,
        last_error_message: this.state.lastErrorMessage,
      }),
    };
  }

  /** Starts delivering if not already doing so. */
  kick(): void {
    if (!this.isRunning && !this.lifetime.signal.aborted) void this.deliverAll();
  }

  idle(): Promise<void> {
    if (!this.isRunning) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  stop(): void {
    this.lifetime.abort();
  }

  private async deliverAll(): Promise<void> {
    this.isRunning = true;
    let attempt = 0;
    try {
      while (this.state.url && !this.lifetime.signal.aborted) {
        const update = this.deps.next();
        if (!update) break;
        attempt += 1;
        if (await this.deliver(update, attempt)) {
          this.deps.done(update);
          attempt = 0;
        } else if (attempt >= this.deps.maxAttempts) {
          this.deps.done(update);
          attempt = 0;
        } else {
          await delay(this.deps.retryDelayMs);
        }
      }
    } finally {
      this.isRunning = false;
      for (const resolve of this.idleWaiters.splice(0)) resolve();
    }
  }

  private async deliver(update: Update, attempt: number): Promise<boolean> {
    const headers: Record<string, string> = this.state.secretToken
      ? { "X-Telegram-Bot-Api-Secret-Token": this.state.secretToken }
      : {};
    try {
      const response = await postJson(this.state.url, update, headers, 10_000, this.lifetime.signal);
      this.state.deliveries.push({ update_id: update.update_id, attempt, status: response.status });
      if (response.status >= 200 && response.status < 300) {
        this.executeReply(response.text);
        return true;
      }
      this.recordError(`Wrong response from the webhook: ${response.status} ${STATUS_CODES[response.status] ?? ""}`.trim());
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.state.deliveries.push({ update_id: update.update_id, attempt, error: message });
      this.recordError(`Connection failed: ${message}`);
    }
    return false;
  }

  private executeReply(text: string): void {
    if (!text.trim().startsWith("{")) return;
    try {
      const { method, ...params } = JSON.parse(text) as { method?: unknown } & Record<string, unknown>;
      if (typeof method === "string") this.deps.reply(method, params);
    } catch {
      // Telegram ignores a body it cannot parse.
    }
  }

  private recordError(message: string): void {
    this.state.lastErrorMessage = message;
    this.state.lastErrorDate = Math.floor(Date.now() / 1000);
  }
}

/** Validates setWebhook parameters like Telegram (HTTPS only, except 127.0.0.1/localhost here). */
export function parseSetWebhook(params: Params): { url: string; secretToken?: string } {
  const url = typeof params.url === "string" ? params.url : "";
  const secret = params.secret_token;
  if (url && !/^https:\/\/|^http:\/\/(127\.0\.0\.1|localhost)[:/]/.test(url)) {
    throw badRequest("bad webhook: An HTTPS URL must be provided for webhook");
  }
  if (secret === undefined) return { url };
  if (typeof secret !== "string" || !/^[A-Za-z0-9_-]{1,256}$/.test(secret)) {
    throw badRequest("secret token contains unallowed characters");
  }
  return { url, secretToken: secret };
}
