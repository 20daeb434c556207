/**
 * A fake Telegram Bot API server on 127.0.0.1 that speaks the real wire protocol, so the
 * real grammY bot is what tests exercise: `new Bot(token, { client: { apiRoot: server.url } })`.
 * Serves `/bot<token>/<method>` (JSON, form or multipart bodies) and `/file/bot<token>/<path>`.
 */
import type http from "node:http";
import type { BotCommand, Update, User } from "grammy/types";
import { LocalHttpServer, parseBody, readBody, sendJson, type UploadedFile } from "./http-util.ts";
import { FaultQueue, SentLog, type InjectedFault, type MessageMatcher } from "./sent-log.ts";
import {
  TelegramMessageBuilder, TelegramStore, fromUser,
  type DocumentOptions, type FakeTelegramUser, type MediaOptions, type StoredFile, type TimedMediaOptions,
} from "./fake-telegram-updates.ts";
import {
  ApiFailure, TelegramMessageMethods, coerceFormFields, faultToFailure, getMeResult,
  type Handler, type Params, type SentTelegramMessage,
} from "./fake-telegram-methods.ts";
import { TelegramWebhook, parseSetWebhook, type WebhookState } from "./fake-telegram-webhook.ts";
import { TelegramUpdateQueue } from "./fake-telegram-queue.ts";

export type { DocumentOptions, FakeTelegramUser, MediaOptions, StoredFile, TimedMediaOptions } from "./fake-telegram-updates.ts";
export type { SentTelegramMessage } from "./fake-telegram-methods.ts";
export type { WebhookState, WebhookDelivery } from "./fake-telegram-webhook.ts";
export type { InjectedFault } from "./sent-log.ts";
export { ApiFailure } from "./fake-telegram-methods.ts";

export interface FakeTelegramOptions {
  /** Accepted bot tokens (all share one bot); the first is `server.token`. */
  tokens?: string[];
  botUsername?: string;
  /** Upper bound on how long getUpdates holds, whatever `timeout` the bot asks for. */
  maxPollHoldMs?: number;
  /** Webhook delivery: attempts per update (default 3) and delay between them (default 100 ms). */
  webhookMaxAttempts?: number;
  webhookRetryDelayMs?: number;
}

/** Every Bot API call the fake received, successful or not. */
export interface RecordedApiCall {
  method: string;
  params: Params;
  ok: boolean;
  error_code?: number;
  via: "http" | "webhook-reply";
}

export class FakeTelegramServer {
  readonly tokens: readonly string[];
  readonly botId: number;
  readonly botUsername: string;
  /** Every API call in arrival order (including refused ones). */
  readonly requests: RecordedApiCall[] = [];
  /** setMyCommands by language_code ("" = all languages; other scopes "<scope.type>/<language_code>"). */
  readonly commands: Record<string, BotCommand[]> = {};
  readonly store = new TelegramStore();
  private readonly http = new LocalHttpServer((req, res) => void this.route(req, res));
  private readonly outbox = new SentLog<SentTelegramMessage>();
  private readonly faults = new FaultQueue();
  private readonly builder = new TelegramMessageBuilder(this.store);
  private readonly webhookDelivery: TelegramWebhook;
  private readonly blockedChats = new Set<string>();
  private readonly openCallbackQueries = new Set<string>();
  private readonly queue: TelegramUpdateQueue;
  private lastUpdateId = 100_000;
  private lastUpdate: Update | undefined;
  private readonly handlers: Record<string, Handler>;

  constructor(private readonly options: FakeTelegramOptions = {}) {
    this.tokens = options.tokens ?? ["123456789:AAFakeTelegramTokenForTests_0123456789"];
    this.botId = Number(this.tokens[0]?.split(":")[0]) || 123456789;
    this.botUsername = options.botUsername ?? "langnghe_test_bot";
    this.queue = new TelegramUpdateQueue(options.maxPollHoldMs);
    this.webhookDelivery = new TelegramWebhook({
      maxAttempts: options.webhookMaxAttempts ?? 3,
      retryDelayMs: options.webhookRetryDelayMs ?? 100,
      next: () => this.queue.peek(),
      done: (update) => this.queue.remove(update),
      reply: (method, params) => {
        void this.dispatch(method, params, {}, new AbortController().signal, "webhook-reply").catch(() => {});
      },
    });
    this.handlers = this.buildHandlers();
  }

  get url(): string { return this.http.url; }
  get token(): string { return this.tokens[0] as string; }
  get webhook(): WebhookState { return this.webhookDelivery.state; }

  async start(): Promise<void> { await this.http.listen(); }

  async stop(): Promise<void> {
    this.queue.releaseHeldPoll();
    this.webhookDelivery.stop();
    this.outbox.rejectAll("FakeTelegramServer stopped");
    await this.http.close();
  }

  // ---- Updates from users -------------------------------------------------------------

  /** Queues an update (update_id assigned when missing); a held getUpdates or the webhook gets it. */
  pushUpdate(update: Omit<Update, "update_id"> & { update_id?: number }): Update {
    const full = { ...update, update_id: update.update_id ?? ++this.lastUpdateId } as Update;
    this.lastUpdate = full;
    this.enqueue(full);
    return full;
  }

  /** Delivers an update again with the same update_id (default: the last pushed), as after a lost confirmation. */
  deliverDuplicate(update: Update | undefined = this.lastUpdate): Update {
    if (!update) throw new Error("deliverDuplicate: no update was pushed yet");
    this.enqueue(update);
    return update;
  }

  userSendsText(user: FakeTelegramUser, text: string): Update {
    return this.pushMessage(this.builder.text(user, text));
  }

  /** A command line such as "/start ref_42", with its bot_command entity. */
  userSendsCommand(user: FakeTelegramUser, commandLine: string): Update {
    return this.pushMessage(this.builder.command(user, commandLine));
  }

  /** A photo in two sizes whose files (default bytes: FAKE_JPEG_BYTES) getFile can serve. */
  userSendsPhoto(user: FakeTelegramUser, options?: MediaOptions): Update {
    return this.pushMessage(this.builder.photo(user, options));
  }

  userSendsDocument(user: FakeTelegramUser, options?: DocumentOptions): Update {
    return this.pushMessage(this.builder.document(user, options));
  }

  userSendsVoice(user: FakeTelegramUser, options?: TimedMediaOptions): Update {
    return this.pushMessage(this.builder.voice(user, options));
  }

  userSendsVideo(user: FakeTelegramUser, options?: TimedMediaOptions): Update {
    return this.pushMessage(this.builder.video(user, options));
  }

  userSendsLocation(user: FakeTelegramUser, latitude: number, longitude: number): Update {
    return this.pushMessage(this.builder.location(user, latitude, longitude));
  }

  /** A contact card; by default the user's own (user_id set), as the "share my phone" button sends. */
  userSendsContact(user: FakeTelegramUser, phoneNumber: string, options?: { firstName?: string; isOwn?: boolean }): Update {
    return this.pushMessage(this.builder.contact(user, phoneNumber, options));
  }

  userSendsSticker(user: FakeTelegramUser, options?: { emoji?: string }): Update {
    return this.pushMessage(this.builder.sticker(user, options));
  }

  userSendsPoll(user: FakeTelegramUser, question = "Bạn chọn gì?", answers = ["Có", "Không"]): Update {
    return this.pushMessage(this.builder.poll(user, question, answers));
  }

  /** A text forwarded from a hidden account (forward_origin.type "hidden_user"). */
  userForwardsText(user: FakeTelegramUser, text: string, originalSenderName?: string): Update {
    return this.pushMessage(this.builder.forwardedText(user, text, originalSenderName));
  }

  /** An edited_message update replacing the text of the user's message `messageId`. */
  userEditsText(user: FakeTelegramUser, messageId: number, text: string): Update {
    return this.pushUpdate({ edited_message: this.builder.editedText(user, messageId, text) });
  }

  /** The user presses an inline button with `callbackData` on the bot message `messageId`. */
  userClicks(user: FakeTelegramUser, callbackData: string, messageId: number): Update {
    this.store.users.set(user.id, user);
    const id = this.store.nextCallbackId();
    this.openCallbackQueries.add(id);
    const message = this.store.findMessage(user.id, messageId) ?? {
      message_id: messageId,
      date: Math.floor(Date.now() / 1000),
      chat: this.store.chatFor(user.id),
      from: this.botUser(),
      text: "…",
    };
    const callbackQuery = { id, from: fromUser(user), message, chat_instance: `${user.id}42`, data: callbackData };
    return this.pushUpdate({ callback_query: callbackQuery });
  }

  /** The user blocks the bot: later sends to their chat answer 403 like Telegram. */
  userBlocksBot(user: FakeTelegramUser | number): void {
    this.blockedChats.add(String(typeof user === "number" ? user : user.id));
  }

  /** Registers bytes as a downloadable file (getFile + /file/...) and returns its ids and path. */
  registerFile(bytes: Buffer, folder = "documents", extension = "dat"): StoredFile {
    return this.store.registerFile(bytes, folder, extension);
  }

  // ---- Inspection and fault injection -------------------------------------------------

  /** Messages the bot sent or edited (send*, edit*), optionally only in one chat. */
  sentMessages(chatId?: number | string): SentTelegramMessage[] {
    return this.outbox.list(chatId);
  }

  /**
   * Resolves with the first matching message (a predicate, or a substring/RegExp of `text`)
   * not returned by an earlier wait; rejects after `timeoutMs` listing what the bot sent.
   */
  waitForMessage(matcher: MessageMatcher<SentTelegramMessage>, timeoutMs = 3_000): Promise<SentTelegramMessage> {
    return this.outbox.waitFor(matcher, timeoutMs);
  }

  /** Parameters of successful calls to `method` (e.g. "answerCallbackQuery", "sendChatAction", "deleteMessage"). */
  calls(method: string): Params[] {
    const wanted = method.toLowerCase();
    return this.requests.filter((call) => call.ok && call.method.toLowerCase() === wanted).map((call) => call.params);
  }

  /** Makes the next `times` calls of `method` fail with this error (HTTP status = error_code), after `passFirst` that succeed. */
  failNext(method: string, fault: InjectedFault, times = 1, passFirst = 0): void {
    this.faults.add(method, fault, times, passFirst);
  }

  /** Resolves when no webhook delivery is queued or in flight. */
  webhookIdle(): Promise<void> {
    return this.webhookDelivery.idle();
  }

  // ---- HTTP ---------------------------------------------------------------------------

  private async route(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const file = /^\/file\/bot([^/]+)\/(.+)$/.exec(url.pathname);
    const api = /^\/bot([^/]+)\/([A-Za-z]+)$/.exec(url.pathname);
    const token = decodeURIComponent(file?.[1] ?? api?.[1] ?? "");
    if (!file && !api) return sendJson(res, 404, { ok: false, error_code: 404, description: "Not Found" });
    if (!this.tokens.includes(token)) return sendJson(res, 401, { ok: false, error_code: 401, description: "Unauthorized" });
    if (file) {
      const path = decodeURIComponent(file[2] ?? "");
      const stored = [...this.store.files.values()].find((candidate) => candidate.file_path === path);
      if (!stored) return sendJson(res, 404, { ok: false, error_code: 404, description: "Not Found" });
      res.writeHead(200, { "content-type": "application/octet-stream", "content-length": stored.bytes.length });
      return void res.end(stored.bytes);
    }
    const aborter = new AbortController();
    res.on("close", () => { if (!res.writableFinished) aborter.abort(); });
    let body;
    try {
      body = parseBody(req.headers["content-type"], await readBody(req));
    } catch {
      return sendJson(res, 400, { ok: false, error_code: 400, description: "Bad Request: can't parse request body" });
    }
    const params = { ...coerceFormFields(Object.fromEntries(url.searchParams)), ...coerceFormFields(body.fields) };
    try {
      const result = await this.dispatch(api?.[2] ?? "", params, body.files, aborter.signal, "http");
      sendJson(res, 200, { ok: true, result });
    } catch (error) {
      const failure = error instanceof ApiFailure ? error : new ApiFailure(500, `Internal Server Error: ${String(error)}`);
      const parameters = failure.retry_after === undefined ? {} : { parameters: { retry_after: failure.retry_after } };
      sendJson(res, failure.error_code, { ok: false, error_code: failure.error_code, description: failure.description, ...parameters });
    }
  }

  private async dispatch(
    method: string,
    params: Params,
    files: Record<string, UploadedFile>,
    signal: AbortSignal,
    via: RecordedApiCall["via"],
  ): Promise<unknown> {
    const call: RecordedApiCall = { method, params, ok: false, via };
    this.requests.push(call);
    try {
      const handler = this.handlers[method.toLowerCase()];
      if (!handler) throw new ApiFailure(404, "Not Found: method not found");
      const fault = this.faults.take(method);
      if (fault) throw faultToFailure(fault);
      const result = await handler(params, files, signal);
      call.ok = true;
      return result;
    } catch (error) {
      if (error instanceof ApiFailure) call.error_code = error.error_code;
      throw error;
    }
  }

  // ---- Bot API methods ----------------------------------------------------------------

  private buildHandlers(): Record<string, Handler> {
    const isTrue = (): true => true;
    const methods = new TelegramMessageMethods({
      store: this.store,
      outbox: this.outbox,
      commands: this.commands,
      blockedChats: this.blockedChats,
      openCallbackQueries: this.openCallbackQueries,
      botUser: () => this.botUser(),
    });
    const list: Record<string, Handler> = {
      ...methods.handlers(),
      getMe: () => getMeResult(this.botUser()),
      getUpdates: (params, _files, signal) => {
        if (this.webhookDelivery.state.url) {
          throw new ApiFailure(409, "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first");
        }
        return this.queue.getUpdates(params, signal);
      },
      setWebhook: (params) => this.setWebhook(params),
      deleteWebhook: (params) => {
        this.setWebhookUrl("", params.drop_pending_updates === true);
        return true;
      },
      getWebhookInfo: () => this.webhookDelivery.info(this.queue.size),
      setMyDescription: isTrue, setMyShortDescription: isTrue, setMyName: isTrue, setChatMenuButton: isTrue,
    };
    return Object.fromEntries(Object.entries(list).map(([name, handler]) => [name.toLowerCase(), handler]));
  }

  private botUser(): User & { is_bot: true; username: string } {
    return { id: this.botId, is_bot: true, first_name: "LangNghe Test", username: this.botUsername };
  }

  private pushMessage(message: NonNullable<Update["message"]>): Update {
    return this.pushUpdate({ message });
  }

  private enqueue(update: Update): void {
    const isWebhookSet = this.webhookDelivery.state.url !== "";
    this.queue.push(update, !isWebhookSet);
    if (isWebhookSet) this.webhookDelivery.kick();
  }

  private setWebhook(params: Params): true {
    const { url, secretToken } = parseSetWebhook(params);
    this.setWebhookUrl(url, params.drop_pending_updates === true, secretToken);
    return true;
  }

  private setWebhookUrl(url: string, dropPending: boolean, secretToken?: string): void {
    if (dropPending) this.queue.clear();
    if (url) this.queue.releaseHeldPoll();
    this.webhookDelivery.configure(url, secretToken);
    if (url && this.queue.size > 0) this.webhookDelivery.kick();
  }
}
