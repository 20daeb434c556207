/**
 * Procedure answers: ranks FAQ entries for a citizen's question with BM25 over folded,
 * abbreviation-expanded syllables and syllable bigrams ("lam cccd o dau" finds "Làm thẻ căn
 * cước lần đầu…"), plus a boost for each of an entry's keywords found in the question.
 * Build the index once from the published entries; searching is cheap and offline.
 */
import { tokenizeSyllables, toBigrams } from "./normalize-text.ts";

/** An FAQ entry as the index needs it; the app loads these from the database. */
export interface FaqEntryInput {
  /** Stable key returned in results (a slug, or the row id if you prefer). */
  slug: string;
  question: string;
  answer: string;
  /** Phrases and abbreviations people type ("cccd", "tạm trú", "đkx"). */
  keywords: readonly string[];
  categoryCode?: string | null;
}

/** One ranked result. Scores are comparable within one index only. */
export interface FaqMatch {
  slug: string;
  score: number;
}

/** Options of {@link FaqIndex.search}. */
export interface FaqSearchOptions {
  /** How many results to return (default 3). */
  limit?: number;
}

/** A searchable FAQ built by {@link createFaqIndex}. */
export interface FaqIndex {
  search(query: string, options?: FaqSearchOptions): FaqMatch[];
  /** Category of an indexed entry, for callers that re-rank by the classified category. */
  categoryOf(slug: string): string | null;
}

/** Syllables too common in questions to say anything about the topic. */
const STOP_SYLLABLES = new Set([
  "cho", "hoi", "thi", "la", "co", "khong", "duoc", "gi", "nao", "the", "o", "dau", "can", "lam", "bao", "nhieu",
  "vay", "a", "ad", "admin", "oi", "em", "e", "toi", "minh", "anh", "chi", "ban", "nhu", "sao", "phai", "va",
  "de", "cua", "voi", "nay", "do", "khi", "neu", "ma", "roi", "se", "da", "dang", "bi", "mot", "cac", "nhung",
  "tu", "den", "tai", "ve", "trong", "ra", "vao", "di", "len", "xin", "muon", "nhe", "nhi", "ha", "u", "ah",
  "dc", "k", "ko", "j", "thu", "tuc", "con", "hay", "hoac", "moi", "nguoi", "nha", "cu", "lai", "cung", "it",
]);

/** The index terms of a text: non-stop syllables and bigrams not made of stop syllables only. */
export function faqTerms(text: string): string[] {
  const syllables = tokenizeSyllables(text);
  const unigrams = syllables.filter((syllable) => !STOP_SYLLABLES.has(syllable));
  const bigrams = toBigrams(syllables).filter((bigram) => {
    const [left = "", right = ""] = bigram.split("_");
    return !(STOP_SYLLABLES.has(left) && STOP_SYLLABLES.has(right));
  });
  return [...unigrams, ...bigrams];
}

/** BM25 parameters, field weights and the keyword boost. */
export interface FaqSearchTuning {
  k1: number;
  b: number;
  questionWeight: number;
  keywordWeight: number;
  answerWeight: number;
  keywordBoost: number;
}

/** Chosen on the TRAIN split (eval/tune-faq.ts). */
export const DEFAULT_FAQ_SEARCH_TUNING: FaqSearchTuning = {
  k1: 0.9,
  b: 0.5,
  questionWeight: 2,
  keywordWeight: 2,
  answerWeight: 0.3,
  keywordBoost: 3,
};

interface IndexedEntry {
  entry: FaqEntryInput;
  termFrequency: Map<string, number>;
  length: number;
  keywordPhrases: string[];
}

function addTerms(frequency: Map<string, number>, terms: readonly string[], weight: number): number {
  for (const term of terms) frequency.set(term, (frequency.get(term) ?? 0) + weight);
  return terms.length * weight;
}

function indexEntry(entry: FaqEntryInput, tuning: FaqSearchTuning): IndexedEntry {
  const termFrequency = new Map<string, number>();
  let length = addTerms(termFrequency, faqTerms(entry.question), tuning.questionWeight);
  length += addTerms(termFrequency, entry.keywords.flatMap(faqTerms), tuning.keywordWeight);
  length += addTerms(termFrequency, faqTerms(entry.answer), tuning.answerWeight);
  const keywordPhrases = entry.keywords
    .map((keyword) => tokenizeSyllables(keyword).join(" "))
    .filter((phrase) => phrase.length > 0);
  return { entry, termFrequency, length, keywordPhrases };
}

/**
 * Builds the search index over FAQ entries. Call at start-up and again when an officer
 * publishes or edits an entry.
 */
export function createFaqIndex(entries: readonly FaqEntryInput[], tuning: FaqSearchTuning = DEFAULT_FAQ_SEARCH_TUNING): FaqIndex {
  const indexed = entries.map((entry) => indexEntry(entry, tuning));
  const averageLength = indexed.reduce((sum, item) => sum + item.length, 0) / Math.max(1, indexed.length);
  const documentFrequency = new Map<string, number>();
  for (const item of indexed) {
    for (const term of item.termFrequency.keys()) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  }
  // How many entries a keyword names: its own entries and those with a longer keyword containing it
  // ("căn cước" is shared by "đổi căn cước", "mất căn cước"…), so generic keywords boost less.
  const keywordSpread = new Map<string, number>();
  for (const phrase of new Set(indexed.flatMap((item) => item.keywordPhrases))) {
    const spread = indexed.filter((item) => item.keywordPhrases.some((own) => ` ${own} `.includes(` ${phrase} `))).length;
    keywordSpread.set(phrase, spread);
  }
  const total = indexed.length;
  const inverseFrequency = (term: string) => {
    const frequency = documentFrequency.get(term) ?? 0;
    return Math.log(1 + (total - frequency + 0.5) / (frequency + 0.5));
  };
  const { k1, b, keywordBoost } = tuning;

  function scoreEntry(item: IndexedEntry, queryTerms: readonly string[], matchable: string): number {
    let score = 0;
    for (const term of queryTerms) {
      const frequency = item.termFrequency.get(term) ?? 0;
      if (frequency === 0) continue;
      const normaliser = frequency + k1 * (1 - b + (b * item.length) / averageLength);
      score += (inverseFrequency(term) * frequency * (k1 + 1)) / normaliser;
    }
    for (const phrase of new Set(item.keywordPhrases)) {
      if (!matchable.includes(` ${phrase} `)) continue;
      score += (keywordBoost * Math.sqrt(phrase.split(" ").length)) / (keywordSpread.get(phrase) ?? 1);
    }
    return score;
  }

  return {
    search(query, options = {}) {
      const queryTerms = [...new Set(faqTerms(query))];
      const matchable = ` ${tokenizeSyllables(query).join(" ")} `;
      return indexed
        .map((item) => ({ slug: item.entry.slug, score: Math.round(scoreEntry(item, queryTerms, matchable) * 1000) / 1000 }))
        .filter((match) => match.score > 0)
        .sort((left, right) => right.score - left.score || left.slug.localeCompare(right.slug))
        .slice(0, options.limit ?? 3);
    },
    categoryOf: (slug) => entries.find((entry) => entry.slug === slug)?.categoryCode ?? null,
  };
}

/** When an answer may be sent without an officer: top score and its lead over the runner-up. */
export interface FaqConfidenceThresholds {
  minimumScore: number;
  /** (top − second) / top. */
  minimumMargin: number;
}

/** Chosen on the TRAIN split (eval/tune-faq.ts): ~57% of questions answered at once, ~93% of those correctly. */
export const DEFAULT_FAQ_CONFIDENCE: FaqConfidenceThresholds = { minimumScore: 20, minimumMargin: 0.3 };

/**
 * Whether the top result is safe to send as an instant answer. Otherwise offer the
 * candidates as choices, or hand the question to an officer.
 */
export function isConfident(results: readonly FaqMatch[], thresholds: FaqConfidenceThresholds = DEFAULT_FAQ_CONFIDENCE): boolean {
  const [top, second] = results;
  if (top === undefined || top.score < thresholds.minimumScore) return false;
  const margin = second === undefined ? 1 : (top.score - second.score) / top.score;
  return margin >= thresholds.minimumMargin;
}
