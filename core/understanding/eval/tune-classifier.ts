/**
 * Chooses the classifier's mixing weights by 5-fold cross-validation on the TRAIN split only
 * (the TEST split is never read here). Prints the grid, best first, and with `--errors` the
 * held-out mistakes of the current defaults.
 *
 *   npx tsx core/understanding/eval/tune-classifier.ts [--errors]
 */
import { createMessageClassifier, DEFAULT_CLASSIFIER_OPTIONS, type ClassifierOptions } from "../classify-message.ts";
import { crossValidationFolds } from "./evaluate.ts";
import { LABELLED_MESSAGES } from "./labelled-messages.ts";

const train = LABELLED_MESSAGES.filter((message) => message.split === "train");
const folds = crossValidationFolds(train, 5);

function crossValidate(options: ClassifierOptions, onError?: (text: string, expected: string, got: string) => void) {
  let kindHits = 0;
  let categoryHits = 0;
  folds.forEach((heldOut, index) => {
    const classifier = createMessageClassifier(folds.filter((_, other) => other !== index).flat(), options);
    for (const message of heldOut) {
      const result = classifier.classify(message.text);
      kindHits += result.kind === message.kind ? 1 : 0;
      categoryHits += result.categoryCode === message.category ? 1 : 0;
      if (result.categoryCode !== message.category) onError?.(message.text, message.category, result.categoryCode);
    }
  });
  return { kind: kindHits / train.length, category: categoryHits / train.length };
}

const isGrid = !process.argv.includes("--errors");
const results: Array<{ options: ClassifierOptions; kind: number; category: number }> = [];
for (const alpha of isGrid ? [0.3] : []) {
  for (const kindNaiveBayesWeight of [0.25, 0.5, 1]) {
    for (const kindCueWeight of [1, 2, 3]) {
      for (const topicCueWeight of [0.5, 1]) {
        for (const statementPenalty of [0, 1, 2, 4]) {
          for (const categoryNaiveBayesWeight of [0, 0.1, 0.25]) {
            const options = { alpha, kindNaiveBayesWeight, kindCueWeight, topicCueWeight, statementPenalty, categoryNaiveBayesWeight, categoryCueWeight: 1 };
            results.push({ options, ...crossValidate(options) });
          }
        }
      }
    }
  }
}
results.sort((left, right) => right.category + right.kind - (left.category + left.kind));
for (const result of results.slice(0, 15)) {
  console.log(`${JSON.stringify(result.options).padEnd(60)} kind ${(result.kind * 100).toFixed(1)}%  category ${(result.category * 100).toFixed(1)}%`);
}
const current = crossValidate(DEFAULT_CLASSIFIER_OPTIONS, process.argv.includes("--errors") ? (text, expected, got) => console.log(`  ${expected} → ${got}: ${text}`) : undefined);
console.log(`defaults ${JSON.stringify(DEFAULT_CLASSIFIER_OPTIONS)}: kind ${(current.kind * 100).toFixed(1)}%  category ${(current.category * 100).toFixed(1)}%`);
