/**
 * Tunes FAQ search on the TRAIN split only: BM25 and field weights for top-1/top-3 hits, then
 * the isConfident thresholds for the precision of instant answers. The TEST split is not read.
 *
 *   npx tsx core/understanding/eval/tune-faq.ts
 */
import { createFaqIndex, DEFAULT_FAQ_SEARCH_TUNING, isConfident, type FaqIndex, type FaqSearchTuning } from "../search-faq.ts";
import { LABELLED_MESSAGES } from "./labelled-messages.ts";
import { demoFaqEntries } from "./seed-fixtures.ts";

const train = LABELLED_MESSAGES.filter((message) => message.split === "train");
const withSlug = train.filter((message) => message.expectedFaqSlug !== undefined);
/** Questions with no FAQ entry: an instant answer to them would be wrong. */
const unanswerable = train.filter((message) => message.kind === "question" && message.expectedFaqSlug === undefined);
const entries = demoFaqEntries();

function hitRates(index: FaqIndex) {
  let top1 = 0;
  let top3 = 0;
  for (const message of withSlug) {
    const slugs = index.search(message.text, { limit: 3 }).map((result) => result.slug);
    top1 += slugs[0] === message.expectedFaqSlug ? 1 : 0;
    top3 += slugs.includes(message.expectedFaqSlug ?? "") ? 1 : 0;
  }
  return { top1: top1 / withSlug.length, top3: top3 / withSlug.length };
}

const grid: Array<{ tuning: FaqSearchTuning; top1: number; top3: number }> = [];
for (const k1 of [0.9, 1.2, 1.6]) {
  for (const b of [0.5, 0.75]) {
    for (const answerWeight of [0, 0.3, 0.6]) {
      for (const keywordWeight of [1, 2, 3]) {
        for (const keywordBoost of [0, 1.5, 3]) {
          const tuning = { ...DEFAULT_FAQ_SEARCH_TUNING, k1, b, answerWeight, keywordWeight, keywordBoost };
          grid.push({ tuning, ...hitRates(createFaqIndex(entries, tuning)) });
        }
      }
    }
  }
}
grid.sort((left, right) => right.top3 + right.top1 - (left.top3 + left.top1));
for (const row of grid.slice(0, 10)) {
  console.log(`${JSON.stringify(row.tuning).padEnd(110)} top1 ${(row.top1 * 100).toFixed(1)}%  top3 ${(row.top3 * 100).toFixed(1)}%`);
}
const current = hitRates(createFaqIndex(entries));
console.log(`defaults: top1 ${(current.top1 * 100).toFixed(1)}%  top3 ${(current.top3 * 100).toFixed(1)}%\n`);

const index = createFaqIndex(entries);
console.log("confidence thresholds (answered = sent instantly; precision = answered correctly):");
for (const minimumScore of [6, 10, 12, 15, 20]) {
  for (const minimumMargin of [0.1, 0.2, 0.3, 0.4, 0.5]) {
    let answered = 0;
    let correct = 0;
    for (const message of [...withSlug, ...unanswerable]) {
      const results = index.search(message.text, { limit: 3 });
      if (!isConfident(results, { minimumScore, minimumMargin })) continue;
      answered += 1;
      correct += results[0]?.slug === message.expectedFaqSlug ? 1 : 0;
    }
    const total = withSlug.length + unanswerable.length;
    console.log(
      `  score ≥ ${String(minimumScore).padEnd(3)} margin ≥ ${String(minimumMargin).padEnd(5)} answered ${answered}/${total}  precision ${((correct / Math.max(1, answered)) * 100).toFixed(1)}%`,
    );
  }
}
