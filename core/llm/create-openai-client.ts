/**
 * The one place LangNghe builds an `openai` client and turns its errors into fallback reasons.
 * Used only when OPENAI_BASE_URL and OPENAI_MODEL are set; nothing here is needed offline.
 */
import OpenAI from "openai";
import { ModelFallbackError, type FallbackReason } from "./model-fallback.ts";

/** What config.openai holds (see core/config/config.ts), plus tuning with safe defaults. */
export interface OpenAISettings {
  baseUrl: string;
  apiKey: string;
  model: string;
  /** Per request, in milliseconds (default 4000): a citizen must never wait on the model. */
  timeoutMs?: number;
  /** Speech-to-text model for voice notes (default "whisper-1"). */
  transcriptionModel?: string;
  /** "json_schema" (strict structured output, default) or "json_object" for servers without it. */
  responseFormat?: "json_schema" | "json_object";
  /** Sampling temperature; not sent when absent (some models accept only their default). */
  temperature?: number;
  /** Consecutive time-outs/429/5xx before the model is skipped for a while (default 3). */
  failureThreshold?: number;
  /** How long the model is skipped after that, in milliseconds (default 60000). */
  cooldownMs?: number;
}

/** Default per-request time limit. */
export const DEFAULT_MODEL_TIMEOUT_MS = 4_000;

/**
 * A client with no retries (a retry would double the citizen's wait; the baseline is the retry)
 * and the time limit applied by the client itself.
 */
export function createOpenAIClient(settings: OpenAISettings): OpenAI {
  return new OpenAI({
    baseURL: settings.baseUrl,
    apiKey: settings.apiKey,
    maxRetries: 0,
    timeout: settings.timeoutMs ?? DEFAULT_MODEL_TIMEOUT_MS,
  });
}

/** The fallback reason for anything a model call threw. */
export function fallbackReasonOf(error: unknown): FallbackReason {
  if (error instanceof ModelFallbackError) return error.reason;
  if (error instanceof OpenAI.APIConnectionTimeoutError || error instanceof OpenAI.APIUserAbortError) return "timeout";
  if (error instanceof Error && (error.name === "AbortError" || error.name === "TimeoutError")) return "timeout";
  if (error instanceof OpenAI.RateLimitError) return "rate_limited";
  if (error instanceof OpenAI.InternalServerError) return "server_error";
  if (error instanceof OpenAI.APIConnectionError) return "network_error";
  if (error instanceof OpenAI.APIError) return typeof error.status === "number" && error.status >= 500 ? "server_error" : "http_error";
  return "network_error";
}

/** A short, text-free description of an error for logs (never the citizen's message). */
export function describeModelError(error: unknown): string {
  if (error instanceof OpenAI.APIError) return `${error.constructor.name}${error.status === undefined ? "" : ` ${error.status}`}`;
  if (error instanceof Error) return error.name === "Error" ? error.message.slice(0, 120) : error.name;
  return typeof error;
}
