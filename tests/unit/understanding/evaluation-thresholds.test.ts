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
 * round 5 (203 messages, evaluated once): kind 192/203, category 181/203, emergency recall 74/75
 * (the aim is 99%: 98.7% is one message short), false alarms 11/128, FAQ top-1 35/40, top-3 39/40,
 * instant-answer precision 27/27, places 10/10. (Rounds 3 and 4 measured other figures on other
 * splits; the floors follow the split that is in the file.)
 * Raise them when the baseline improves; never lower them to make a change pass.
 */
describe("baseline on the TEST split", () => {
  const report = evaluateMessages(
    LABELLED_MESSAGES.filter((message) => message.split === "test"),
    { classifier: defaultClassifier(), gazetteer: createGazetteer(demoWards()), faqIndex: createFaqIndex(demoFaqEntries()) },
  );

  it("keeps kind and category accuracy", () => {
    expect(report.kindAccuracy.rate).toBeGreaterThanOrEqual(0.945);
    expect(report.categoryAccuracy.rate).toBeGreaterThanOrEqual(0.891);
  });

  it("keeps emergency recall with false alarms inside the measured rate", () => {
    expect(report.emergencyRecall.rate).toBeGreaterThanOrEqual(0.986);
    expect(report.emergencyFalseAlarmRate.rate).toBeLessThanOrEqual(0.086);
  });

  it("keeps FAQ hit rates and the precision of instant answers", () => {
    expect(report.faqTop3.rate).toBeGreaterThanOrEqual(0.975);
    expect(report.faqTop1.rate).toBeGreaterThanOrEqual(0.875);
    expect(report.faqConfidentPrecision.rate).toBe(1);
  });

  it("keeps resolving every ward hint", () => {
    expect(report.placeAccuracy.rate).toBe(1);
  });
});
