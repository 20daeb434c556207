/**
 * `npm run eval`: measures the baseline on the labelled messages.
 *
 *   npm run eval                    TEST split (reported), then TRAIN (fit data) and 5-fold CV on TRAIN
 *   npm run eval -- --split train   TRAIN only (what tuning may look at)
 *   npm run eval -- --details       also list every miss
 */
import { createMessageClassifier } from "../classify-message.ts";
import { defaultClassifier } from "../default-classifier.ts";
import { createGazetteer } from "../place-gazetteer.ts";
import { createFaqIndex } from "../search-faq.ts";
import { crossValidationFolds, evaluateMessages, type EvaluationDependencies } from "./evaluate.ts";
import { LABELLED_MESSAGES, type LabelledMessage } from "./labelled-messages.ts";
import { formatConfusion, formatDetails, formatPerClass, formatSummary, percent } from "./print-report.ts";
import { demoFaqEntries, demoWards } from "./seed-fixtures.ts";

const argumentsGiven = process.argv.slice(2);
const splitArgument = argumentsGiven[argumentsGiven.indexOf("--split") + 1];
const onlySplit = argumentsGiven.includes("--split") ? splitArgument : undefined;
const showDetails = argumentsGiven.includes("--details");

const dependencies: EvaluationDependencies = {
  classifier: defaultClassifier(),
  gazetteer: createGazetteer(demoWards()),
  faqIndex: createFaqIndex(demoFaqEntries()),
};

function section(title: string, messages: readonly LabelledMessage[]): void {
  const report = evaluateMessages(messages, dependencies);
  console.log(`\n${"=".repeat(100)}\n${title} — ${report.messageCount} messages\n${"=".repeat(100)}`);
  console.log(formatSummary(report));
  console.log(`\n${formatPerClass(report)}`);
  console.log(`\nconfusion (rows: expected, columns: predicted)\n${formatConfusion(report)}`);
  if (showDetails) console.log(`\n${formatDetails(report)}`);
}

function crossValidateTrain(messages: readonly LabelledMessage[]): void {
  const folds = crossValidationFolds(messages, 5);
  let kindHits = 0;
  let categoryHits = 0;
  folds.forEach((heldOut, index) => {
    const training = folds.filter((_, other) => other !== index).flat();
    const classifier = createMessageClassifier(training);
    for (const message of heldOut) {
      const result = classifier.classify(message.text);
      kindHits += result.kind === message.kind ? 1 : 0;
      categoryHits += result.categoryCode === message.category ? 1 : 0;
    }
  });
  const total = messages.length;
  console.log(`\n5-fold cross-validation on TRAIN (retrained per fold; still optimistic: the lexicon was refined on these errors):`);
  console.log(`  kind      ${percent({ hits: kindHits, total, rate: kindHits / total })}`);
  console.log(`  category  ${percent({ hits: categoryHits, total, rate: categoryHits / total })}`);
}

const train = LABELLED_MESSAGES.filter((message) => message.split === "train");
const test = LABELLED_MESSAGES.filter((message) => message.split === "test");
console.log(`LangNghe understanding baseline — ${LABELLED_MESSAGES.length} labelled messages (${train.length} train / ${test.length} test)`);
if (onlySplit !== "train") section("TEST split (held out; the figures we report)", test);
if (onlySplit !== "test") {
  section("TRAIN split (the classifier was fitted on it: optimistic)", train);
  crossValidateTrain(train);
}
