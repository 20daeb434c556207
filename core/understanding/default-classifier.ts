/**
 * The baseline's learned parts the product uses: the classifier and the emergency scorer, trained
 * on the TRAIN split of our labelled messages (eval/labelled-messages.ts), each built once on
 * first use, deterministic. The TEST split is never used here, so `npm run eval` measures it honestly.
 */
import { createMessageClassifier, type Classification, type MessageClassifier } from "./classify-message.ts";
import { createEmergencyScorer, type EmergencyScorer } from "./emergency-scorer.ts";
import { LABELLED_MESSAGES } from "./eval/labelled-messages.ts";
import { fitFoldedRootDisambiguator, type FoldedRootDisambiguator } from "./folded-root-disambiguator.ts";

let cachedClassifier: MessageClassifier | undefined;
let cachedEmergencyScorer: EmergencyScorer | undefined;
let cachedDisambiguator: FoldedRootDisambiguator | undefined;

let trainingMessages: readonly (typeof LABELLED_MESSAGES)[number][] | undefined;

/** One array for both learned parts, so they share one fit of the feature space (text-features.ts). */
function trainingSplit() {
  trainingMessages ??= LABELLED_MESSAGES.filter((message) => message.split === "train");
  return trainingMessages;
}

/** The shared baseline classifier (built lazily, then reused). */
export function defaultClassifier(): MessageClassifier {
  cachedClassifier ??= createMessageClassifier(trainingSplit());
  return cachedClassifier;
}

/** The shared learned emergency scorer (built lazily, then reused); detectEmergency uses it. */
export function defaultEmergencyScorer(): EmergencyScorer {
  cachedEmergencyScorer ??= createEmergencyScorer(trainingSplit());
  return cachedEmergencyScorer;
}

/** The shared reader of ambiguous folded danger roots (built lazily, then reused); detectEmergency uses it. */
export function defaultFoldedRootDisambiguator(): FoldedRootDisambiguator {
  cachedDisambiguator ??= fitFoldedRootDisambiguator(trainingSplit());
  return cachedDisambiguator;
}

/**
 * Classifies one message with the baseline classifier: kind, category, confidence and the
 * features that decided. `classifyMessage("lam cccd o dau")` → question / question.identity.
 */
export function classifyMessage(text: string): Classification {
  return defaultClassifier().classify(text);
}
