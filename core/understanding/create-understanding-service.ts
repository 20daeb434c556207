/**
 * The understanding service the bots and the admin panel use: the offline baseline always, the
 * optional model on top when OPENAI_BASE_URL / OPENAI_MODEL are configured. Build it once in the
 * composition root:
 *
 *   const understanding = createUnderstandingService({ faqEntries, wards, openai: config.openai, logger, clock });
 *   const result = await understanding.understand(text, { channel: "telegram" });
 *
 * Whatever the model does (time-out, 429, 500, refusal, invalid or out-of-list answer), the
 * citizen gets the baseline's answer at once; the fallback shows in the logs and in `metrics()`.
 * The model only ever picks labels from closed lists; it never routes, acts or sees other tickets.
 */
import type OpenAI from "openai";
import { createCircuitBreaker } from "../llm/circuit-breaker.ts";
import { createOpenAIClient, type OpenAISettings } from "../llm/create-openai-client.ts";
import { ModelFallbackError, type FallbackReason } from "../llm/model-fallback.ts";
import { systemClock, type Clock } from "../time/clock.ts";
import type { MessageClassifier } from "./classify-message.ts";
import { classifyWithModel, type ModelClassification } from "./model/classify-with-model.ts";
import { draftReplyWithModel, templateDraft, type FaqContextEntry } from "./model/draft-reply.ts";
import { transcribeWithModel } from "./model/transcribe-audio.ts";
import { createGazetteer, type Gazetteer, type GazetteerWard } from "./place-gazetteer.ts";
import { createFaqIndex, type FaqEntryInput, type FaqIndex } from "./search-faq.ts";
import { createUnderstandingMetrics, snapshotMetrics, type UnderstandingMetrics } from "./understanding-metrics.ts";
import { understandMessage, type MessageUnderstanding } from "./understand-message.ts";

/** The few logger methods the service uses (a pino logger fits). Message text is never logged. */
export interface UnderstandingLogger {
  info(details: Record<string, unknown>, message: string): void;
  warn(details: Record<string, unknown>, message: string): void;
}

/** What the service is built from. */
export interface UnderstandingServiceOptions {
  faqEntries: readonly FaqEntryInput[];
  wards: readonly GazetteerWard[];
  /** config.openai; absent: baseline only. */
  openai?: OpenAISettings | undefined;
  logger?: UnderstandingLogger;
  clock?: Clock;
  /** Defaults to the baseline classifier trained on our labelled messages. */
  classifier?: MessageClassifier;
}

/** Where the message came from (counted in logs; routing rules may depend on it). */
export interface UnderstandOptions {
  channel: "telegram" | "zalo";
}

/** What the service understood: the baseline's fields, decided by the model when it answered well. */
export interface ServiceUnderstanding extends Omit<MessageUnderstanding, "method"> {
  method: "baseline" | "model";
  /** Set when the model was asked and its answer was not used. */
  fallbackReason?: FallbackReason;
}

/** An FAQ search result with the entry's question for display. */
export interface FaqSearchResult {
  slug: string;
  score: number;
  question: string;
  categoryCode: string | null;
}

/** A reply draft for an officer to edit. */
export interface ReplyDraft {
  text: string;
  method: "baseline" | "model";
  fallbackReason?: FallbackReason;
}

/** A transcribed voice note, or why there is no text (then an officer listens to it). */
export type Transcription =
  | { text: string; method: "model" }
  | { text: null; method: "none"; fallbackReason: FallbackReason | "not_configured" };

/** The service: build once, share. */
export interface UnderstandingService {
  readonly isModelConfigured: boolean;
  /** True while the model is skipped after repeated time-outs, 429s or 5xx. */
  isModelPaused(): boolean;
  readonly gazetteer: Gazetteer;
  /** The current FAQ index (replaced by updateFaqEntries). */
  readonly faqIndex: FaqIndex;
  /** Re-indexes the FAQ after officers publish or edit entries; counters and model state are kept. */
  updateFaqEntries(entries: readonly FaqEntryInput[]): void;
  understand(text: string, options: UnderstandOptions): Promise<ServiceUnderstanding>;
  searchFaq(query: string, options?: { limit?: number }): FaqSearchResult[];
  draftReply(ticketText: string, faqContext: readonly FaqContextEntry[]): Promise<ReplyDraft>;
  transcribeAudio(bytes: Uint8Array, mime: string): Promise<Transcription>;
  metrics(): UnderstandingMetrics;
}

/** The baseline's understanding with the model's validated labels on top. */
function mergeModelAnswer(baseline: MessageUnderstanding, answer: ModelClassification, wards: ReadonlyMap<string, GazetteerWard>, model: string): ServiceUnderstanding {
  const modelWard = answer.wardCode === null ? undefined : wards.get(answer.wardCode);
  const usesModelWard = baseline.wardCode === null && modelWard !== undefined;
  const isUrgent = baseline.isUrgent || answer.isEmergency;
  return {
    ...baseline,
    kind: answer.kind,
    categoryCode: answer.categoryCode,
    confidence: Math.round(answer.confidence * 1000) / 1000,
    wardCode: usesModelWard ? modelWard.code : baseline.wardCode,
    stationUnitCode: usesModelWard ? modelWard.stationUnitCode : baseline.stationUnitCode,
    isUrgent,
    hotlines: isUrgent && baseline.hotlines.length === 0 ? ["113"] : baseline.hotlines,
    method: "model",
    reasons: [
      `model:${model}`,
      `model-category:${answer.categoryCode}`,
      `baseline-category:${baseline.categoryCode}`,
      ...(answer.isEmergency && !baseline.isUrgent ? ["model-emergency"] : []),
      ...(usesModelWard ? [`model-place:${modelWard.code}`] : []),
      ...baseline.reasons.filter((reason) => reason.startsWith("emergency:") || reason.startsWith("place:")),
    ],
  };
}

/** Builds the service. Cheap to call once at start-up (indexes and the classifier are built here). */
export function createUnderstandingService(options: UnderstandingServiceOptions): UnderstandingService {
  const gazetteer = createGazetteer(options.wards);
  let faqIndex = createFaqIndex(options.faqEntries);
  let faqBySlug = new Map(options.faqEntries.map((entry) => [entry.slug, entry]));
  const wardsByCode = new Map(options.wards.map((ward) => [ward.code, ward]));
  const clock = options.clock ?? systemClock;
  const logger = options.logger;
  /** Switched to "json_object" when the endpoint rejects json_schema with a 400 (older servers). */
  let settings = options.openai;
  const client: OpenAI | undefined = settings ? createOpenAIClient(settings) : undefined;
  const metrics = createUnderstandingMetrics();
  const breaker = createCircuitBreaker(clock, {
    ...(settings?.failureThreshold !== undefined && { failureThreshold: settings.failureThreshold }),
    ...(settings?.cooldownMs !== undefined && { cooldownMs: settings.cooldownMs }),
  });
  const dependencies = () => ({ gazetteer, faqIndex, ...(options.classifier && { classifier: options.classifier }) });

  const reasonOf = (error: unknown): FallbackReason => (error instanceof ModelFallbackError ? error.reason : "network_error");

  async function understand(text: string, understandOptions: UnderstandOptions): Promise<ServiceUnderstanding> {
    const baseline = understandMessage(text, dependencies());
    if (!client || !settings) {
      metrics.understood.baseline += 1;
      return baseline;
    }
    if (!breaker.canCall()) {
      metrics.fallbacks.circuit_open += 1;
      metrics.understood.baseline += 1;
      return { ...baseline, fallbackReason: "circuit_open", reasons: [...baseline.reasons, "model-fallback:circuit_open"] };
    }
    metrics.modelCalls += 1;
    const startedAt = clock.now().getTime();
    try {
      const answer = await classifyWithModel(text, { client, settings, wards: options.wards });
      const latencyMs = clock.now().getTime() - startedAt;
      metrics.modelLatencyMs.count += 1;
      metrics.modelLatencyMs.total += latencyMs;
      metrics.modelLatencyMs.max = Math.max(metrics.modelLatencyMs.max, latencyMs);
      metrics.understood.model += 1;
      breaker.recordSuccess();
      return mergeModelAnswer(baseline, answer, wardsByCode, settings.model);
    } catch (error) {
      const fallbackReason = reasonOf(error);
      metrics.fallbacks[fallbackReason] += 1;
      metrics.understood.baseline += 1;
      breaker.recordFailure(fallbackReason);
      if (error instanceof ModelFallbackError && error.status === 400 && (settings.responseFormat ?? "json_schema") === "json_schema") {
        settings = { ...settings, responseFormat: "json_object" };
        logger?.warn({ event: "understanding.model_response_format", responseFormat: "json_object" }, "endpoint rejected json_schema; asking for json_object from now on");
      }
      if (breaker.isOpen()) logger?.warn({ event: "understanding.model_paused", fallbackReason }, "model skipped for a while after repeated failures");
      logger?.warn(
        { event: "understanding.model_fallback", fallbackReason, detail: error instanceof Error ? error.message : String(error), channel: understandOptions.channel, latencyMs: clock.now().getTime() - startedAt },
        "model answer not used, baseline classification kept",
      );
      return { ...baseline, fallbackReason, reasons: [...baseline.reasons, `model-fallback:${fallbackReason}`] };
    }
  }

  function searchFaq(query: string, searchOptions: { limit?: number } = {}): FaqSearchResult[] {
    return faqIndex.search(query, { limit: searchOptions.limit ?? 5 }).map((match) => ({
      slug: match.slug,
      score: match.score,
      question: faqBySlug.get(match.slug)?.question ?? match.slug,
      categoryCode: faqBySlug.get(match.slug)?.categoryCode ?? null,
    }));
  }

  async function draftReply(ticketText: string, faqContext: readonly FaqContextEntry[]): Promise<ReplyDraft> {
    if (!client || !settings) {
      metrics.drafts.baseline += 1;
      return { text: templateDraft(faqContext), method: "baseline" };
    }
    try {
      const text = await draftReplyWithModel(ticketText, faqContext, client, settings);
      metrics.drafts.model += 1;
      return { text, method: "model" };
    } catch (error) {
      const fallbackReason = reasonOf(error);
      metrics.draftFallbacks[fallbackReason] += 1;
      metrics.drafts.baseline += 1;
      logger?.warn({ event: "understanding.draft_fallback", fallbackReason }, "model draft not used, template draft given");
      return { text: templateDraft(faqContext), method: "baseline", fallbackReason };
    }
  }

  async function transcribeAudio(bytes: Uint8Array, mime: string): Promise<Transcription> {
    if (!client || !settings) return { text: null, method: "none", fallbackReason: "not_configured" };
    metrics.transcriptionCalls += 1;
    try {
      const text = await transcribeWithModel(bytes, mime, client, settings);
      metrics.transcribed += 1;
      return { text, method: "model" };
    } catch (error) {
      const fallbackReason = reasonOf(error);
      metrics.transcriptionFallbacks[fallbackReason] += 1;
      logger?.warn({ event: "understanding.transcription_failed", fallbackReason, bytes: bytes.byteLength }, "voice note not transcribed");
      return { text: null, method: "none", fallbackReason };
    }
  }

  return {
    isModelConfigured: client !== undefined,
    isModelPaused: () => breaker.isOpen(),
    gazetteer,
    get faqIndex() {
      return faqIndex;
    },
    updateFaqEntries(entries) {
      faqIndex = createFaqIndex(entries);
      faqBySlug = new Map(entries.map((entry) => [entry.slug, entry]));
    },
    understand,
    searchFaq,
    draftReply,
    transcribeAudio,
    metrics: () => snapshotMetrics(metrics),
  };
}
