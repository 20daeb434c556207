/**
 * Chooses the classifier's mixing weights on TRAIN only (a TEST split is never read here),
 * leave-one-round-out: naive Bayes and the logistic model are fitted on all TRAIN rounds but one,
 * then every weight setting is measured on the held-out round. Ranked by rounds 4–8 pooled: the
 * cue lexicon was last extended from rounds 1–3, so those rounds are wording it was not written
 * from (rounds 1–3 held out flatter the lexicon). Picking the best of a grid on the same rounds
 * is itself a little optimistic; prefer a setting whose neighbours score alike.
 * `--errors` lists the held-out mistakes of the defaults; `--calibration` the held-out log-loss of
 * `confidence` (as the probability that the category is right) at several temperatures.
 *
 *   npx tsx core/understanding/eval/tune-classifier.ts [--errors | --calibration]
 */
import { DEFAULT_CLASSIFIER_OPTIONS, fitClassifierParts, type ClassifierEvidence, type ClassifierOptions, type ClassifierParts } from "../classify-message.ts";
import { TRAINING_ROUNDS, type LabelledMessage } from "./labelled-messages.ts";
import { CLEAN_ROUND_NAMES } from "./leave-one-round-out.ts";

interface HeldOut {
  name: string;
  parts: ClassifierParts;
  evidence: Array<{ message: LabelledMessage; evidence: ClassifierEvidence }>;
}

const fitted: HeldOut[] = TRAINING_ROUNDS.map((round) => {
  const training = TRAINING_ROUNDS.filter((other) => other !== round).flatMap((other) => other.messages);
  const parts = fitClassifierParts(training, DEFAULT_CLASSIFIER_OPTIONS);
  return { name: round.name, parts, evidence: round.messages.map((message) => ({ message, evidence: parts.gatherEvidence(message.text) })) };
});

interface Tally {
  total: number;
  kind: number;
  category: number;
}

function measure(heldOut: HeldOut, options: ClassifierOptions, onError?: (message: LabelledMessage, got: string) => void): Tally {
  const tally = { total: 0, kind: 0, category: 0 };
  for (const { message, evidence } of heldOut.evidence) {
    const result = heldOut.parts.decide(evidence, options, false);
    tally.total += 1;
    tally.kind += result.kind === message.kind ? 1 : 0;
    tally.category += result.categoryCode === message.category ? 1 : 0;
    if (result.categoryCode !== message.category) onError?.(message, result.categoryCode);
  }
  return tally;
}

const add = (left: Tally, right: Tally): Tally => ({ total: left.total + right.total, kind: left.kind + right.kind, category: left.category + right.category });
const format = (tally: Tally) => `kind ${((100 * tally.kind) / tally.total).toFixed(1)}% category ${((100 * tally.category) / tally.total).toFixed(1)}%`;

function report(options: ClassifierOptions): { clean: Tally; line: string } {
  const perRound = fitted.map((heldOut) => ({ name: heldOut.name, tally: measure(heldOut, options) }));
  const clean = perRound.filter((round) => CLEAN_ROUND_NAMES.includes(round.name)).reduce((sum, round) => add(sum, round.tally), { total: 0, kind: 0, category: 0 });
  return { clean, line: `rounds 4–8: ${format(clean)}   | ${perRound.map((round) => `${round.name}: ${format(round.tally)}`).join(" | ")}` };
}

function confidenceLogLoss(options: ClassifierOptions): { logLoss: number; unsure: number; total: number } {
  let loss = 0;
  let unsure = 0;
  let total = 0;
  for (const heldOut of fitted.filter((round) => CLEAN_ROUND_NAMES.includes(round.name))) {
    for (const { message, evidence } of heldOut.evidence) {
      const result = heldOut.parts.decide(evidence, options, false);
      const probability = Math.min(Math.max(result.confidence, 1e-4), 1 - 1e-4);
      loss -= Math.log(result.categoryCode === message.category ? probability : 1 - probability);
      unsure += result.confidence < 0.3 ? 1 : 0;
      total += 1;
    }
  }
  return { logLoss: loss / total, unsure, total };
}

if (process.argv.includes("--calibration")) {
  for (const confidenceTemperature of [1, 1.5, 2, 2.5, 3, 4]) {
    const { logLoss, unsure, total } = confidenceLogLoss({ ...DEFAULT_CLASSIFIER_OPTIONS, confidenceTemperature });
    console.log(`temperature ${confidenceTemperature}: rounds 4–8 confidence log-loss ${logLoss.toFixed(3)}, ${unsure}/${total} below 0.3`);
  }
} else if (process.argv.includes("--errors")) {
  for (const heldOut of fitted) {
    console.log(`${heldOut.name} held out:`);
    measure(heldOut, DEFAULT_CLASSIFIER_OPTIONS, (message, got) => console.log(`  ${message.category} → ${got}: ${message.text}`));
  }
} else {
  const results: Array<{ options: ClassifierOptions; clean: Tally }> = [];
  for (const kindNaiveBayesWeight of [0, 0.25, 0.5]) {
    for (const kindLogisticWeight of [0, 1, 2, 4]) {
      for (const topicCueWeight of [0.25, 0.5]) {
        for (const statementPenalty of [1, 2]) {
          for (const categoryNaiveBayesWeight of [0, 0.1, 0.25]) {
            for (const categoryLogisticWeight of [0, 1, 2, 4]) {
              for (const categoryCueWeight of [0.5, 1]) {
                const options = { ...DEFAULT_CLASSIFIER_OPTIONS, kindNaiveBayesWeight, kindLogisticWeight, topicCueWeight, statementPenalty, categoryNaiveBayesWeight, categoryLogisticWeight, categoryCueWeight };
                results.push({ options, clean: report(options).clean });
              }
            }
          }
        }
      }
    }
  }
  results.sort((left, right) => right.clean.category + right.clean.kind - (left.clean.category + left.clean.kind));
  for (const result of results.slice(0, 10)) {
    const { alpha: _alpha, kindCueWeight: _kindCue, logistic: _logistic, ...shown } = result.options;
    console.log(`${JSON.stringify(shown)}\n  ${format(result.clean)}`);
  }
}
console.log(`defaults ${JSON.stringify(DEFAULT_CLASSIFIER_OPTIONS)}\n  ${report(DEFAULT_CLASSIFIER_OPTIONS).line}`);
