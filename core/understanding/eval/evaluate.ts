/**
 * Computes the evaluation figures for one split of the labelled messages: kind and category
 * accuracy, the category confusion table, emergency recall and false alarms, FAQ top-1/top-3
 * hits and place resolution. Shared by `npm run eval` (which prints) and the unit test that
 * guards against regressions (which asserts).
 */
import { CATEGORY_CODES, type CategoryCode } from "../categories.ts";
import type { MessageClassifier } from "../classify-message.ts";
import { detectEmergency, type EmergencyAssessment } from "../detect-emergency.ts";
import type { Gazetteer } from "../place-gazetteer.ts";
import { isConfident, type FaqIndex } from "../search-faq.ts";
import { MINIMUM_PLACE_SCORE } from "../understand-message.ts";
import type { LabelledMessage } from "./labelled-messages.ts";

/** hits / total, with the ratio (1 when total is 0). */
export interface Rate {
  hits: number;
  total: number;
  rate: number;
}

/** Every figure `npm run eval` prints, plus the misses behind them. */
export interface EvaluationReport {
  messageCount: number;
  kindAccuracy: Rate;
  categoryAccuracy: Rate;
  perKind: Record<string, Rate>;
  perCategory: Record<string, Rate>;
  /** confusion[expected][predicted] = count */
  confusion: Record<string, Record<string, number>>;
  emergencyRecall: Rate;
  emergencyFalseAlarmRate: Rate;
  faqTop1: Rate;
  faqTop3: Rate;
  /** Of the answers isConfident would send at once, how many were the expected entry. */
  faqConfidentPrecision: Rate;
  placeAccuracy: Rate;
  /** Of the messages that name no ward (no `wardHint`), how many the gazetteer confidently placed anyway. */
  placeFalseHits: Rate;
  misclassified: Array<{ text: string; expected: string; predicted: string }>;
  missedEmergencies: string[];
  falseAlarms: string[];
  faqMisses: Array<{ text: string; expected: string; got: string[] }>;
  placeMisses: Array<{ text: string; expected: string; got: string | null }>;
  placeFalseHitList: Array<{ text: string; got: string; alias: string }>;
}

/** The built baseline parts to evaluate. */
export interface EvaluationDependencies {
  classifier: MessageClassifier;
  gazetteer: Gazetteer;
  faqIndex: FaqIndex;
  /** Defaults to the product's detectEmergency; leave-one-round-out passes one fitted without the held-out round. */
  emergencyDetector?: (text: string) => EmergencyAssessment;
}

function rate(hits: number, total: number): Rate {
  return { hits, total, rate: total === 0 ? 1 : hits / total };
}

function tally(counter: Map<string, [number, number]>, key: string, isHit: boolean): void {
  const [hits, total] = counter.get(key) ?? [0, 0];
  counter.set(key, [hits + (isHit ? 1 : 0), total + 1]);
}

function toRates(counter: Map<string, [number, number]>): Record<string, Rate> {
  return Object.fromEntries([...counter].map(([key, [hits, total]]) => [key, rate(hits, total)]));
}

/** Runs the baseline over `messages` and measures it against their labels. */
export function evaluateMessages(messages: readonly LabelledMessage[], dependencies: EvaluationDependencies): EvaluationReport {
  const perKind = new Map<string, [number, number]>();
  const perCategory = new Map<string, [number, number]>();
  const confusion: Record<string, Record<string, number>> = Object.fromEntries(
    CATEGORY_CODES.map((code) => [code, Object.fromEntries(CATEGORY_CODES.map((other) => [other, 0]))]),
  );
  const report = {
    misclassified: [] as EvaluationReport["misclassified"],
    missedEmergencies: [] as string[],
    falseAlarms: [] as string[],
    faqMisses: [] as EvaluationReport["faqMisses"],
    placeMisses: [] as EvaluationReport["placeMisses"],
    placeFalseHitList: [] as EvaluationReport["placeFalseHitList"],
  };
  let kindHits = 0, categoryHits = 0, emergencyHits = 0, emergencyTotal = 0, alarms = 0, calmTotal = 0;
  let top1 = 0, top3 = 0, faqTotal = 0, confidentHits = 0, confidentTotal = 0, placeHits = 0, placeTotal = 0;
  const assessEmergency = dependencies.emergencyDetector ?? detectEmergency;

  for (const message of messages) {
    const classification = dependencies.classifier.classify(message.text);
    const isKindHit = classification.kind === message.kind;
    const isCategoryHit = classification.categoryCode === message.category;
    kindHits += isKindHit ? 1 : 0;
    categoryHits += isCategoryHit ? 1 : 0;
    tally(perKind, message.kind, isKindHit);
    tally(perCategory, message.category, isCategoryHit);
    const row = confusion[message.category] ?? {};
    row[classification.categoryCode] = (row[classification.categoryCode] ?? 0) + 1;
    if (!isCategoryHit) report.misclassified.push({ text: message.text, expected: message.category, predicted: classification.categoryCode });

    const emergency = assessEmergency(message.text);
    if (message.isEmergency) {
      emergencyTotal += 1;
      if (emergency.isEmergency) emergencyHits += 1;
      else report.missedEmergencies.push(message.text);
    } else {
      calmTotal += 1;
      if (emergency.isEmergency) {
        alarms += 1;
        report.falseAlarms.push(`${message.text}  [${emergency.matched.join(", ")}]`);
      }
    }

    if (message.expectedFaqSlug !== undefined) {
      faqTotal += 1;
      const results = dependencies.faqIndex.search(message.text, { limit: 3 });
      const slugs = results.map((result) => result.slug);
      if (slugs[0] === message.expectedFaqSlug) top1 += 1;
      if (slugs.includes(message.expectedFaqSlug)) top3 += 1;
      else report.faqMisses.push({ text: message.text, expected: message.expectedFaqSlug, got: slugs });
      if (isConfident(results)) {
        confidentTotal += 1;
        if (slugs[0] === message.expectedFaqSlug) confidentHits += 1;
      }
    }

    const place = dependencies.gazetteer.resolvePlace(message.text);
    const confidentPlace = place !== null && place.score >= MINIMUM_PLACE_SCORE ? place : null;
    if (message.wardHint !== undefined) {
      placeTotal += 1;
      if (confidentPlace?.wardCode === message.wardHint) placeHits += 1;
      else report.placeMisses.push({ text: message.text, expected: message.wardHint, got: confidentPlace?.wardCode ?? null });
    } else if (confidentPlace !== null) {
      report.placeFalseHitList.push({ text: message.text, got: confidentPlace.wardCode, alias: confidentPlace.matchedAlias });
    }
  }

  return {
    messageCount: messages.length,
    kindAccuracy: rate(kindHits, messages.length),
    categoryAccuracy: rate(categoryHits, messages.length),
    perKind: toRates(perKind),
    perCategory: toRates(perCategory),
    confusion,
    emergencyRecall: rate(emergencyHits, emergencyTotal),
    emergencyFalseAlarmRate: rate(alarms, calmTotal),
    faqTop1: rate(top1, faqTotal),
    faqTop3: rate(top3, faqTotal),
    faqConfidentPrecision: rate(confidentHits, confidentTotal),
    placeAccuracy: rate(placeHits, placeTotal),
    placeFalseHits: rate(report.placeFalseHitList.length, messages.length - placeTotal),
    ...report,
  };
}

/** Splits messages into k folds deterministically (round-robin within each category). */
export function crossValidationFolds(messages: readonly LabelledMessage[], folds: number): LabelledMessage[][] {
  const result: LabelledMessage[][] = Array.from({ length: folds }, () => []);
  const seen = new Map<CategoryCode, number>();
  for (const message of messages) {
    const index = seen.get(message.category) ?? 0;
    seen.set(message.category, index + 1);
    result[index % folds]?.push(message);
  }
  return result;
}

const RATE_FIELDS = [
  "kindAccuracy",
  "categoryAccuracy",
  "emergencyRecall",
  "emergencyFalseAlarmRate",
  "faqTop1",
  "faqTop3",
  "faqConfidentPrecision",
  "placeAccuracy",
  "placeFalseHits",
] as const;

/** The headline figures of a report (what pooling adds up). */
export type HeadlineFigures = Record<(typeof RATE_FIELDS)[number], Rate> & { messageCount: number };

/** Adds up the headline figures of several reports (hits and totals, not averages of rates). */
export function poolReports(reports: readonly HeadlineFigures[]): HeadlineFigures {
  const pooled = Object.fromEntries(
    RATE_FIELDS.map((field) => {
      const hits = reports.reduce((sum, report) => sum + report[field].hits, 0);
      const total = reports.reduce((sum, report) => sum + report[field].total, 0);
      return [field, rate(hits, total)];
    }),
  ) as Record<(typeof RATE_FIELDS)[number], Rate>;
  return { ...pooled, messageCount: reports.reduce((sum, report) => sum + report.messageCount, 0) };
}
