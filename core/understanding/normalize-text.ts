/**
 * Text normalisation for Vietnamese chat messages.
 *
 * Citizens type without diacritics, in teencode and with abbreviations ("ko dc", "cccd", "đkx").
 * Everything that matches text (classifier, FAQ search, gazetteer, emergency cues) works on the
 * *folded* form produced here; the original text is kept for display and never rewritten.
 */
import { ABBREVIATIONS, CONTEXTUAL_ABBREVIATIONS } from "./abbreviations.ts";

/**
 * Unicode NFC plus whitespace clean-up, keeping diacritics and case.
 * Use it on text that is stored or shown (telex/VNI keyboards and copy-paste produce NFD or
 * mixed forms that look identical but compare differently).
 */
export function normalizeText(text: string): string {
  return text.normalize("NFC").replace(/\s+/g, " ").trim();
}

/**
 * Removes Vietnamese diacritics (including đ → d) without changing case or punctuation.
 * Use it when a string must stay readable but be compared without tones.
 */
export function stripDiacritics(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .normalize("NFC");
}

/**
 * The matching form of a text: lower-case, no diacritics (đ → d), every run of punctuation or
 * whitespace collapsed into one space. "P.Tân  Hòa, TP.HB!" → "p tan hoa tp hb".
 * Use it for every comparison; never show its output to a person.
 */
export function foldForMatching(text: string): string {
  return stripDiacritics(text.normalize("NFC").toLowerCase())
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** Splits on anything that is not a letter or digit, keeping diacritics (lower-cased). */
function splitWords(text: string): string[] {
  return text
    .normalize("NFC")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
}

/**
 * Expands common Vietnamese chat abbreviations and teencode into full words (with diacritics),
 * lower-casing the text: "ko dc lam cccd à" → "không được làm căn cước công dân à".
 * Ambiguous short forms ("cc", "k") are expanded only in safe positions (see abbreviations.ts).
 * Use before folding when matching against written Vietnamese (FAQ entries, lexicons).
 */
export function expandAbbreviations(text: string): string {
  const words = splitWords(text);
  const expanded = words.map((word, index) => {
    const folded = foldForMatching(word);
    const exact = ABBREVIATIONS.get(word) ?? ABBREVIATIONS.get(folded);
    if (exact !== undefined) return exact;
    const contextual = CONTEXTUAL_ABBREVIATIONS.get(folded);
    if (contextual === undefined) return word;
    const previous = foldForMatching(words[index - 1] ?? "");
    const next = foldForMatching(words[index + 1] ?? "");
    return contextual.appliesWhen(previous, next) ? contextual.expansion : word;
  });
  return expanded.join(" ");
}

/**
 * The folded syllables of a message after abbreviation expansion — the unit every matcher
 * in this module works with. "Ko đc làm CCCD?" → ["khong", "duoc", "lam", "can", "cuoc", "cong", "dan"].
 */
export function tokenizeSyllables(text: string): string[] {
  const folded = foldForMatching(expandAbbreviations(text));
  return folded.length === 0 ? [] : folded.split(" ");
}

/** Adjacent pairs of syllables joined by "_": ["can", "cuoc", "x"] → ["can_cuoc", "cuoc_x"]. */
export function toBigrams(syllables: readonly string[]): string[] {
  const bigrams: string[] = [];
  for (let index = 0; index + 1 < syllables.length; index += 1) {
    bigrams.push(`${syllables[index]}_${syllables[index + 1]}`);
  }
  return bigrams;
}

/**
 * Unigram + bigram terms of a text, the feature set of the classifier and the FAQ index.
 * Vietnamese words are mostly two syllables, so bigrams carry most of the meaning
 * ("tam_tru", "ho_chieu", "lua_dao").
 */
export function toTerms(text: string): string[] {
  const syllables = tokenizeSyllables(text);
  return [...syllables, ...toBigrams(syllables)];
}

/**
 * The folded, expanded form padded with spaces, so phrase cues can be tested with
 * `includes(" dang chay ")` without matching inside longer syllables.
 */
export function toMatchableText(text: string): string {
  return ` ${tokenizeSyllables(text).join(" ")} `;
}
