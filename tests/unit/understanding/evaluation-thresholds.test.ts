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
 * round 6 (255 messages, evaluated once): kind 247/255, category 205/255 (aim 85%: missed),
 * emergency recall 99/105 (aim 99%: missed), false alarms 23/150, FAQ top-1 38/52, top-3 52/52,
 * instant-answer precision 27/29, places 15/15. (Earlier rounds measured other figures on other
 * splits; the floors follow the split that is in the file.)
 * Raise them when the baseline improves; never lower them to make a change pass.
 */
describe("baseline on the TEST split", () => {
  const report = evaluateMessages(
    LABELLED_MESSAGES.filter((message) => message.split === "test"),
    { classifier: defaultClassifier(), gazetteer: createGazetteer(demoWards()), faqIndex: createFaqIndex(demoFaqEntries()) },
  );

  it("keeps kind and category accuracy", () => {
    expect(report.kindAccuracy.rate).toBeGreaterThanOrEqual(0.965);
    expect(report.categoryAccuracy.rate).toBeGreaterThanOrEqual(0.8);
  });

  it("keeps emergency recall with false alarms inside the measured rate", () => {
    expect(report.emergencyRecall.rate).toBeGreaterThanOrEqual(0.94);
    expect(report.emergencyFalseAlarmRate.rate).toBeLessThanOrEqual(0.16);
  });

  it("keeps FAQ hit rates and the precision of instant answers", () => {
    expect(report.faqTop3.rate).toBeGreaterThanOrEqual(0.98);
    expect(report.faqTop1.rate).toBeGreaterThanOrEqual(0.73);
    expect(report.faqConfidentPrecision.rate).toBeGreaterThanOrEqual(0.93);
  });

  it("keeps resolving every ward hint", () => {
    expect(report.placeAccuracy.rate).toBe(1);
  });
});
