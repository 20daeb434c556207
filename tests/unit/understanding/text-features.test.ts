import { describe, expect, it } from "vitest";
import { tokenizeSyllables } from "../../../core/understanding/normalize-text.ts";
import { DEFAULT_FEATURE_OPTIONS, fitTextFeatures } from "../../../core/understanding/text-features.ts";

const messages = [
  "nhà hàng xóm đang cháy, khói đen mù mịt cả xóm",
  "có người đang cầm dao đuổi chém nhau ở chợ",
  "cho hỏi làm căn cước công dân cho con ở đâu",
  "thủ tục đăng ký tạm trú cho người thuê trọ thế nào",
  "cảm ơn các anh công an đã tìm lại xe cho tôi",
  "xóm tôi đêm nào cũng có người đánh bạc",
].map((text) => ({ text }));
const tokenize = () => messages.map((message) => ({ syllables: tokenizeSyllables(message.text), text: message.text }));
const norm = (values: Float64Array) => Math.sqrt(values.reduce((sum, value) => sum + value * value, 0));
const vectorOf = (features: ReturnType<typeof fitTextFeatures>, text: string) => features.vectorize({ syllables: tokenizeSyllables(text), text });

describe("fitTextFeatures", () => {
  it("keeps only terms seen in two training messages and gives the same ids on every fit", () => {
    const first = fitTextFeatures(messages, tokenize, DEFAULT_FEATURE_OPTIONS);
    const second = fitTextFeatures([...messages], tokenize, DEFAULT_FEATURE_OPTIONS);
    expect(first.featureCount).toBeGreaterThan(0);
    expect(second.featureCount).toBe(first.featureCount);
    expect([...vectorOf(second, "cho hỏi nhà cháy").indices]).toEqual([...vectorOf(first, "cho hỏi nhà cháy").indices]);
  });

  it("shares every folded term between a message typed with and without diacritics, and adds the written words", () => {
    const features = fitTextFeatures(messages, tokenize, DEFAULT_FEATURE_OPTIONS);
    const written = new Set(vectorOf(features, "có người đang cầm dao").indices);
    const folded = [...vectorOf(features, "co nguoi dang cam dao").indices];
    expect(folded.length).toBeGreaterThan(0);
    expect(folded.every((index) => written.has(index))).toBe(true);
    expect(written.size).toBeGreaterThan(folded.length);
  });

  it("lets a two-word message weigh less than a full report, never more than unit norm", () => {
    const features = fitTextFeatures(messages, tokenize, DEFAULT_FEATURE_OPTIONS);
    const short = norm(vectorOf(features, "đang cháy").values);
    const long = norm(vectorOf(features, "nhà hàng xóm đang cháy, khói đen mù mịt cả xóm, có người đang cầm dao").values);
    expect(short).toBeLessThan(long);
    expect(long).toBeLessThanOrEqual(1 + 1e-9);
    expect(vectorOf(features, "qwerty zxcv").indices.length).toBe(0);
  });
});
