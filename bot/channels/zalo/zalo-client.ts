/**
 * Our small typed client of the Zalo Bot API (no official Node SDK is maintained). Every call is
 * a POST with a JSON body to `<apiRoot>/bot<token>/<method>`; the HTTP status is not reliable, so
 * success and failure are decided from the `{ok, result | error_code, description}` envelope.
 * The token is only in the path and never reaches an error message or a log line.
 */
import http from "node:http";
import https from "node:https";
import axios, { isAxiosError, type AxiosInstance } from "axios";
import type { z } from "zod";
import { makeApiError, redactToken, ZaloApiError, ZaloNetworkError } from "./zalo-errors.ts";
import {
  ZBotInfo, ZEnvelope, ZGetUpdatesResult, ZSentMessage, ZWebhookInfo,
  type TZaloBotInfo, type TZaloSentMessage, type TZaloUpdate, type TZaloWebhookInfo,
} from "./zalo-wire.ts";

export interface TZaloClientOptions {
  token: string;
  /** e.g. https://bot-api.zaloplatforms.com (ZALO_API_ROOT). */
  apiRoot: string;
  /** Per-call timeout for everything but getUpdates (default 15 s). */
  timeoutMs?: number;
}

export interface TCallOptions {
  signal?: AbortSignal;
}

/** Zalo caps text and captions at 2,000 characters. */
export const ZALO_MAX_TEXT = 2000;

export interface ZaloClient {
  getMe(options?: TCallOptions): Promise<TZaloBotInfo>;
  /**
   * Waits up to `timeoutSeconds` for ONE update. Resolves null when none came: Zalo then answers
   * `error_code 408` (sometimes with HTTP 200), which is the normal "no update", not an error.
   */
  getUpdates(params?: { timeoutSeconds?: number }, options?: TCallOptions): Promise<TZaloUpdate[]>;
  setWebhook(params: { url: string; secretToken: string }, options?: TCallOptions): Promise<TZaloWebhookInfo>;
  deleteWebhook(options?: TCallOptions): Promise<TZaloWebhookInfo>;
  /** The registered webhook; `{url: ""}` when none was ever set (Zalo answers 404 then). */
  getWebhookInfo(options?: TCallOptions): Promise<TZaloWebhookInfo>;
  sendMessage(params: { chatId: string; text: string }, options?: TCallOptions): Promise<TZaloSentMessage>;
  /** `photo` is an image URL: the Bot API has no upload. */
  sendPhoto(params: { chatId: string; photo: string; caption?: string }, options?: TCallOptions): Promise<TZaloSentMessage>;
  sendSticker(params: { chatId: string; sticker: string }, options?: TCallOptions): Promise<TZaloSentMessage>;
  sendChatAction(params: { chatId: string; action?: "typing" }, options?: TCallOptions): Promise<void>;
  /** Closes kept-alive connections (on stop). */
  close(): void;
}

/** Builds the client. The token is checked for shape only; getMe tells whether Zalo accepts it. */
export function createZaloClient(options: TZaloClientOptions): ZaloClient {
  const token = options.token;
  const root = options.apiRoot.replace(/\/+$/, "");
  const httpAgent = new http.Agent({ keepAlive: true, maxSockets: 16 });
  const httpsAgent = new https.Agent({ keepAlive: true, maxSockets: 16 });
  const api: AxiosInstance = axios.create({
    httpAgent,
    httpsAgent,
    validateStatus: () => true,
    headers: { "content-type": "application/json" },
    // Bodies are small; anything huge is not Zalo.
    maxContentLength: 5 * 1024 * 1024,
    proxy: false,
  });

  async function call<T>(method: string, body: object, schema: z.ZodType<T>, callOptions: TCallOptions & { timeoutMs?: number } = {}): Promise<T> {
    let response;
    try {
      response = await api.post(`${root}/bot${token}/${method}`, body, {
        timeout: callOptions.timeoutMs ?? options.timeoutMs ?? 15_000,
        ...(callOptions.signal && { signal: callOptions.signal }),
      });
    } catch (error) {
      throw toNetworkError(method, error, token);
    }
    const envelope = ZEnvelope.safeParse(response.data);
    if (!envelope.success) {
      throw new ZaloApiError(method, response.status >= 400 ? response.status : 502, `unexpected response (HTTP ${response.status})`);
    }
    if (!envelope.data.ok) {
      const description = redactToken(envelope.data.description ?? "no description", token);
      throw makeApiError(method, envelope.data.error_code ?? (response.status >= 400 ? response.status : 500), description);
    }
    const result = schema.safeParse(envelope.data.result);
    if (!result.success) throw new ZaloApiError(method, 502, "unexpected result shape");
    return result.data;
  }

  const ZAnything = ZEnvelope.shape.result;
  const send = (method: string, body: object, callOptions?: TCallOptions) => call(method, body, ZSentMessage, callOptions);

  return {
    getMe: (callOptions) => call("getMe", {}, ZBotInfo, callOptions),
    async getUpdates(params = {}, callOptions = {}) {
      const timeoutSeconds = params.timeoutSeconds ?? 30;
      try {
        const result = await call("getUpdates", { timeout: timeoutSeconds }, ZGetUpdatesResult, {
          ...callOptions,
          // Zalo holds the request for `timeout` seconds; give it room to answer.
          timeoutMs: (timeoutSeconds + 10) * 1000,
        });
        return Array.isArray(result) ? result : [result];
      } catch (error) {
        if (error instanceof ZaloApiError && error.code === 408) return [];
        throw error;
      }
    },
    setWebhook: (params, callOptions) => call("setWebhook", { url: params.url, secret_token: params.secretToken }, ZWebhookInfo, callOptions),
    deleteWebhook: (callOptions) => call("deleteWebhook", {}, ZWebhookInfo, callOptions),
    async getWebhookInfo(callOptions) {
      try {
        return await call("getWebhookInfo", {}, ZWebhookInfo, callOptions);
      } catch (error) {
        if (error instanceof ZaloApiError && error.code === 404) return { url: "" };
        throw error;
      }
    },
    sendMessage: (params, callOptions) => send("sendMessage", { chat_id: params.chatId, text: params.text }, callOptions),
    sendPhoto: (params, callOptions) =>
      send("sendPhoto", { chat_id: params.chatId, photo: params.photo, ...(params.caption !== undefined && { caption: params.caption }) }, callOptions),
    sendSticker: (params, callOptions) => send("sendSticker", { chat_id: params.chatId, sticker: params.sticker }, callOptions),
    async sendChatAction(params, callOptions) {
      await call("sendChatAction", { chat_id: params.chatId, action: params.action ?? "typing" }, ZAnything, callOptions);
    },
    close() {
      httpAgent.destroy();
      httpsAgent.destroy();
    },
  };
}

/** An axios failure without its config (which holds the URL with the token). */
function toNetworkError(method: string, error: unknown, token: string): ZaloNetworkError {
  if (isAxiosError(error)) {
    const isAborted = error.code === "ERR_CANCELED";
    const isTimeout = error.code === "ECONNABORTED" || error.code === "ETIMEDOUT";
    const reason = isAborted ? "aborted" : isTimeout ? "timed out" : `${error.code ?? "network error"}: ${error.message}`;
    return new ZaloNetworkError(method, redactToken(reason, token), { isAborted, isTimeout });
  }
  return new ZaloNetworkError(method, redactToken(error instanceof Error ? error.message : String(error), token));
}
