/**
 * Minimal HTTP plumbing shared by the fake platform servers (Telegram, Zalo, OpenAI).
 * Only node:http; just enough body parsing for what grammY, axios and the `openai`
 * client actually send (JSON, x-www-form-urlencoded, multipart/form-data).
 */
import http from "node:http";
import type { AddressInfo } from "node:net";

/** A file part of a multipart/form-data body. */
export interface UploadedFile {
  filename: string;
  contentType: string;
  bytes: Buffer;
}

/** A parsed request body: plain fields plus any uploaded files keyed by part name. */
export interface ParsedBody {
  fields: Record<string, unknown>;
  files: Record<string, UploadedFile>;
}

const MAX_BODY_BYTES = 60 * 1024 * 1024;

/** Reads the whole request body into one Buffer. */
export function readBody(req: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) req.destroy(new Error("body too large"));
      else chunks.push(chunk);
    });
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

/**
 * Parses a body by its content type. Form and multipart values stay strings;
 * callers decide how to coerce them (the Bot API JSON-decodes non-text fields).
 * Throws on malformed JSON so the caller can answer 400.
 */
export function parseBody(contentType: string | undefined, raw: Buffer): ParsedBody {
  const type = (contentType ?? "").toLowerCase();
  if (raw.length === 0) return { fields: {}, files: {} };
  if (type.startsWith("multipart/form-data")) {
    const boundary = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType ?? "");
    const value = boundary?.[1] ?? boundary?.[2];
    if (!value) throw new Error("multipart body without boundary");
    return parseMultipart(raw, value.trim());
  }
  if (type.startsWith("application/x-www-form-urlencoded")) {
    return { fields: Object.fromEntries(new URLSearchParams(raw.toString("utf8"))), files: {} };
  }
  // JSON is the default: grammY and axios both send application/json.
  const parsed: unknown = JSON.parse(raw.toString("utf8"));
  const fields = typeof parsed === "object" && parsed !== null && !Array.isArray(parsed) ? parsed : {};
  return { fields: fields as Record<string, unknown>, files: {} };
}

/**
 * Splits a multipart/form-data body. Tolerates grammY's compact part headers
 * (`content-disposition:form-data;name="x";filename=y`, unquoted filename).
 */
export function parseMultipart(raw: Buffer, boundary: string): ParsedBody {
  const result: ParsedBody = { fields: {}, files: {} };
  const delimiter = Buffer.from(`--${boundary}`);
  let position = raw.indexOf(delimiter);
  while (position !== -1) {
    let start = position + delimiter.length;
    if (raw.subarray(start, start + 2).toString() === "--") break; // closing delimiter
    if (raw.subarray(start, start + 2).toString() === "\r\n") start += 2;
    const next = raw.indexOf(delimiter, start);
    if (next === -1) break;
    let end = next;
    if (raw.subarray(end - 2, end).toString() === "\r\n") end -= 2;
    const part = raw.subarray(start, end);
    const headerEnd = part.indexOf("\r\n\r\n");
    if (headerEnd !== -1) {
      const headers = part.subarray(0, headerEnd).toString("utf8");
      const body = part.subarray(headerEnd + 4);
      const name = headerParam(headers, "name");
      const filename = headerParam(headers, "filename");
      const contentType = /content-type:\s*([^\r\n]+)/i.exec(headers)?.[1]?.trim() ?? "";
      if (name !== undefined && filename !== undefined) {
        result.files[name] = { filename, contentType, bytes: Buffer.from(body) };
      } else if (name !== undefined) {
        result.fields[name] = body.toString("utf8");
      }
    }
    position = next;
  }
  return result;
}

function headerParam(headers: string, key: string): string | undefined {
  const match = new RegExp(`[;\\s]${key}=(?:"([^"]*)"|([^;\\r\\n]*))`, "i").exec(headers);
  if (!match) return undefined;
  return match[1] ?? match[2]?.trim();
}

/** Sends a JSON response with the given HTTP status. */
export function sendJson(
  res: http.ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  if (res.writableEnded || res.destroyed) return;
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(text),
    ...headers,
  });
  res.end(text);
}

/**
 * POSTs JSON on a fresh connection (no keep-alive agent, so nothing lingers after stop).
 * Resolves with the status and body text; rejects on network errors, timeout or `signal` abort.
 */
export function postJson(
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
  timeoutMs = 5_000,
  signal?: AbortSignal,
): Promise<{ status: number; text: string }> {
  const text = typeof body === "string" ? body : JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      {
        method: "POST",
        agent: false,
        headers: {
          "content-type": "application/json",
          "content-length": Buffer.byteLength(text),
          connection: "close",
          ...headers,
        },
        timeout: timeoutMs,
        ...(signal && { signal }),
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString("utf8") }));
        res.on("error", reject);
      },
    );
    req.on("timeout", () => req.destroy(new Error(`webhook POST to ${url} timed out after ${timeoutMs} ms`)));
    req.on("error", reject);
    req.end(text);
  });
}

/**
 * A node:http server on 127.0.0.1 with an ephemeral port. `close()` also destroys
 * keep-alive and held (long-poll) connections so the test process can exit.
 */
export class LocalHttpServer {
  private server: http.Server | undefined;
  private baseUrl: string | undefined;

  constructor(private readonly handler: (req: http.IncomingMessage, res: http.ServerResponse) => void) {}

  get url(): string {
    if (!this.baseUrl) throw new Error("server not started: call start() first");
    return this.baseUrl;
  }

  async listen(): Promise<void> {
    const server = http.createServer((req, res) => this.handler(req, res));
    server.keepAliveTimeout = 1_000;
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(0, "127.0.0.1", () => resolve());
    });
    this.server = server;
    this.baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  async close(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = undefined;
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeAllConnections();
    await closed;
  }
}

/** Resolves after `ms`; the timer does not keep the process alive. */
export function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}
