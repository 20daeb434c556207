import { describe, expect, it } from "vitest";
import { defaultClassifier } from "../../../core/understanding/default-classifier.ts";
import { fitCurrentBaseline } from "../../../core/understanding/eval/baseline-fitters.ts";
import { evaluateMessages } from "../../../core/understanding/eval/evaluate.ts";
import { LABELLED_MESSAGES, TRAINING_ROUNDS } from "../../../core/understanding/eval/labelled-messages.ts";
import { CLEAN_ROUND_NAMES, leaveOneRoundOut } from "../../../core/understanding/eval/leave-one-round-out.ts";
import { demoFaqEntries, demoWards } from "../../../core/understanding/eval/seed-fixtures.ts";
import { createGazetteer } from "../../../core/understanding/place-gazetteer.ts";
import { createFaqIndex } from "../../../core/understanding/search-faq.ts";

const shared = { gazetteer: createGazetteer(demoWards()), faqIndex: createFaqIndex(demoFaqEntries()) };
const testMessages = LABELLED_MESSAGES.filter((message) => message.split === "test");

/**
 * Guards the baseline against regressions on wording it was not fitted on: leave-one-round-out
 * over the TRAIN rounds 4–8 (fit on the other rounds, measure the held-out one, pooled).
 * Measured when round 8 was folded into TRAIN, before any round-9 work (eval/README.md, "Round 9
 * preparation"): kind 1346/1382, category 1268/1382, emergency recall 462/469, false alarms
 * 121/913, FAQ top-1 235/277, top-3 270/277, places all (round 8's "cửa ngõ Kỳ Sơn" resolved by
 * reading "cửa ngõ" as a gateway, not an alley). Round 8 held out was then exactly its TEST run.
 * Then the round-9 preparation (README step 11: short messages with a danger syllable put to the
 * scorer, hitting verbs, fraud pleas, checked scam calls, "gặp" ≠ "gấp", supposed dangers):
 * emergency recall 467/469 for false alarms 96/913 (three seed sets 96–99), kind, category and FAQ
 * unchanged; the recall floor and the false-alarm ceiling follow. The floors sit a little under:
 * raise them when the baseline improves; never lower them to make a change pass.
 */
describe("baseline, leave-one-round-out on TRAIN (rounds 4–8 pooled)", () => {
  const { pooledClean } = leaveOneRoundOut(TRAINING_ROUNDS, fitCurrentBaseline, shared, CLEAN_ROUND_NAMES);

  it("keeps kind and category accuracy", () => {
    expect(pooledClean.kindAccuracy.rate).toBeGreaterThanOrEqual(0.97);
    expect(pooledClean.categoryAccuracy.rate).toBeGreaterThanOrEqual(0.91);
  });

  it("keeps emergency recall with false alarms inside the measured rate", () => {
    expect(pooledClean.emergencyRecall.rate).toBeGreaterThanOrEqual(0.995);
    expect(pooledClean.emergencyFalseAlarmRate.rate).toBeLessThanOrEqual(0.115);
  });

  it("keeps FAQ hit rates", () => {
    expect(pooledClean.faqTop3.rate).toBeGreaterThanOrEqual(0.97);
    expect(pooledClean.faqTop1.rate).toBeGreaterThanOrEqual(0.84);
  });

  it("keeps resolving every ward hint", () => {
    expect(pooledClean.placeAccuracy.rate).toBe(1);
  });
});

/**
 * The held-out TEST split, when one is in the file (none between a fold and the next round). The
 * floors are round 9's, measured once (eval/README.md, step 12: kind 336/339, category 318/339,
 * emergency recall 127/127, false alarms 24/212, FAQ top-1 57/64, top-3 63/64, instant answers
 * 46/46, places 18/18, no ward found where none is named), a little under; the next round resets
 * them to what it measures.
 */
describe.runIf(testMessages.length > 0)("baseline on the TEST split", () => {
  const report = evaluateMessages(testMessages, { classifier: defaultClassifier(), ...shared });

  it("keeps kind and category accuracy", () => {
    expect(report.kindAccuracy.rate).toBeGreaterThanOrEqual(0.98);
    expect(report.categoryAccuracy.rate).toBeGreaterThanOrEqual(0.93);
  });

  it("keeps emergency recall with false alarms inside the measured rate", () => {
    expect(report.emergencyRecall.rate).toBeGreaterThanOrEqual(0.99);
    expect(report.emergencyFalseAlarmRate.rate).toBeLessThanOrEqual(0.12);
  });

  it("keeps FAQ hit rates and the precision of instant answers", () => {
    expect(report.faqTop3.rate).toBeGreaterThanOrEqual(0.97);
    expect(report.faqTop1.rate).toBeGreaterThanOrEqual(0.88);
    expect(report.faqConfidentPrecision.rate).toBeGreaterThanOrEqual(0.97);
  });

  it("keeps resolving every ward hint, and finds no ward where none is named", () => {
    expect(report.placeAccuracy.rate).toBe(1);
    expect(report.placeFalseHits.rate).toBeLessThanOrEqual(0.01);
  });
});

describe("the labelled TRAIN rounds", () => {
  it("cover every TRAIN message once and no TEST message", () => {
    const inRounds = TRAINING_ROUNDS.flatMap((round) => round.messages);
    expect(inRounds.every((message) => message.split === "train")).toBe(true);
    expect(inRounds.length).toBe(LABELLED_MESSAGES.filter((message) => message.split === "train").length);
  });
});
