/**
 * Counters of the understanding service for the metrics page and logs: how often the model was
 * asked, how often its answer was used, and why it was not (by fallback reason).
 */
import { FALLBACK_REASONS, type FallbackReason } from "../llm/model-fallback.ts";

/** Fallback counts for one kind of model call. */
export type FallbackCounts = Record<FallbackReason, number>;

/** A snapshot of the counters (plain data, safe to serialise). */
export interface UnderstandingMetrics {
  /** Messages understood, by the method that decided. */
  understood: { baseline: number; model: number };
  /** Classification requests sent to the model, and their fallbacks by reason. */
  modelCalls: number;
  fallbacks: FallbackCounts;
  /** Officer reply drafts, by method, and the model's fallbacks. */
  drafts: { baseline: number; model: number };
  draftFallbacks: FallbackCounts;
  /** Voice notes sent for transcription, transcribed, and failures by reason. */
  transcriptionCalls: number;
  transcribed: number;
  transcriptionFallbacks: FallbackCounts;
  /** Latency of classification calls that answered (used or not), in milliseconds. */
  modelLatencyMs: { count: number; total: number; max: number };
}

const zeroCounts = (): FallbackCounts => Object.fromEntries(FALLBACK_REASONS.map((reason) => [reason, 0])) as FallbackCounts;

/** Fresh counters, all zero. */
export function createUnderstandingMetrics(): UnderstandingMetrics {
  return {
    understood: { baseline: 0, model: 0 },
    modelCalls: 0,
    fallbacks: zeroCounts(),
    drafts: { baseline: 0, model: 0 },
    draftFallbacks: zeroCounts(),
    transcriptionCalls: 0,
    transcribed: 0,
    transcriptionFallbacks: zeroCounts(),
    modelLatencyMs: { count: 0, total: 0, max: 0 },
  };
}

/** A deep copy, so callers cannot change the live counters. */
export function snapshotMetrics(metrics: UnderstandingMetrics): UnderstandingMetrics {
  return structuredClone(metrics);
}
