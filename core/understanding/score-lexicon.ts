/**
 * Scores a message against the hand-written cue lexicon (category-lexicon.ts): for each
 * category and for each kind, the sum of the weights of its cues present in the message.
 */
import { CATEGORY_CODES, MESSAGE_KINDS, type CategoryCode, type MessageKind } from "./categories.ts";
import { CATEGORY_CUES, KIND_CUES, type WeightedPhrase } from "./category-lexicon.ts";

/** Lexicon evidence for one message. */
export interface LexiconScores {
  byCategory: Map<CategoryCode, number>;
  byKind: Map<MessageKind, number>;
  /** Cue phrases that fired, per category and per kind (for `reasons`). */
  firedByCategory: Map<CategoryCode, string[]>;
  firedByKind: Map<MessageKind, string[]>;
}

/**
 * Sums the weights of the cues present. A cue contained in a longer cue that also fired
 * ("cuop" inside "cuop giat") is not counted twice.
 */
function fire(matchable: string, cues: readonly WeightedPhrase[]): { total: number; fired: string[] } {
  const present = cues.filter(([phrase]) => matchable.includes(` ${phrase} `));
  const counted = present.filter(
    ([phrase]) => !present.some(([other]) => other !== phrase && ` ${other} `.includes(` ${phrase} `)),
  );
  return {
    total: counted.reduce((sum, [, weight]) => sum + weight, 0),
    fired: counted.map(([phrase]) => phrase),
  };
}

/**
 * `matchable` is the space-padded folded text (see toMatchableText), plus " qmark " when the
 * citizen typed a question mark.
 */
export function scoreLexicon(matchable: string): LexiconScores {
  const kindTotals = new Map<MessageKind, number>();
  const firedByKind = new Map<MessageKind, string[]>();
  for (const kind of MESSAGE_KINDS) {
    const { total, fired } = fire(matchable, KIND_CUES[kind]);
    kindTotals.set(kind, total);
    firedByKind.set(kind, fired);
  }
  const byCategory = new Map<CategoryCode, number>();
  const firedByCategory = new Map<CategoryCode, string[]>();
  for (const code of CATEGORY_CODES) {
    const { total, fired } = fire(matchable, CATEGORY_CUES[code]);
    byCategory.set(code, total);
    firedByCategory.set(code, fired);
  }
  return { byCategory, byKind: kindTotals, firedByCategory, firedByKind };
}
