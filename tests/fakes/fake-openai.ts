/**
 * A fake OpenAI API on 127.0.0.1 speaking the Chat Completions and audio transcription wire
 * formats, so the real `openai` npm client is what tests exercise:
 * `new OpenAI({ baseURL: `${server.url}/v1`, apiKey: "x", maxRetries: 0 })`.
 * Responses are scripted per request in a queue; every request is recorded for assertions
 * (e.g. that phone numbers were masked before leaving our system).
 */
import { randomBytes } from "node:crypto";
import type http from "node:http";
import { LocalHttpServer, parseBody, readBody, sendJson, type UploadedFile } from "./http-util.ts";

/** A chat completions request as the fake received it. */
export interface RecordedOpenAIRequest {
  path: string;
  headers: http.IncomingHttpHeaders;
  /** Parsed JSON body (chat) or the multipart fields (transcription). */
  body: Record<string, unknown>;
  /** Uploaded files (transcription `file`). */
  files: Record<string, UploadedFile>;
}

/** What the assistant answers: a string, an object (sent JSON-stringified), or a function of the request. */
export type ScriptedContent = string | object | ((request: RecordedOpenAIRequest) => string | object);

export type ChatBehaviour =
  | { kind: "content"; content: ScriptedContent; finishReason?: "stop" | "length" | "content_filter" }
  | { kind: "refusal"; refusal: string }
  | { kind: "status"; status: number; body?: unknown; headers?: Record<string, string> }
  | { kind: "hang"; ms: number };

export interface FakeOpenAIOptions {
  /** When set, requests with another bearer token get 401 invalid_api_key. */
  apiKey?: string;
  /** Behaviour when the chat queue is empty; without it the fake answers 400 with an explanation. */
  defaultBehaviour?: ChatBehaviour;
  /** Transcript when the transcription queue is empty; without it the fake answers 400. */
  defaultTranscript?: string;
}

type TranscriptionBehaviour = { kind: "text"; text: string } | { kind: "status"; status: number; body?: unknown };

export class FakeOpenAIServer {
  /** Every request in arrival order. */
  readonly requests: RecordedOpenAIRequest[] = [];
  private readonly http = new LocalHttpServer((req, res) => void this.route(req, res));
  private readonly chatQueue: ChatBehaviour[] = [];
  private readonly transcriptionQueue: TranscriptionBehaviour[] = [];
  private readonly timers = new Set<NodeJS.Timeout>();
  private defaultBehaviour: ChatBehaviour | undefined;

  constructor(private readonly options: FakeOpenAIOptions = {}) {
    this.defaultBehaviour = options.defaultBehaviour;
  }

  get url(): string { return this.http.url; }
  /** The value for the client's `baseURL`. */
  get baseURL(): string { return `${this.http.url}/v1`; }

  async start(): Promise<void> { await this.http.listen(); }

  async stop(): Promise<void> {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    await this.http.close();
  }

  // ---- Scripting ----------------------------------------------------------------------

  /** The next completion answers `content` (objects are JSON-stringified into message.content). */
  respondWith(content: ScriptedContent, finishReason: "stop" | "length" | "content_filter" = "stop"): this {
    return this.enqueue({ kind: "content", content, finishReason });
  }

  /** The next completion's content is not valid JSON (a model ignoring the requested format). */
  respondInvalidJson(): this {
    return this.enqueue({ kind: "content", content: '{"category": "theft", "summary": "Mất xe máy' });
  }

  /** The next completion is a refusal: `message.refusal` set and `content` null. */
  respondRefusal(refusal = "I'm sorry, I can't help with that request."): this {
    return this.enqueue({ kind: "refusal", refusal });
  }

  /** The next request fails with this HTTP status; the body defaults to OpenAI's error shape for it. */
  respondStatus(status: number, body?: unknown, headers?: Record<string, string>): this {
    return this.enqueue({ kind: "status", status, body, ...(headers && { headers }) });
  }

  /** The next request is held `ms` (Infinity: until the client gives up), then gets the following behaviour. */
  hang(ms: number): this {
    return this.enqueue({ kind: "hang", ms });
  }

  /** What to answer when nothing is queued (undefined: a loud 400). */
  setDefault(behaviour: ChatBehaviour | undefined): this {
    this.defaultBehaviour = behaviour;
    return this;
  }

  /** The next transcription returns `{ text }`. */
  transcribeWith(text: string): this {
    this.transcriptionQueue.push({ kind: "text", text });
    return this;
  }

  /** The next transcription fails with this HTTP status. */
  failTranscription(status: number, body?: unknown): this {
    this.transcriptionQueue.push({ kind: "status", status, body });
    return this;
  }

  /** Chat completion requests only. */
  get chatRequests(): RecordedOpenAIRequest[] {
    return this.requests.filter((request) => request.path.endsWith("/chat/completions"));
  }

  /** Every message text sent to the model (all chat requests), for "was this data masked?" checks. */
  sentText(): string {
    return this.chatRequests
      .flatMap((request) => (Array.isArray(request.body.messages) ? request.body.messages : []))
      .map((message: { content?: unknown }) => (typeof message.content === "string" ? message.content : JSON.stringify(message.content)))
      .join("\n");
  }

  /** Scripted behaviours not used yet (a test can assert it consumed all it queued). */
  get pendingBehaviours(): number {
    return this.chatQueue.length + this.transcriptionQueue.length;
  }

  private enqueue(behaviour: ChatBehaviour): this {
    this.chatQueue.push(behaviour);
    return this;
  }

  // ---- HTTP ---------------------------------------------------------------------------

  private async route(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const path = new URL(req.url ?? "/", "http://127.0.0.1").pathname;
    let parsed;
    try {
      parsed = parseBody(req.headers["content-type"], await readBody(req));
    } catch {
      return sendError(res, 400, "We could not parse the JSON body of your request.", "invalid_request_error");
    }
    const request: RecordedOpenAIRequest = { path, headers: req.headers, body: parsed.fields, files: parsed.files };
    this.requests.push(request);
    if (this.options.apiKey && req.headers.authorization !== `Bearer ${this.options.apiKey}`) {
      return sendError(res, 401, "Incorrect API key provided.", "invalid_request_error", "invalid_api_key");
    }
    if (req.method === "POST" && path === "/v1/chat/completions") return this.answerChat(request, res);
    if (req.method === "POST" && path === "/v1/audio/transcriptions") return this.answerTranscription(request, res);
    sendError(res, 404, `Invalid URL (${req.method} ${path})`, "invalid_request_error");
  }

  private answerChat(request: RecordedOpenAIRequest, res: http.ServerResponse): void {
    const behaviour = this.chatQueue.shift() ?? this.defaultBehaviour;
    if (!behaviour) {
      return sendError(res, 400, "FakeOpenAIServer has no scripted response: call respondWith() (or setDefault()) first.", "invalid_request_error");
    }
    if (behaviour.kind === "hang") {
      if (!Number.isFinite(behaviour.ms)) return; // held until the client aborts or stop() closes the socket
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        this.answerChat(request, res);
      }, behaviour.ms);
      this.timers.add(timer);
      res.on("close", () => {
        clearTimeout(timer);
        this.timers.delete(timer);
      });
      return;
    }
    if (behaviour.kind === "status") {
      return sendJson(res, behaviour.status, behaviour.body ?? defaultErrorBody(behaviour.status), { ...requestIdHeader(), ...behaviour.headers });
    }
    const content = behaviour.kind === "content" ? renderContent(behaviour.content, request) : null;
    const refusal = behaviour.kind === "refusal" ? behaviour.refusal : null;
    const finishReason = behaviour.kind === "content" ? (behaviour.finishReason ?? "stop") : "stop";
    const model = typeof request.body.model === "string" ? request.body.model : "gpt-4o-mini";
    if (request.body.stream === true) return streamCompletion(res, model, content ?? "", refusal, finishReason);
    const promptTokens = Math.ceil(JSON.stringify(request.body.messages ?? "").length / 4);
    const completionTokens = Math.ceil((content ?? refusal ?? "").length / 4);
    sendJson(res, 200, {
      id: `chatcmpl-${randomBytes(12).toString("hex")}`,
      object: "chat.completion",
      created: Math.floor(Date.now() / 1000),
      model,
      system_fingerprint: "fp_fake",
      choices: [{ index: 0, message: { role: "assistant", content, refusal, annotations: [] }, logprobs: null, finish_reason: finishReason }],
      usage: { prompt_tokens: promptTokens, completion_tokens: completionTokens, total_tokens: promptTokens + completionTokens },
    }, requestIdHeader());
  }

  private answerTranscription(request: RecordedOpenAIRequest, res: http.ServerResponse): void {
    if (!request.files.file) return sendError(res, 400, "Missing required parameter: 'file'.", "invalid_request_error");
    const fallback = this.options.defaultTranscript === undefined ? undefined : { kind: "text" as const, text: this.options.defaultTranscript };
    const behaviour = this.transcriptionQueue.shift() ?? fallback;
    if (!behaviour) return sendError(res, 400, "FakeOpenAIServer has no scripted transcript: call transcribeWith() first.", "invalid_request_error");
    if (behaviour.kind === "status") return sendJson(res, behaviour.status, behaviour.body ?? defaultErrorBody(behaviour.status), requestIdHeader());
    if (request.body.response_format === "text") {
      res.writeHead(200, { "content-type": "text/plain; charset=utf-8", ...requestIdHeader() });
      return void res.end(behaviour.text);
    }
    sendJson(res, 200, { text: behaviour.text, usage: { type: "duration", seconds: 1 } }, requestIdHeader());
  }
}

function renderContent(content: ScriptedContent, request: RecordedOpenAIRequest): string {
  const value = typeof content === "function" ? content(request) : content;
  return typeof value === "string" ? value : JSON.stringify(value);
}

/** Server-sent events as the API streams them: role, content, finish, then [DONE]. */
function streamCompletion(
  res: http.ServerResponse,
  model: string,
  content: string,
  refusal: string | null,
  finishReason: string,
): void {
  const id = `chatcmpl-${randomBytes(12).toString("hex")}`;
  const base = { id, object: "chat.completion.chunk", created: Math.floor(Date.now() / 1000), model };
  const chunk = (delta: object, finish: string | null): string => {
    const choices = [{ index: 0, delta, logprobs: null, finish_reason: finish }];
    return `data: ${JSON.stringify({ ...base, choices })}\n\n`;
  };
  res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache", ...requestIdHeader() });
  res.write(chunk({ role: "assistant", content: "", refusal: null }, null));
  res.write(chunk(refusal === null ? { content } : { refusal }, null));
  res.write(chunk({}, finishReason));
  res.end("data: [DONE]\n\n");
}

function requestIdHeader(): Record<string, string> {
  return { "x-request-id": `req_${randomBytes(16).toString("hex")}`, "openai-processing-ms": "12" };
}

function sendError(res: http.ServerResponse, status: number, message: string, type: string, code: string | null = null): void {
  sendJson(res, status, { error: { message, type, param: null, code } }, requestIdHeader());
}

/** OpenAI's error bodies for the statuses tests use most. */
function defaultErrorBody(status: number): unknown {
  const error = (message: string, type: string, code: string | null) => ({ error: { message, type, param: null, code } });
  if (status === 429) {
    const message = "Rate limit reached for gpt-4o-mini on requests per min (RPM): Limit 3, Used 3, Requested 1.";
    return error(message, "requests", "rate_limit_exceeded");
  }
  if (status >= 500) {
    return error("The server had an error while processing your request. Sorry about that!", "server_error", null);
  }
  return error(`Fake error ${status}`, "invalid_request_error", null);
}
