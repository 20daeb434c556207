import { understandMessage, type ServiceUnderstanding } from "../../core/understanding/index.ts";
import type { TTurn } from "./turn.ts";

/**
 * Thrown inside a turn's transaction when a step needs the model's reading of a text the turn has
 * not been given: handleInboundEvent rolls the turn back, asks the model with no transaction or
 * connection held, and runs the turn again with the answer. The update itself is already stored
 * (InboundUpdate), so the round trip loses nothing whatever the model does.
 */
export class ModelUnderstandingNeeded extends Error {
  constructor(readonly text: string) {
    super("the model's understanding of this text is needed before the turn");
    this.name = "ModelUnderstandingNeeded";
  }
}

/**
 * What a citizen's text means (kind, category, place, FAQ matches): the model's answer fetched
 * before this turn when the model is configured, else the offline baseline. Steps call this rather
 * than the classifier, so chat and /api/classify understand a message the same way.
 *
 * `whenUnknown: "baseline"` is for answers that must not wait (emergencies): the model's answer is
 * used when the turn already has it, never fetched.
 */
export function understandText(turn: TTurn, text: string, options: { whenUnknown?: "model" | "baseline" } = {}): ServiceUnderstanding {
  const known = turn.understood?.get(text);
  if (known) return known;
  const service = turn.understanding.service;
  const mayAsk = options.whenUnknown !== "baseline" && turn.mayAskModel === true;
  if (mayAsk && service.isModelConfigured && !service.isModelPaused()) throw new ModelUnderstandingNeeded(text);
  return understandMessage(text, { gazetteer: turn.understanding.gazetteer, faqIndex: turn.understanding.faqIndex });
}
