import { describe, expect, it } from "vitest";
import { demoFaqEntries, demoWards } from "../../../core/understanding/eval/seed-fixtures.ts";
import { createGazetteer, createFaqIndex, understandMessage } from "../../../core/understanding/index.ts";

const dependencies = { gazetteer: createGazetteer(demoWards()), faqIndex: createFaqIndex(demoFaqEntries()) };

describe("understandMessage", () => {
  it("routes a procedure question and offers the matching FAQ entry", () => {
    const result = understandMessage("e o tro xa Lam Thao, dk tam tru online dc ko ad?", dependencies);
    expect(result).toMatchObject({
      kind: "question",
      categoryCode: "question.residence",
      wardCode: "X-LAMTHAO",
      stationUnitCode: "CAX-LAMTHAO",
      isUrgent: false,
      hotlines: [],
      method: "baseline",
    });
    expect(result.faqMatches.map((match) => match.slug)).toContain("tam-tru-dang-ky");
    expect(result.reasons).toContain("place:xã Lâm Thao");
  });

  it("marks an emergency urgent with its hotlines and still classifies it", () => {
    const result = understandMessage("Cháy nhà ở TT. Chi Nê, có người mắc kẹt, cứu với!", dependencies);
    expect(result.isUrgent).toBe(true);
    expect(result.hotlines).toEqual(["113", "114"]);
    expect(result.kind).toBe("tip");
    expect(result.wardCode).toBe("X-LACTHUY");
    expect(result.reasons.some((reason) => reason.startsWith("emergency:"))).toBe(true);
  });

  it("leaves the ward empty when no place is named", () => {
    const result = understandMessage("Cảm ơn các anh đã giúp tôi tìm lại xe", dependencies);
    expect(result).toMatchObject({ kind: "feedback", categoryCode: "feedback.praise", wardCode: null, stationUnitCode: null });
  });
});
