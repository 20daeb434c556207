import { describe, expect, it } from "vitest";
import { defaultClassifier } from "../../../core/understanding/default-classifier.ts";
import { evaluateMessages } from "../../../core/understanding/eval/evaluate.ts";
import { LABELLED_MESSAGES } from "../../../core/understanding/eval/labelled-messages.ts";
import { demoFaqEntries, demoWards } from "../../../core/understanding/eval/seed-fixtures.ts";
import { createGazetteer } from "../../../core/understanding/place-gazetteer.ts";
import { createFaqIndex } from "../../../core/understanding/search-faq.ts";

/**
 * Guards the baseline against regressions on the held-out TEST split. The floors are the
 * figures actually measured (see the header of labelled-messages.ts), not the aims:
 * round 4 (264 messages): kind 249/264, category 218/264, emergency recall 32/43 (the aim is 99%:
 * this floor records a known shortfall, see eval/README.md), false alarms 11/221, FAQ top-1 53/63,
 * top-3 62/63, instant-answer precision 33/34, places 22/22. (Round 3 measured kind 94.8% and
 * category 87.0% on a different split; the floors follow the split that is in the file.)
 * Raise them when the baseline improves; never lower them to make a change pass.
 */
describe("baseline on the TEST split", () => {
  const report = evaluateMessages(
    LABELLED_MESSAGES.filter((message) => message.split === "test"),
    { classifier: defaultClassifier(), gazetteer: createGazetteer(demoWards()), faqIndex: createFaqIndex(demoFaqEntries()) },
  );

  it("keeps kind and category accuracy", () => {
    expect(report.kindAccuracy.rate).toBeGreaterThanOrEqual(0.943);
    expect(report.categoryAccuracy.rate).toBeGreaterThanOrEqual(0.825);
  });

  it("keeps emergency recall without raising false alarms", () => {
    expect(report.emergencyRecall.rate).toBeGreaterThanOrEqual(0.744);
    expect(report.emergencyFalseAlarmRate.rate).toBeLessThanOrEqual(0.05);
  });

  it("keeps FAQ hit rates and the precision of instant answers", () => {
    expect(report.faqTop3.rate).toBeGreaterThanOrEqual(0.984);
    expect(report.faqTop1.rate).toBeGreaterThanOrEqual(0.841);
    expect(report.faqConfidentPrecision.rate).toBeGreaterThanOrEqual(0.97);
  });

  it("keeps resolving every ward hint", () => {
    expect(report.placeAccuracy.rate).toBe(1);
  });
});
