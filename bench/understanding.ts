/**
 * Understanding benchmark: time per message of the offline baseline's three steps over the
 * labelled messages — classification (classifier + emergency detector + place gazetteer),
 * routing (routeTicket over in-memory rules and the seed's category defaults) and FAQ search —
 * with p50 / p99 / max, after a warm-up pass.
 *
 *   npx tsx bench/understanding.ts [--passes 5]
 */
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import { routeTicket, type TRoutingContext, type TRoutingRule } from "../core/routing/route-ticket.ts";
import { defaultClassifier, defaultEmergencyScorer, defaultFoldedRootDisambiguator } from "../core/understanding/default-classifier.ts";
import { detectEmergency } from "../core/understanding/detect-emergency.ts";
import { LABELLED_MESSAGES } from "../core/understanding/eval/labelled-messages.ts";
import { demoFaqEntries, demoWards } from "../core/understanding/eval/seed-fixtures.ts";
import { createFaqIndex } from "../core/understanding/search-faq.ts";
import { createGazetteer } from "../core/understanding/place-gazetteer.ts";
import { MINIMUM_PLACE_SCORE } from "../core/understanding/understand-message.ts";
import { defaultCategories } from "../prisma/seed/data/categories.ts";

/** Timings of one step, in milliseconds per message. */
export interface StepTimings {
  p50: number;
  p99: number;
  max: number;
  mean: number;
}

/** What the bench measured. */
export interface UnderstandingBenchResult {
  messages: number;
  passes: number;
  classification: StepTimings;
  /** Part of classification: the rules, cue phrases and learned scorer (detectEmergency). */
  emergency: StepTimings;
  routing: StepTimings;
  faqSearch: StepTimings;
  total: StepTimings;
  /** One-off start-up cost: training the classifier, the emergency scorer and the folded-root reader, indexing the FAQ and wards. */
  buildMs: number;
}

function summarise(samples: number[]): StepTimings {
  const sorted = [...samples].sort((left, right) => left - right);
  const at = (quantile: number) => sorted[Math.min(sorted.length - 1, Math.floor(quantile * sorted.length))] ?? 0;
  const mean = sorted.reduce((sum, value) => sum + value, 0) / Math.max(1, sorted.length);
  return { p50: at(0.5), p99: at(0.99), max: sorted[sorted.length - 1] ?? 0, mean };
}

/** A realistic rule set: a ward rule, a keyword rule and a channel rule before the category defaults. */
function benchRules(): TRoutingRule[] {
  return [
    { id: "r1", name: "Mai Châu tips", position: 1, conditions: { kinds: ["tip"], wardCodes: ["X-MAICHAU"] }, targetUnitCode: "CAX-MAICHAU" },
    { id: "r2", name: "Bridges and river", position: 2, conditions: { keywords: ["cầu Việt Trì", "sông Lô", "sông Đà"] }, targetUnitCode: "PC07" },
    { id: "r3", name: "Zalo fraud", position: 3, conditions: { categoryCodes: ["tip.fraud_online"], channels: ["zalo"] }, targetUnitCode: "PA05" },
  ];
}

let lastPrintedFifth = -1;

/** A progress line on stderr: rewritten in place on a terminal, every 20% otherwise. */
function progress(label: string, done: number, total: number): void {
  const line = `${label} ${done}/${total} (${Math.round((done / total) * 100)}%)`;
  if (process.stderr.isTTY) return void process.stderr.write(`\r${line}${done === total ? "\n" : ""}`);
  const fifth = Math.floor((done / total) * 5);
  if (fifth === lastPrintedFifth) return;
  lastPrintedFifth = fifth;
  process.stderr.write(`${line}\n`);
}

/**
 * Runs the bench and prints a table; returns the figures for callers (npm run bench).
 * `passes` full passes over the labelled messages are timed after one untimed warm-up pass.
 */
export function runUnderstandingBench(options: { passes?: number; print?: (line: string) => void } = {}): UnderstandingBenchResult {
  const passes = options.passes ?? 5;
  const print = options.print ?? ((line: string) => console.log(line));
  const buildStartedAt = performance.now();
  const classifier = defaultClassifier();
  defaultEmergencyScorer();
  defaultFoldedRootDisambiguator();
  const gazetteer = createGazetteer(demoWards());
  const faqIndex = createFaqIndex(demoFaqEntries());
  const buildMs = performance.now() - buildStartedAt;

  const rules = benchRules();
  const defaults = new Map(defaultCategories.map((category) => [category.code, category.defaultUnitCode]));
  const contextOf = (categoryCode: string): TRoutingContext => ({
    rules,
    categoryDefaultUnitCode: defaults.get(categoryCode) ?? null,
    fallbackUnitCode: "TRUCBAN",
    inspectionUnitCode: "TTRA",
  });

  const texts = LABELLED_MESSAGES.map((message) => message.text);
  const samples = { classification: [] as number[], emergency: [] as number[], routing: [] as number[], faqSearch: [] as number[], total: [] as number[] };
  const totalRuns = (passes + 1) * texts.length;
  let done = 0;
  lastPrintedFifth = -1;
  for (let pass = 0; pass <= passes; pass += 1) {
    const isWarmUp = pass === 0;
    texts.forEach((text, index) => {
      const startedAt = performance.now();
      const classification = classifier.classify(text);
      const emergencyStartedAt = performance.now();
      detectEmergency(text);
      const emergencyMs = performance.now() - emergencyStartedAt;
      const place = gazetteer.resolvePlace(text);
      const classifiedAt = performance.now();
      const wardCode = place !== null && place.score >= MINIMUM_PLACE_SCORE ? place.wardCode : null;
      routeTicket(
        {
          kind: classification.kind,
          categoryCode: classification.categoryCode,
          wardCode,
          wardStationUnitCode: wardCode === null ? null : (place?.stationUnitCode ?? null),
          text,
          channel: index % 2 === 0 ? "telegram" : "zalo",
        },
        contextOf(classification.categoryCode),
      );
      const routedAt = performance.now();
      faqIndex.search(text, { limit: 3 });
      const searchedAt = performance.now();
      if (!isWarmUp) {
        samples.classification.push(classifiedAt - startedAt);
        samples.emergency.push(emergencyMs);
        samples.routing.push(routedAt - classifiedAt);
        samples.faqSearch.push(searchedAt - routedAt);
        samples.total.push(searchedAt - startedAt);
      }
      done += 1;
      if (done % 50 === 0 || done === totalRuns) progress(isWarmUp ? "warm-up + timed passes" : `pass ${pass}/${passes}`, done, totalRuns);
    });
  }

  const result: UnderstandingBenchResult = {
    messages: texts.length,
    passes,
    classification: summarise(samples.classification),
    emergency: summarise(samples.emergency),
    routing: summarise(samples.routing),
    faqSearch: summarise(samples.faqSearch),
    total: summarise(samples.total),
    buildMs,
  };
  const format = (value: number) => `${value.toFixed(3)} ms`.padStart(11);
  print(`understanding bench — ${result.messages} labelled messages × ${passes} passes (after 1 warm-up pass), Node ${process.version}`);
  print(`start-up (train classifier, emergency scorer and folded-root reader, index FAQ and wards): ${result.buildMs.toFixed(1)} ms`);
  print(`${"step".padEnd(44)}${"p50".padStart(11)}${"p99".padStart(11)}${"max".padStart(11)}${"mean".padStart(11)}`);
  const rows: Array<[string, StepTimings]> = [
    ["classification (classifier+emergency+place)", result.classification],
    ["  of which emergency (rules + scorer)", result.emergency],
    ["routing (routeTicket)", result.routing],
    ["FAQ search (top 3)", result.faqSearch],
    ["total per message", result.total],
  ];
  for (const [label, timings] of rows) print(`${label.padEnd(44)}${format(timings.p50)}${format(timings.p99)}${format(timings.max)}${format(timings.mean)}`);
  return result;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const passesArgument = process.argv.indexOf("--passes");
  runUnderstandingBench(passesArgument === -1 ? {} : { passes: Number(process.argv[passesArgument + 1]) || 5 });
}
