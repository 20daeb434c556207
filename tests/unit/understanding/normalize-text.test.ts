import { describe, expect, it } from "vitest";
import {
  expandAbbreviations,
  foldForMatching,
  normalizeText,
  toBigrams,
  tokenizeSyllables,
} from "../../../core/understanding/normalize-text.ts";

describe("foldForMatching", () => {
  it("lower-cases, strips tones and đ, and collapses punctuation", () => {
    expect(foldForMatching("Đăng ký TẠM TRÚ ở P.Tân  Hòa, TP.HB!")).toBe("dang ky tam tru o p tan hoa tp hb");
  });

  it("treats decomposed (NFD) input like composed input", () => {
    expect(foldForMatching("Hòa Bình".normalize("NFD"))).toBe(foldForMatching("Hòa Bình"));
    expect(normalizeText("  Hòa \n Bình ".normalize("NFD"))).toBe("Hòa Bình");
  });
});

describe("expandAbbreviations", () => {
  it("expands teencode and procedure abbreviations", () => {
    expect(expandAbbreviations("ko dc lam cccd a ad")).toBe("không được lam căn cước công dân a admin");
    expect(expandAbbreviations("đkx ntn, mất bn tiền v")).toBe("đăng ký xe như thế nào mất bao nhiêu tiền vậy");
    expect(expandAbbreviations("ddcn la j, mk hok bik")).toBe("định danh cá nhân la gì mình không biết");
  });

  it("expands the ambiguous 'cc' only next to identity words", () => {
    expect(expandAbbreviations("làm cc gắn chip")).toBe("làm căn cước gắn chip");
    expect(expandAbbreviations("cái cc gì vậy")).toBe("cái cc gì vậy");
  });

  it("keeps 'k' after a number as thousand", () => {
    expect(expandAbbreviations("giá 50 k thôi, k đắt")).toBe("giá 50 k thôi không đắt");
  });
});

describe("tokenizeSyllables and toBigrams", () => {
  it("gives folded, expanded syllables and their bigrams", () => {
    const syllables = tokenizeSyllables("Ko đc làm CCCD?");
    expect(syllables).toEqual(["khong", "duoc", "lam", "can", "cuoc", "cong", "dan"]);
    expect(toBigrams(syllables.slice(3, 5))).toEqual(["can_cuoc"]);
  });
});
