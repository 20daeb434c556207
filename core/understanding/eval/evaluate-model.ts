/**
 * Measures the understanding service with the optional model on labelled messages: kind and
 * category accuracy of what the service returned (model answers and baseline fallbacks alike),
 * urgency recall (baseline detector OR the model's flag) and how often the model answer was used.
 * Only `npm run eval` calls it, and only when OPENAI_BASE_URL and OPENAI_MODEL are set.
 */
import type { FallbackReason } from "../../llm/model-fallback.ts";
import type { UnderstandingService } from "../create-understanding-service.ts";
import type { LabelledMessage } from "./labelled-messages.ts";
import type { Rate } from "./evaluate.ts";

/** The figures of one model evaluation. */
export interface ModelEvaluationReport {
  messageCount: number;
  kindAccuracy: Rate;
  categoryAccuracy: Rate;
  emergencyRecall: Rate;
  emergencyFalseAlarmRate: Rate;
  /** Messages where the model's answer was used (the rest fell back to the baseline). */
  modelAnswerRate: Rate;
  fallbacks: Partial<Record<FallbackReason, number>>;
  misclassified: Array<{ text: string; expected: string; predicted: string; method: string }>;
}

const rate = (hits: number, total: number): Rate => ({ hits, total, rate: total === 0 ? 1 : hits / total });

/** Runs the messages one by one (a model endpoint is rate-limited) and reports progress. */
export async function evaluateWithModel(
  messages: readonly LabelledMessage[],
  service: UnderstandingService,
  onProgress?: (done: number, total: number) => void,
): Promise<ModelEvaluationReport> {
  let kindHits = 0, categoryHits = 0, emergencyHits = 0, emergencyTotal = 0, alarms = 0, modelAnswers = 0;
  const fallbacks: Partial<Record<FallbackReason, number>> = {};
  const misclassified: ModelEvaluationReport["misclassified"] = [];
  for (const [index, message] of messages.entries()) {
    const result = await service.understand(message.text, { channel: "telegram" });
    if (result.method === "model") modelAnswers += 1;
    if (result.fallbackReason) fallbacks[result.fallbackReason] = (fallbacks[result.fallbackReason] ?? 0) + 1;
    kindHits += result.kind === message.kind ? 1 : 0;
    if (result.categoryCode === message.category) categoryHits += 1;
    else misclassified.push({ text: message.text, expected: message.category, predicted: result.categoryCode, method: result.method });
    if (message.isEmergency) {
      emergencyTotal += 1;
      emergencyHits += result.isUrgent ? 1 : 0;
    } else if (result.isUrgent) alarms += 1;
    onProgress?.(index + 1, messages.length);
  }
  return {
    messageCount: messages.length,
    kindAccuracy: rate(kindHits, messages.length),
    categoryAccuracy: rate(categoryHits, messages.length),
    emergencyRecall: rate(emergencyHits, emergencyTotal),
    emergencyFalseAlarmRate: rate(alarms, messages.length - emergencyTotal),
    modelAnswerRate: rate(modelAnswers, messages.length),
    fallbacks,
    misclassified,
  };
}
