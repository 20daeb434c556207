/**
 * The learned half of the category step: softmax logistic regression over TF-IDF of folded
 * syllables, bigrams and character 3–5-grams (text-features.ts), fitted on labelled messages.
 * classify-message.ts mixes its log-probabilities with naive Bayes and the cue lexicon.
 */
import { CATEGORY_CODES, type CategoryCode } from "./categories.ts";
import { logisticProbabilities, trainLogistic, type LogisticOptions } from "./logistic-regression.ts";
import { DEFAULT_FEATURE_OPTIONS, fitTextFeatures, type FeatureOptions, type TokenizedText } from "./text-features.ts";

/** Feature and training settings of the category model (chosen leave-one-round-out, eval/README.md). */
export interface CategoryLogisticOptions {
  features: FeatureOptions;
  training: LogisticOptions;
}

export const DEFAULT_CATEGORY_LOGISTIC_OPTIONS: CategoryLogisticOptions = {
  features: DEFAULT_FEATURE_OPTIONS,
  // A fixed prior intercept (the class frequencies) measured 0.6 points better than a uniform one
  // leave-one-round-out; greetings stay unsure through the classifier's confidence temperature.
  training: { epochs: 3, learningRate: 0.5, l2: 1, seed: 7, bias: "prior" },
};

/** P(category | message) for every code, in CATEGORY_CODES order. */
export type CategoryProbabilities = (message: TokenizedText) => Float64Array;

/**
 * Fits the category model on `messages` (their syllables from `tokenized`, same order);
 * deterministic.
 */
export function fitCategoryLogistic(
  messages: ReadonlyArray<{ category: CategoryCode }>,
  tokenized: () => readonly TokenizedText[],
  options: CategoryLogisticOptions = DEFAULT_CATEGORY_LOGISTIC_OPTIONS,
): CategoryProbabilities {
  const features = fitTextFeatures(messages, tokenized, options.features);
  const model = trainLogistic(
    CATEGORY_CODES,
    features.featureCount,
    features.trainingVectors.map((vector, index) => ({ vector, label: CATEGORY_CODES.indexOf(messages[index]?.category ?? "tip.other") })),
    options.training,
  );
  return (message) => logisticProbabilities(model, features.vectorize(message));
}
