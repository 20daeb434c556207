/**
 * Why an answer from the optional model was not used. Every model call in LangNghe either
 * returns a validated answer or throws {@link ModelFallbackError} with one of these reasons; the
 * caller then uses the offline baseline (silently for the citizen, visibly in logs and metrics).
 */

/** The reasons a model answer was discarded, in the order they are checked. */
export const FALLBACK_REASONS = [
  "timeout",
  "rate_limited",
  "server_error",
  "http_error",
  "network_error",
  "refusal",
  "truncated",
  "empty_answer",
  "invalid_json",
  "invalid_output",
  "out_of_list",
  "circuit_open",
] as const;

/** One reason a model answer was discarded. */
export type FallbackReason = (typeof FALLBACK_REASONS)[number];

/** Thrown by the model adapters; carries the reason for logs and metrics, never shown to citizens. */
export class ModelFallbackError extends Error {
  constructor(
    readonly reason: FallbackReason,
    detail: string,
    /** The HTTP status when the endpoint answered with an error. */
    readonly status?: number,
  ) {
    super(`${reason}: ${detail}`);
    this.name = "ModelFallbackError";
  }
}
