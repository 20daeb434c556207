import type { TChoice } from "../../../core/outbox/outbox-types.ts";
import { foldForMatching } from "../../../core/understanding/normalize-text.ts";

/** Replies longer than this are messages, not a choice typed from the list. */
const MAX_TYPED_CHOICE_LENGTH = 60;

/**
 * Polite words people wrap a short answer in ("dạ, số 2 ạ", "đồng ý nhé", "1 nha"), folded.
 * Only these are set aside — never content words — so "hủy hoại xe" is not read as "Hủy".
 */
const LEADING_COURTESY = new Set(["da", "vang", "ok", "oke", "okay", "chon", "choose"]);
const TRAILING_COURTESY = new Set(["a", "nhe", "nha", "nhen", "ha", "di", "a nhe", "nhe ban", "please", "thanks", "thank you", "ok"]);

/**
 * The offered choice a typed reply stands for, on a channel where choices are a numbered list:
 * its number ("2", "2.", "số 2", "#2") or its words, ignoring case, diacritics, emoji and
 * punctuation ("dong y" picks "✅ Đồng ý"). The first words of exactly one label also pick it
 * ("bao tin" picks "🚨 Báo tin, tố giác") when at least four letters long. Courtesy words around
 * the answer are allowed ("dạ số 2 ạ", "đồng ý nhé"). Anything else is a message and stays one.
 */
export function matchTypedChoice(choices: readonly TChoice[], typed: string): TChoice | undefined {
  if (choices.length === 0 || typed.length > MAX_TYPED_CHOICE_LENGTH) return undefined;
  const folded = foldForMatching(typed);
  if (!folded) return undefined;
  const labels = choices.map((choice) => ({ choice, folded: foldForMatching(choice.label) }));
  // The text as typed first ("đã rõ" must not lose its "đã"), then without courtesy words.
  for (const candidate of new Set([folded, withoutCourtesy(folded)])) {
    const match = matchFolded(choices, labels, candidate);
    if (match) return match;
  }
  return undefined;
}

function matchFolded(choices: readonly TChoice[], labels: { choice: TChoice; folded: string }[], folded: string): TChoice | undefined {
  if (!folded) return undefined;
  // Folding drops "#", "." and ")": "#2", "2." and "2)" all read "2"; "số 2" reads "so 2".
  const number = /^(?:so )?(\d{1,2})$/.exec(folded)?.[1];
  if (number !== undefined) return choices[Number(number) - 1];
  const exact = labels.find((label) => label.folded === folded);
  if (exact) return exact.choice;
  if (folded.length < 4) return undefined;
  const prefixed = labels.filter((label) => label.folded.startsWith(`${folded} `));
  return prefixed.length === 1 ? prefixed[0]!.choice : undefined;
}

function withoutCourtesy(folded: string): string {
  let words = folded.split(" ");
  while (words.length > 1 && LEADING_COURTESY.has(words[0]!)) words = words.slice(1);
  for (let changed = true; changed && words.length > 1; ) {
    changed = false;
    for (const size of [2, 1]) {
      if (words.length > size && TRAILING_COURTESY.has(words.slice(-size).join(" "))) {
        words = words.slice(0, -size);
        changed = true;
        break;
      }
    }
  }
  return words.join(" ");
}
