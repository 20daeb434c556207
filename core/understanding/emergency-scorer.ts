/**
 * The learned layer of emergency detection: logistic regression over TF-IDF of folded syllables,
 * bigrams and character 3–5-grams, fitted on labelled messages (isEmergency), giving P(emergency).
 * detect-emergency.ts ORs it with the rules and cue phrases: the rules name what their authors
 * thought of, the scorer generalises from every emergency the labelled rounds describe (a petrol
 * can under a lodging, a newborn left at a dump, a body in a pond), so a message is urgent when
 * either says so. It never silences the rules.
 */
import { logisticProbabilities, trainLogistic, type LogisticOptions } from "./logistic-regression.ts";
import { tokenizeSyllables } from "./normalize-text.ts";
import { DEFAULT_FEATURE_OPTIONS, fitTextFeatures, type FeatureOptions } from "./text-features.ts";

/** A labelled message the scorer learns from. */
export interface EmergencyTrainingMessage {
  text: string;
  isEmergency: boolean;
}

/** Scores one message: P(emergency), 0..1. */
export interface EmergencyScorer {
  score(text: string): number;
}

/** Feature and training settings (chosen leave-one-round-out, eval/README.md). */
export interface EmergencyScorerOptions {
  features: FeatureOptions;
  training: LogisticOptions;
}

export const DEFAULT_EMERGENCY_SCORER_OPTIONS: EmergencyScorerOptions = {
  features: DEFAULT_FEATURE_OPTIONS,
  training: { epochs: 3, learningRate: 0.5, l2: 1, seed: 7, bias: "prior" },
};

/**
 * At or above this score the scorer alone makes a message urgent. Chosen leave-one-round-out:
 * every held-out emergency of rounds 1–6 was caught from 0.4 down; 0.3 leaves a margin for new
 * wording at about one more false alarm per hundred calm messages (eval/README.md).
 */
export const EMERGENCY_SCORE_THRESHOLD = 0.3;

/** Fits the scorer; deterministic (same messages, same scores). */
export function createEmergencyScorer(
  training: readonly EmergencyTrainingMessage[],
  options: EmergencyScorerOptions = DEFAULT_EMERGENCY_SCORER_OPTIONS,
): EmergencyScorer {
  const features = fitTextFeatures(
    training,
    () => training.map((message) => ({ syllables: tokenizeSyllables(message.text), text: message.text })),
    options.features,
  );
  const model = trainLogistic(
    ["calm", "emergency"],
    features.featureCount,
    features.trainingVectors.map((vector, index) => ({ vector, label: training[index]?.isEmergency ? 1 : 0 })),
    options.training,
  );
  return { score: (text) => logisticProbabilities(model, features.vectorize({ syllables: tokenizeSyllables(text), text }))[1] ?? 0 };
}
