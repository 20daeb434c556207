/**
 * The baseline classifier the product uses: trained on the TRAIN split of our labelled
 * messages (eval/labelled-messages.ts), built once on first use, deterministic.
 * The TEST split is never used here, so `npm run eval` measures it honestly.
 */
import { createMessageClassifier, type Classification, type MessageClassifier } from "./classify-message.ts";
import { LABELLED_MESSAGES } from "./eval/labelled-messages.ts";

let cachedClassifier: MessageClassifier | undefined;

/** The shared baseline classifier (built lazily, then reused). */
export function defaultClassifier(): MessageClassifier {
  cachedClassifier ??= createMessageClassifier(LABELLED_MESSAGES.filter((message) => message.split === "train"));
  return cachedClassifier;
}

/**
 * Classifies one message with the baseline classifier: kind, category, confidence and the
 * features that decided. `classifyMessage("lam cccd o dau")` → question / question.identity.
 */
export function classifyMessage(text: string): Classification {
  return defaultClassifier().classify(text);
}
