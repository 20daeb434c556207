import { describe, expect, it } from "vitest";
import { createFaqIndex, isConfident, type FaqEntryInput } from "../../../core/understanding/search-faq.ts";

const entries: FaqEntryInput[] = [
  {
    slug: "can-cuoc-cap-lan-dau",
    question: "Làm thẻ căn cước lần đầu cần giấy tờ gì, làm ở đâu?",
    answer: "Công dân từ đủ 14 tuổi đến Công an xã, phường để làm thẻ căn cước.",
    keywords: ["căn cước", "cccd", "làm căn cước"],
    categoryCode: "question.identity",
  },
  {
    slug: "tam-tru-dang-ky",
    question: "Thuê trọ có phải đăng ký tạm trú không? Thủ tục thế nào?",
    answer: "Người ở từ 30 ngày trở lên phải đăng ký tạm trú tại Công an xã, phường nơi ở.",
    keywords: ["tạm trú", "đăng ký tạm trú", "thuê trọ"],
    categoryCode: "question.residence",
  },
  {
    slug: "dang-ky-xe-moi",
    question: "Mua xe máy mới thì đăng ký, bấm biển số ở đâu?",
    answer: "Đăng ký xe tại Công an xã hoặc Phòng CSGT.",
    keywords: ["đăng ký xe", "đkx", "biển số"],
    categoryCode: "question.vehicle",
  },
];
const index = createFaqIndex(entries);

describe("createFaqIndex / search", () => {
  it("ignores diacritics and understands abbreviations", () => {
    expect(index.search("lam cccd o dau")[0]?.slug).toBe("can-cuoc-cap-lan-dau");
    expect(index.search("đkx mới ở đâu")[0]?.slug).toBe("dang-ky-xe-moi");
    expect(index.search("o tro co phai dk tam tru ko")[0]?.slug).toBe("tam-tru-dang-ky");
  });

  it("ranks by score, honours the limit and returns nothing for unrelated text", () => {
    const results = index.search("đăng ký tạm trú và đăng ký xe", { limit: 2 });
    expect(results).toHaveLength(2);
    expect(results[0]!.score).toBeGreaterThanOrEqual(results[1]!.score);
    expect(index.search("xin chào")).toEqual([]);
    expect(index.categoryOf("tam-tru-dang-ky")).toBe("question.residence");
  });
});

describe("isConfident", () => {
  it("needs a high enough top score and a clear lead", () => {
    expect(isConfident([{ slug: "a", score: 30 }, { slug: "b", score: 10 }])).toBe(true);
    expect(isConfident([{ slug: "a", score: 30 }, { slug: "b", score: 28 }])).toBe(false);
    expect(isConfident([{ slug: "a", score: 5 }])).toBe(false);
    expect(isConfident([])).toBe(false);
  });
});
