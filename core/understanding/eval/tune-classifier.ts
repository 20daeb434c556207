/**
 * Chooses the classifier's mixing weights on TRAIN only (the TEST split is never read here).
 * The ranking figure is "dev": fit on rounds 1–3, measure round 4 — wording the cue lexicon was
 * never refined on, so it shows how much to trust the lexicon against the learned part.
 * 5-fold cross-validation on rounds 1–3 is printed beside it; it favours the lexicon, whose cues
 * were written from those very errors. `--errors` lists the dev mistakes of the defaults.
 *
 *   npx tsx core/understanding/eval/tune-classifier.ts [--errors]
 */
import { createMessageClassifier, DEFAULT_CLASSIFIER_OPTIONS, type ClassifierOptions } from "../classify-message.ts";
import { crossValidationFolds } from "./evaluate.ts";
import { LABELLED_ROUNDS, type LabelledMessage } from "./labelled-messages.ts";

const fitRounds = LABELLED_ROUNDS.roundsOneToThree;
const devRound = LABELLED_ROUNDS.roundFour;
const folds = crossValidationFolds(fitRounds, 5);

interface Accuracy {
  kind: number;
  category: number;
}

function measure(
  pairs: ReadonlyArray<readonly [training: readonly LabelledMessage[], heldOut: readonly LabelledMessage[]]>,
  options: ClassifierOptions,
  onError?: (message: LabelledMessage, got: string) => void,
): Accuracy {
  let kindHits = 0;
  let categoryHits = 0;
  let total = 0;
  for (const [training, heldOut] of pairs) {
    const classifier = createMessageClassifier(training, options);
    for (const message of heldOut) {
      const result = classifier.classify(message.text);
      kindHits += result.kind === message.kind ? 1 : 0;
      categoryHits += result.categoryCode === message.category ? 1 : 0;
      total += 1;
      if (result.categoryCode !== message.category) onError?.(message, result.categoryCode);
    }
  }
  return { kind: kindHits / total, category: categoryHits / total };
}

const devPairs = [[fitRounds, devRound]] as const;
const cvPairs = folds.map((heldOut, index) => [folds.filter((_, other) => other !== index).flat(), heldOut] as const);
const format = (accuracy: Accuracy) => `kind ${(accuracy.kind * 100).toFixed(1)}%  category ${(accuracy.category * 100).toFixed(1)}%`;

if (process.argv.includes("--errors")) {
  measure(devPairs, DEFAULT_CLASSIFIER_OPTIONS, (message, got) => console.log(`  ${message.category} → ${got}: ${message.text}`));
} else {
  const results: Array<{ options: ClassifierOptions; dev: Accuracy }> = [];
  for (const alpha of [0.1, 0.3, 1]) {
    for (const kindNaiveBayesWeight of [0.25, 0.5, 1]) {
      for (const topicCueWeight of [0.5, 1]) {
        for (const statementPenalty of [1, 2, 4]) {
          for (const categoryNaiveBayesWeight of [0.1, 0.25, 0.5, 1]) {
            const options = { alpha, kindNaiveBayesWeight, kindCueWeight: 1, topicCueWeight, statementPenalty, categoryNaiveBayesWeight, categoryCueWeight: 1 };
            results.push({ options, dev: measure(devPairs, options) });
          }
        }
      }
    }
  }
  results.sort((left, right) => right.dev.category + right.dev.kind - (left.dev.category + left.dev.kind));
  for (const result of results.slice(0, 10)) console.log(`${JSON.stringify(result.options).padEnd(60)} dev ${format(result.dev)}`);
}
console.log(`defaults ${JSON.stringify(DEFAULT_CLASSIFIER_OPTIONS)}`);
console.log(`  dev (fit rounds 1–3, measure round 4): ${format(measure(devPairs, DEFAULT_CLASSIFIER_OPTIONS))}`);
console.log(`  5-fold CV on rounds 1–3:               ${format(measure(cvPairs, DEFAULT_CLASSIFIER_OPTIONS))}`);
