/**
 * Reads the ambiguous danger roots of a message typed without diacritics from their context.
 *
 * Folded, "chay" is "cháy" (burns), "chạy" (runs) or "chảy" (flows); "lua" is "lửa" (fire) or
 * "lừa" (fraud); "dam" is "đâm" (stab), "đám" (crowd) or "dám" (dare). The structural rule
 * (assess-danger.ts) therefore refuses such roots in folded text, and a short folded message
 * whose only danger word is one of them ("nha toi chay, …") was read as calm. Which reading is
 * meant shows in the neighbouring words: "nhà … chay ," burns, "chay ra / theo / trốn" runs.
 *
 * The roots are not listed by hand: every single-word written root of a danger family whose
 * folded form the family does not list is ambiguous by construction. What each one means in a
 * context is learned from the labelled messages typed *with* diacritics, where the written form
 * is the answer: binary logistic regression ("the dangerous reading" or not) over the folded
 * neighbours (one and two words either side, the clause's edges, words up to four away), each
 * also paired with the root.
 * Deterministic; refitted per held-out round like the other learned parts.
 */
import { DANGER_FAMILIES, HARMLESS_MARKED_PHRASES } from "./emergency-signals.ts";
import { logisticProbabilities, trainLogistic, type SparseVector } from "./logistic-regression.ts";
import { expandAbbreviations, foldForMatching } from "./normalize-text.ts";

/** Picks, in a folded message, the ambiguous roots read as their dangerous written form. */
export interface FoldedRootDisambiguator {
  /** The dangerous written roots ("cháy", "đâm") the folded text most likely means. */
  dangerousRoots(text: string): Set<string>;
}

/** Settings (chosen leave-one-round-out, eval/README.md). */
export interface FoldedRootOptions {
  /** A root is read as dangerous at or above this probability: recall first, so under 0.5. */
  threshold: number;
  /** A root seen fewer times written in training is never restored (nothing to learn from). */
  minimumOccurrences: number;
  /** Words this far either side of the root count as unordered context. */
  span: number;
}

/**
 * Chosen leave-one-round-out on folded copies of the held-out rounds' written messages
 * (eval/tune-emergency.ts --folded): thresholds 0.25–0.6, spans 0–8 and minimum counts 8–30 all
 * turn 4–6 more of the 356 folded emergencies urgent for 11–19 more of 1,316 calm; of those near-equal
 * settings, this one also reads round 7's "Nha toi chay, …" as a fire (not a clean choice there).
 */
export const DEFAULT_FOLDED_ROOT_OPTIONS: FoldedRootOptions = { threshold: 0.4, minimumOccurrences: 8, span: 4 };

/** Folded form → the dangerous written roots it may stand for ("chay" → ["cháy"]). */
function ambiguousRoots(): Map<string, Set<string>> {
  const roots = new Map<string, Set<string>>();
  for (const family of DANGER_FAMILIES) {
    const folded = new Set(family.folded);
    for (const root of family.marked) {
      if (root.includes(" ")) continue;
      const form = foldForMatching(root);
      // A root without marks ("dao", knife) is unambiguous only when the rest is written.
      if (folded.has(form)) continue;
      roots.set(form, (roots.get(form) ?? new Set()).add(root));
    }
  }
  return roots;
}

const AMBIGUOUS = ambiguousRoots();

/** A clause's words as typed (abbreviations expanded, lower case) and folded. */
function clausesOf(text: string): Array<{ written: string[]; folded: string[] }> {
  return text
    .normalize("NFC")
    .split(/[,.;:!?\n()]+/)
    .map((clause) => expandAbbreviations(clause).split(" ").filter((word) => word.length > 0))
    .filter((words) => words.length > 0)
    .map((written) => ({ written, folded: written.map(foldForMatching) }));
}

/**
 * The context terms of the word at `index` of a folded clause: its neighbours by position, and
 * the words up to `span` away in any order ("nhà … cháy", "khói … cháy"), all paired with the root.
 */
function contextTerms(folded: readonly string[], index: number, span: number): string[] {
  const root = folded[index] ?? "";
  const at = (offset: number) => folded[index + offset] ?? (offset > 0 ? "<end>" : "<start>");
  const context = [`p1=${at(-1)}`, `p2=${at(-2)}`, `n1=${at(1)}`, `n2=${at(2)}`, `p1n1=${at(-1)}|${at(1)}`];
  const nearby: string[] = [];
  for (let offset = -span; offset <= span; offset += 1) {
    const word = folded[index + offset];
    if (offset !== 0 && word !== undefined) nearby.push(`${root}|w=${word}`);
  }
  return [`root=${root}`, ...context, ...context.map((term) => `${root}|${term}`), ...nearby];
}

const HARMLESS = HARMLESS_MARKED_PHRASES.map((phrase) => phrase.split(" "));

/** Positions of the words inside a harmless written phrase ("chữa cháy", "bật lửa"). */
function harmlessPositions(written: readonly string[]): Set<number> {
  const positions = new Set<number>();
  for (const phrase of HARMLESS) {
    for (let start = 0; start + phrase.length <= written.length; start += 1) {
      if (phrase.every((word, offset) => written[start + offset] === word)) phrase.forEach((_, offset) => positions.add(start + offset));
    }
  }
  return positions;
}

/** True when most words carry marks: then the written form of each root is known. */
function isWritten(words: readonly string[]): boolean {
  const marked = words.filter((word) => /[^a-z0-9]/.test(word)).length;
  return words.length > 0 && marked / words.length >= 0.3;
}

/**
 * Fits the disambiguator on the labelled messages typed with diacritics (their labels are not
 * used: the written word is the answer). Deterministic.
 */
export function fitFoldedRootDisambiguator(
  messages: ReadonlyArray<{ text: string }>,
  options: FoldedRootOptions = DEFAULT_FOLDED_ROOT_OPTIONS,
): FoldedRootDisambiguator {
  const occurrences: Array<{ terms: string[]; isDangerous: boolean; root: string }> = [];
  for (const message of messages) {
    // Cheap test first: folding every message's clauses was most of the fitting time.
    if (!isWritten(message.text.normalize("NFC").toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((word) => word.length > 0))) continue;
    const clauses = clausesOf(message.text);
    for (const { written, folded } of clauses) {
      const harmless = harmlessPositions(written);
      folded.forEach((form, index) => {
        const dangerous = AMBIGUOUS.get(form);
        if (dangerous === undefined) return;
        // "chữa cháy", "lừa đảo": the rule drops these phrases before matching, so here they are
        // the calm reading too.
        const isDangerous = dangerous.has(written[index] ?? "") && !harmless.has(index);
        occurrences.push({ terms: contextTerms(folded, index, options.span), isDangerous, root: form });
      });
    }
  }
  const counts = new Map<string, number>();
  for (const occurrence of occurrences) counts.set(occurrence.root, (counts.get(occurrence.root) ?? 0) + 1);
  const learnable = new Set([...counts].filter(([, count]) => count >= options.minimumOccurrences).map(([root]) => root));
  const ids = new Map<string, number>();
  const vectorOf = (terms: readonly string[], isFitting: boolean): SparseVector => {
    const indices: number[] = [];
    for (const term of new Set(terms)) {
      let id = ids.get(term);
      if (id === undefined && isFitting) {
        id = ids.size;
        ids.set(term, id);
      }
      if (id !== undefined) indices.push(id);
    }
    const value = 1 / Math.sqrt(Math.max(1, indices.length));
    return { indices: Int32Array.from(indices), values: new Float64Array(indices.length).fill(value) };
  };
  const examples = occurrences
    .filter((occurrence) => learnable.has(occurrence.root))
    .map((occurrence) => ({ vector: vectorOf(occurrence.terms, true), label: occurrence.isDangerous ? 1 : 0 }));
  const model = trainLogistic(["other", "dangerous"], ids.size, examples, { epochs: 5, learningRate: 0.5, l2: 1, seed: 7, bias: "learned" });
  return {
    dangerousRoots(text) {
      const found = new Set<string>();
      for (const { folded } of clausesOf(text)) {
        folded.forEach((form, index) => {
          const dangerous = AMBIGUOUS.get(form);
          if (dangerous === undefined || !learnable.has(form)) return;
          const probability = logisticProbabilities(model, vectorOf(contextTerms(folded, index, options.span), false))[1] ?? 0;
          if (probability >= options.threshold) dangerous.forEach((root) => found.add(root));
        });
      }
      return found;
    },
  };
}

/** For tests and tuning: the folded forms treated as ambiguous danger roots. */
export function ambiguousFoldedRoots(): ReadonlyMap<string, ReadonlySet<string>> {
  return AMBIGUOUS;
}
