import { tokenizeSyllables } from "../understanding/normalize-text.ts";

/**
 * Folded syllables that say nothing about an incident (pronouns, particles, "có người", "ở").
 * Without them two unrelated tips of one ward ("có người … ở xóm 3") look alike. Folded forms
 * merge some words ("tôi"/"tối"): only pairs where both senses are filler-like are listed, and
 * never "ban" (bán = sell) or "ma" (ma túy).
 */
const FILLER_SYLLABLES = new Set(
  (
    "co nguoi o toi em anh chi la va cua thi da dang bi duoc cho voi nay do nhung cac mot gan tai khong " +
    "den di lam rat qua nha minh oi a ah nhe vay the roi cung con se ve tu ra vao len xuong luc khi"
  ).split(" "),
);

/** The syllables of a text that carry its content: folded, abbreviations expanded, fillers dropped. */
export function contentSyllables(text: string): Set<string> {
  return new Set(tokenizeSyllables(text).filter((syllable) => !FILLER_SYLLABLES.has(syllable)));
}

/**
 * Jaccard similarity (0–1) of two texts' content syllables. Diacritics, case, punctuation and
 * common abbreviations ("5tr", "fb", "ko") do not matter; word order does not either, so the same
 * incident told twice in other words still scores high. Measured on realistic pairs of tips
 * (tests/unit/tickets/text-similarity.test.ts): the same incident retold scored 0.54–1.00,
 * different incidents of one ward and category 0.00–0.43.
 */
export function textSimilarity(left: string, right: string): number {
  return jaccard(contentSyllables(left), contentSyllables(right));
}

/** From this score a new tip is shown to officers as a possible duplicate of an open one. */
export const DUPLICATE_SIMILARITY_THRESHOLD = 0.5;

export function jaccard(left: ReadonlySet<string>, right: ReadonlySet<string>): number {
  if (left.size === 0 || right.size === 0) return 0;
  let shared = 0;
  for (const item of left) if (right.has(item)) shared += 1;
  return shared / (left.size + right.size - shared);
}
