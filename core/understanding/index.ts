/**
 * Understanding citizens' messages: normalisation, personal data, emergencies, places,
 * classification and FAQ search — pure, offline, deterministic — and the service that adds the
 * optional model on top (createUnderstandingService). Import from here.
 */
export { CATEGORY_CODES, MESSAGE_KINDS, isCategoryCode, kindOfCategory, type CategoryCode, type MessageKind } from "./categories.ts";
export {
  createMessageClassifier,
  DEFAULT_CLASSIFIER_OPTIONS,
  type Classification,
  type ClassifierOptions,
  type MessageClassifier,
  type TrainingMessage,
} from "./classify-message.ts";
export { classifyMessage, defaultClassifier } from "./default-classifier.ts";
export { detectEmergency, type EmergencyAssessment, type Hotline } from "./detect-emergency.ts";
export { detectPii, maskPii, normalizePhone, PII_MASKS, type PiiKind, type PiiMatch } from "./detect-pii.ts";
export {
  expandAbbreviations,
  foldForMatching,
  normalizeText,
  stripDiacritics,
  toBigrams,
  tokenizeSyllables,
  toTerms,
} from "./normalize-text.ts";
export { createGazetteer, type Gazetteer, type GazetteerWard, type PlaceMatch } from "./place-gazetteer.ts";
export {
  createFaqIndex,
  DEFAULT_FAQ_CONFIDENCE,
  isConfident,
  type FaqConfidenceThresholds,
  type FaqEntryInput,
  type FaqIndex,
  type FaqMatch,
} from "./search-faq.ts";
export {
  MINIMUM_PLACE_SCORE,
  understandMessage,
  type MessageUnderstanding,
  type UnderstandMessageDependencies,
} from "./understand-message.ts";
export {
  createUnderstandingService,
  type FaqSearchResult,
  type ReplyDraft,
  type ServiceUnderstanding,
  type Transcription,
  type UnderstandingLogger,
  type UnderstandingService,
  type UnderstandingServiceOptions,
  type UnderstandOptions,
} from "./create-understanding-service.ts";
export type { FaqContextEntry } from "./model/draft-reply.ts";
export type { UnderstandingMetrics } from "./understanding-metrics.ts";
export { FALLBACK_REASONS, type FallbackReason } from "../llm/model-fallback.ts";
export type { OpenAISettings } from "../llm/create-openai-client.ts";
