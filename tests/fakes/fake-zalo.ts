/**
 * A fake Zalo Bot API server on 127.0.0.1 behaving as /work/shared/notes/zalo-bot-api.md
 * describes (section "What our fake server should do in tests"), so our axios Zalo client
 * is what tests exercise. Point it at `${server.url}` instead of https://bot-api.zaloplatforms.com.
 * Where the public sources are silent (the exact refusal of getUpdates while a webhook is
 * set, error descriptions), the fake picks a plausible answer and says so in a comment.
 */
import type http from "node:http";
import { LocalHttpServer, parseBody, postJson, readBody, sendJson } from "./http-util.ts";
import { FaultQueue, SentLog, type InjectedFault, type MessageMatcher } from "./sent-log.ts";
import {
  buildZaloMessage, randomHex, type FakeZaloUser, type RecordedZaloCall, type SentZaloMessage, type ZaloPushOptions,
  type ZaloPushResult, type ZaloUpdate, type ZaloWebhookState,
} from "./fake-zalo-wire.ts";

export type * from "./fake-zalo-wire.ts";
export type { InjectedFault } from "./sent-log.ts";

export interface FakeZaloOptions {
  /** Accepted tokens (`<bot_id>:<secret>`); the first is `server.token`. */
  tokens?: string[];
  /** Cap on how long getUpdates holds before answering 408, whatever `timeout` asks for. */
  maxPollHoldMs?: number;
  /** HTTP status of the 408 "no update" answer: the live API sometimes uses 200 (default 408). */
  timeoutHttpStatus?: 200 | 408;
  /** Send every error envelope with HTTP 200, to prove the client decides from the body. */
  errorsWithHttp200?: boolean;
  /** Sends (sendMessage/sendPhoto/sendSticker) allowed before 429 "Quota exceeded" (default unlimited). */
  quota?: number;
  /** Webhook body form: live captures are flat `{event_name, message}`, docs wrap it in `{ok, result}`. */
  webhookForm?: "flat" | "wrapped";
}

class ZaloFailure extends Error {
  constructor(readonly error_code: number, readonly description: string, readonly httpStatus = error_code) {
    super(description);
  }
}

const badRequest = (text: string): ZaloFailure => new ZaloFailure(400, `Bad Request: ${text}`);
const SEND_METHODS = new Set(["sendmessage", "sendphoto", "sendsticker"]);
type Params = Record<string, unknown>;

export class FakeZaloServer {
  readonly tokens: readonly string[];
  readonly requests: RecordedZaloCall[] = [];
  readonly webhook: ZaloWebhookState = { url: "", deliveries: [] };
  /** Sends counted against the quota so far. */
  sendsUsed = 0;
  quota: number;
  private readonly http = new LocalHttpServer((req, res) => void this.route(req, res));
  private readonly outbox = new SentLog<SentZaloMessage>();
  private readonly faults = new FaultQueue();
  private readonly queue: ZaloUpdate[] = [];
  private readonly pollers: { deliver: (update: ZaloUpdate | undefined) => void }[] = [];
  private readonly lifetime = new AbortController();
  private isWebhookEverSet = false;
  private lastUpdate: ZaloUpdate | undefined;

  constructor(private readonly options: FakeZaloOptions = {}) {
    this.tokens = options.tokens ?? ["1234567890123456789:FakeZaloSecretForTests"];
    this.quota = options.quota ?? Infinity;
  }

  get url(): string { return this.http.url; }
  get token(): string { return this.tokens[0] as string; }

  async start(): Promise<void> { await this.http.listen(); }

  async stop(): Promise<void> {
    this.lifetime.abort();
    for (const poller of [...this.pollers]) poller.deliver(undefined);
    this.outbox.rejectAll("FakeZaloServer stopped");
    await this.http.close();
  }

  // ---- Updates from users -------------------------------------------------------------

  /** Hands an update to a waiting poller or the queue, or POSTs it to the webhook when one is set. */
  async pushUpdate(update: ZaloUpdate, options: ZaloPushOptions = {}): Promise<ZaloPushResult> {
    this.lastUpdate = update;
    const statuses: number[] = [];
    for (let copy = 0; copy < (options.twice ? 2 : 1); copy++) {
      if (this.webhook.url) statuses.push(await this.deliverToWebhook(update, options.form ?? this.options.webhookForm ?? "flat"));
      else this.enqueue(update);
    }
    return { update, statuses };
  }

  /** Delivers the last pushed update again, unchanged (same message_id). */
  deliverDuplicate(options: Omit<ZaloPushOptions, "twice"> = {}): Promise<ZaloPushResult> {
    if (!this.lastUpdate) throw new Error("deliverDuplicate: no update was pushed yet");
    return this.pushUpdate(this.lastUpdate, options);
  }

  userSendsText(user: FakeZaloUser, text: string, options?: ZaloPushOptions): Promise<ZaloPushResult> {
    return this.pushUpdate({ event_name: "message.text.received", message: buildZaloMessage(user, { text }) }, options);
  }

  /** An image: `photo_url` as the live API sends (default) or `photo` as the docs say; caption may be "". */
  userSendsImage(
    user: FakeZaloUser,
    image: { useField?: "photo" | "photo_url"; caption?: string; imageUrl?: string } = {},
    options?: ZaloPushOptions,
  ): Promise<ZaloPushResult> {
    const imageUrl = image.imageUrl ?? `https://photo-stal-1.zadn.vn/fake/${randomHex(8)}.jpg`;
    const content = { [image.useField ?? "photo_url"]: imageUrl, caption: image.caption ?? "" };
    return this.pushUpdate({ event_name: "message.image.received", message: buildZaloMessage(user, content) }, options);
  }

  userSendsSticker(user: FakeZaloUser, sticker = "fake-sticker-1", options?: ZaloPushOptions): Promise<ZaloPushResult> {
    const content = { sticker, url: `https://zalo-api.zadn.vn/api/emoticon/sticker/webpc?eid=${sticker}` };
    return this.pushUpdate({ event_name: "message.sticker.received", message: buildZaloMessage(user, content) }, options);
  }

  userSendsVoice(user: FakeZaloUser, voiceUrl = "https://voice-aac.zadn.vn/fake/voice.aac", options?: ZaloPushOptions): Promise<ZaloPushResult> {
    return this.pushUpdate({ event_name: "message.voice.received", message: buildZaloMessage(user, { voice_url: voiceUrl }) }, options);
  }

  /** A file, location, contact card or quote: arrives with no content, sometimes without `message` at all. */
  userSendsUnsupported(user: FakeZaloUser, unsupported: { withoutMessage?: boolean } = {}, options?: ZaloPushOptions): Promise<ZaloPushResult> {
    const update: ZaloUpdate = { event_name: "message.unsupported.received" };
    if (!unsupported.withoutMessage) update.message = buildZaloMessage(user, {});
    return this.pushUpdate(update, options);
  }

  /**
   * POSTs an arbitrary body to the registered webhook (or `url`). `secret`: undefined sends the
   * registered secret, null sends no header, a string sends that. Returns our app's HTTP status.
   */
  async pushWebhookRaw(body: unknown, options: { secret?: string | null; url?: string } = {}): Promise<number> {
    const url = options.url ?? this.webhook.url;
    if (!url) throw new Error("pushWebhookRaw: no webhook set and no url given");
    const secret = options.secret === undefined ? this.webhook.secretToken : (options.secret ?? undefined);
    return this.post(url, body, secret, "raw");
  }

  // ---- Inspection and fault injection -------------------------------------------------

  sentMessages(chatId?: string): SentZaloMessage[] { return this.outbox.list(chatId); }

  /** Resolves with the first matching message (predicate, or text substring/RegExp) not returned before. */
  waitForMessage(matcher: MessageMatcher<SentZaloMessage>, timeoutMs = 3_000): Promise<SentZaloMessage> {
    return this.outbox.waitFor(matcher, timeoutMs);
  }

  /** Parameters of successful calls to `method` (e.g. "sendChatAction"). */
  calls(method: string): Params[] {
    return this.requests.filter((call) => call.ok && call.method.toLowerCase() === method.toLowerCase()).map((call) => call.params);
  }

  /** The next `times` calls of `method` answer `{ok:false, error_code, description}`. */
  failNext(method: string, fault: InjectedFault, times = 1): void { this.faults.add(method, fault, times); }

  /** Updates waiting for a poller. */
  get queuedUpdates(): readonly ZaloUpdate[] { return this.queue; }

  // ---- HTTP ---------------------------------------------------------------------------

  private async route(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const match = /^\/bot([^/]+)\/([A-Za-z]+)$/.exec(new URL(req.url ?? "/", "http://127.0.0.1").pathname);
    const reply = (failure: ZaloFailure) => {
      const status = this.options.errorsWithHttp200 ? 200 : failure.httpStatus;
      sendJson(res, status, { ok: false, error_code: failure.error_code, description: failure.description });
    };
    if (!match) return reply(new ZaloFailure(404, "Not Found"));
    if (!this.tokens.includes(decodeURIComponent(match[1] ?? ""))) return reply(new ZaloFailure(401, "Unauthorized"));
    const method = match[2] ?? "";
    const call: RecordedZaloCall = { method, params: {}, ok: false };
    this.requests.push(call);
    const aborter = new AbortController();
    res.on("close", () => { if (!res.writableFinished) aborter.abort(); });
    try {
      call.params = parseBody(req.headers["content-type"], await readBody(req)).fields;
      const fault = this.faults.take(method);
      if (fault) throw new ZaloFailure(fault.error_code, fault.description ?? defaultDescription(fault.error_code));
      const result = await this.handle(method.toLowerCase(), call.params, aborter.signal);
      call.ok = true;
      sendJson(res, 200, result === undefined ? { ok: true } : { ok: true, result });
    } catch (error) {
      const failure = error instanceof ZaloFailure ? error : badRequest(String(error));
      call.error_code = failure.error_code;
      reply(failure);
    }
  }

  private handle(method: string, params: Params, signal: AbortSignal): unknown {
    if (SEND_METHODS.has(method)) {
      if (this.sendsUsed >= this.quota) throw new ZaloFailure(429, "Quota exceeded");
    }
    switch (method) {
      case "getme":
        return { id: this.token.split(":")[0], account_name: "Bot LangNghe Test", account_type: "BASIC", can_join_groups: false };
      case "getupdates":
        return this.getUpdates(params, signal);
      case "setwebhook":
        return this.setWebhook(params);
      case "deletewebhook":
        this.webhook.url = "";
        delete this.webhook.secretToken;
        this.webhook.updatedAt = Date.now();
        return { url: "", updated_at: this.webhook.updatedAt };
      case "getwebhookinfo":
        if (!this.isWebhookEverSet) throw new ZaloFailure(404, "Not Found");
        return { url: this.webhook.url, updated_at: this.webhook.updatedAt };
      case "sendmessage":
        return this.recordSend("sendMessage", params, { text: checkText(params.text, "text") });
      case "sendphoto":
        if (typeof params.photo !== "string" || !/^https?:\/\//.test(params.photo)) throw badRequest("photo must be an image URL");
        if (params.caption !== undefined && String(params.caption).length > 2000) throw badRequest("caption is too long");
        return this.recordSend("sendPhoto", params, {});
      case "sendsticker":
        if (typeof params.sticker !== "string" || params.sticker === "") throw badRequest("sticker is required");
        return this.recordSend("sendSticker", params, {});
      case "sendchataction":
        requireChatId(params);
        return undefined; // the live API answers `{ok:true}` with no result
      default:
        throw new ZaloFailure(404, "Not Found");
    }
  }

  private getUpdates(params: Params, signal: AbortSignal): Promise<ZaloUpdate> | ZaloUpdate {
    // Assumption: the refusal's exact code and text are undocumented; "not allowed" is [H].
    if (this.webhook.url) throw badRequest("getUpdates is not allowed while a webhook is set; call deleteWebhook first");
    const next = this.queue.shift();
    if (next) return next;
    const holdMs = Math.min(Math.max(Number(params.timeout ?? 30) || 0, 0) * 1000, this.options.maxPollHoldMs ?? Infinity);
    return new Promise<ZaloUpdate>((resolve, reject) => {
      const poller = {
        deliver: (update: ZaloUpdate | undefined) => {
          clearTimeout(timer);
          signal.removeEventListener("abort", onAbort);
          const index = this.pollers.indexOf(poller);
          if (index !== -1) this.pollers.splice(index, 1);
          if (update) resolve(update);
          else reject(new ZaloFailure(408, "Request timeout", this.options.timeoutHttpStatus ?? 408));
        },
      };
      const onAbort = () => poller.deliver(undefined);
      const timer = setTimeout(() => poller.deliver(undefined), holdMs);
      signal.addEventListener("abort", onAbort);
      this.pollers.push(poller);
    });
  }

  private setWebhook(params: Params): { url: string; updated_at: number } {
    const url = typeof params.url === "string" ? params.url : "";
    if (!/^https:\/\/|^http:\/\/(127\.0\.0\.1|localhost)[:/]/.test(url)) throw badRequest("url must be an https URL");
    const secret = params.secret_token;
    if (typeof secret !== "string" || secret.length < 8 || secret.length > 256) throw badRequest("secret_token must be 8-256 characters");
    Object.assign(this.webhook, { url, secretToken: secret, updatedAt: Date.now() });
    this.isWebhookEverSet = true;
    for (const poller of [...this.pollers]) poller.deliver(undefined);
    return { url, updated_at: this.webhook.updatedAt ?? Date.now() };
  }

  private recordSend(method: string, params: Params, checked: Params): { message_id: string; date: number } {
    const chatId = requireChatId(params);
    this.sendsUsed += 1;
    const result = { message_id: randomHex(10), date: Date.now() };
    this.outbox.add({ ...params, ...checked, method, chat_id: chatId, ...result });
    return result;
  }

  private enqueue(update: ZaloUpdate): void {
    const poller = this.pollers[0];
    if (poller) poller.deliver(update); // one update per poll
    else this.queue.push(update);
  }

  private deliverToWebhook(update: ZaloUpdate, form: "flat" | "wrapped"): Promise<number> {
    const body = form === "flat" ? update : { ok: true, result: update };
    return this.post(this.webhook.url, body, this.webhook.secretToken, form);
  }

  private async post(url: string, body: unknown, secret: string | undefined, form: "flat" | "wrapped" | "raw"): Promise<number> {
    const headers: Record<string, string> = secret === undefined ? {} : { "X-Bot-Api-Secret-Token": secret };
    try {
      const response = await postJson(url, body, headers, 10_000, this.lifetime.signal);
      this.webhook.deliveries.push({ status: response.status, form });
      return response.status;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.webhook.deliveries.push({ error: message, form });
      throw new Error(`Zalo webhook POST to ${url} failed: ${message}`);
    }
  }
}

function requireChatId(params: Params): string {
  if (typeof params.chat_id !== "string" && typeof params.chat_id !== "number") throw badRequest("chat_id is required");
  if (String(params.chat_id) === "") throw badRequest("chat_id is required");
  return String(params.chat_id);
}

function checkText(value: unknown, field: string): string {
  if (typeof value !== "string" || value.length === 0) throw badRequest(`${field} is empty`);
  if (value.length > 2000) throw badRequest(`${field} is too long (max 2000 characters)`);
  return value;
}

function defaultDescription(errorCode: number): string {
  const descriptions: Record<number, string> = {
    400: "Bad Request", 401: "Unauthorized", 403: "Forbidden", 404: "Not Found",
    408: "Request timeout", 429: "Quota exceeded", 500: "Internal Server Error",
  };
  return descriptions[errorCode] ?? "Error";
}
