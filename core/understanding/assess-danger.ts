/**
 * The structural emergency rule (see emergency-signals.ts): danger root × happening now ×
 * not clearly over or only asked about. Recall first: a danger to life counts unless the
 * message says it is over, habitual or a question/complaint/thanks, and even then counts when
 * an unmistakable "now" marker ("đang", "vừa", "bây giờ", "cứu", "gấp", "!") is present.
 * Crimes against property need a "now" marker and no past or asking context.
 */
import {
  ASKING_MARKERS,
  DANGER_FAMILIES,
  DISCOVERED_MARKERS,
  GRATITUDE_MARKERS,
  HARMLESS_MARKED_PHRASES,
  NOW_MARKERS,
  OVER_MARKERS,
  type DangerFamily,
} from "./emergency-signals.ts";
import { expandAbbreviations, toMatchableText } from "./normalize-text.ts";

/** What the structural rule saw in one message. */
export interface DangerAssessment {
  isEmergency: boolean;
  families: DangerFamily[];
  /** "danger:fire", "now", "strong-now", "over", "asking": for officers' `reasons`. */
  signals: string[];
}

/** Unmistakable "now" (written or folded): these override a past or asking context. */
const STRONG_NOW = {
  marked: ["đang", "vừa", "bây giờ", "ngay bây giờ", "lúc này", "cứu với", "cứu em", "cứu tôi", "cứu tui", "cứu mình", "cứu con", "cứu gấp",
    "cứu giúp", "cần gấp", "gấp lắm", "nhanh lên", "mau lên", "đến giờ", "vẫn đang", "còn đang", "hiện giờ", "kêu cứu"],
  folded: ["dang", "vua", "bay gio", "luc nay", "cuu voi", "cuu em", "cuu toi", "cuu tui", "cuu minh", "cuu con", "cuu gap", "cuu giup",
    "can gap", "gap lam", "nhanh len", "mau len", "den gio", "van dang", "con dang", "keu cuu"],
};

/** Old-style tone placement ("hoà", "thuỷ") brought to the style the lists use ("hòa", "thủy"). */
const TONE_PLACEMENT: ReadonlyArray<readonly [RegExp, string]> = [
  [/o([àáảãạ])(?=\s|$)/g, "$1"],
  [/u([ỳýỷỹỵ])(?=\s|$)/g, "$1"],
];
const TONED_O: Record<string, string> = { à: "òa", á: "óa", ả: "ỏa", ã: "õa", ạ: "ọa" };
const TONED_U: Record<string, string> = { ỳ: "ùy", ý: "úy", ỷ: "ủy", ỹ: "ũy", ỵ: "ụy" };

function canonicalTones(text: string): string {
  const [oRule, uRule] = TONE_PLACEMENT;
  let result = text;
  if (oRule) result = result.replace(oRule[0], (_match, tone: string) => TONED_O[tone] ?? _match);
  if (uRule) result = result.replace(uRule[0], (_match, tone: string) => TONED_U[tone] ?? _match);
  return result;
}

/**
 * True when the citizen typed Vietnamese with its diacritics (then a written syllable is
 * unambiguous). A message typed without them but with a stray "đc" or "đ" is read folded: it
 * takes most syllables marked (Vietnamese written properly has marks on most of them).
 */
export function isTypedWithDiacritics(text: string): boolean {
  const words = text.normalize("NFC").toLowerCase().split(/[^\p{L}]+/u).filter((word) => word.length > 0);
  const marked = words.filter((word) => /[^a-z]/.test(word)).length;
  return words.length > 0 && marked / words.length >= 0.3;
}

const LONGEST_PHRASE = Math.max(
  ...[...DANGER_FAMILIES, STRONG_NOW, NOW_MARKERS, OVER_MARKERS, ASKING_MARKERS, DISCOVERED_MARKERS, GRATITUDE_MARKERS]
    .flatMap((lists) => [...lists.marked, ...lists.folded])
    .map((phrase) => phrase.split(" ").length),
);

/** Every run of 1…LONGEST_PHRASE consecutive words: one set look-up per listed phrase instead of a scan. */
function toPhraseSet(padded: string): Set<string> {
  const words = padded.split(" ").filter((word) => word.length > 0);
  const phrases = new Set<string>();
  for (let start = 0; start < words.length; start += 1) {
    let phrase = "";
    for (let length = 0; length < LONGEST_PHRASE && start + length < words.length; length += 1) {
      phrase = length === 0 ? (words[start] ?? "") : `${phrase} ${words[start + length] ?? ""}`;
      phrases.add(phrase);
    }
  }
  return phrases;
}

function containsAny(phraseSet: ReadonlySet<string>, phrases: readonly string[]): boolean {
  return phrases.some((phrase) => phraseSet.has(phrase));
}

function withoutPhrases(padded: string, phrases: readonly string[]): string {
  let cleaned = padded;
  for (const phrase of phrases) cleaned = cleaned.split(` ${phrase} `).join(" _ ");
  return cleaned;
}

/** Mostly capital letters, typed in alarm ("CÓ CƯỚP Ở CÂY ATM"). */
function isShouted(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, "");
  const capitals = text.replace(/[^\p{Lu}]/gu, "");
  return letters.length >= 10 && capitals.length / letters.length > 0.6;
}

/**
 * Applies the structural rule to one message. `dangerousRoots` are the written roots a message
 * typed without diacritics most likely means where its folded words are ambiguous ("chay" read
 * as "cháy": folded-root-disambiguator.ts); they count as that family's roots.
 */
export function assessDanger(text: string, dangerousRoots?: (text: string) => ReadonlySet<string>): DangerAssessment {
  // Everything is read in the form the citizen typed: folded, "đăng" (post) would pass for "đang"
  // (now), "ngày" (day) for "ngay" (at once) and "bắt đóng" for "bất động".
  const isWritten = isTypedWithDiacritics(text);
  const words = isWritten
    ? toPhraseSet(withoutPhrases(` ${canonicalTones(expandAbbreviations(text))} `, HARMLESS_MARKED_PHRASES))
    : // Folded, "đăng nhập / đăng ký / đăng bài" reads "dang", the same as "đang" (now).
      toPhraseSet(toMatchableText(text).replace(/ dang (?=(nhap|ky|ki|bai|tin|tai|anh|clip|video|len|ban|status) )/g, " dang_ "));
  const hasMarker = (lists: { marked: readonly string[]; folded: readonly string[] }) =>
    containsAny(words, isWritten ? lists.marked : lists.folded);

  const restored = isWritten || dangerousRoots === undefined ? undefined : dangerousRoots(text);
  const families = DANGER_FAMILIES.filter(
    (family) => hasMarker(family) || (restored !== undefined && restored.size > 0 && family.marked.some((root) => restored.has(root))),
  );
  const isUrgentTyping = text.includes("!") || isShouted(text);
  const strongNow = isUrgentTyping || hasMarker(STRONG_NOW);
  const now = strongNow || hasMarker(NOW_MARKERS);
  const over = hasMarker(OVER_MARKERS);
  const asking = text.includes("?") || hasMarker(ASKING_MARKERS);
  const discovered = hasMarker(DISCOVERED_MARKERS);

  const threatensLife = families.some((family) => family.level === "life");
  const threatensProperty = families.some((family) => family.level === "crime");
  const isCalmContext = over || asking;
  // Something happening right now that is neither over, asked about nor found afterwards is
  // worth an officer's glance even without a danger root: the open tail of wordings lives here.
  const isOngoingReport = strongNow && !isCalmContext && !discovered;
  const isThanksForThePast = hasMarker(GRATITUDE_MARKERS) && (over || hasMarker({ marked: ["đã"], folded: ["da"] }));
  const isEmergency =
    !isThanksForThePast &&
    ((threatensLife && (!isCalmContext || strongNow)) ||
      (threatensProperty && !discovered && ((now && !isCalmContext) || (strongNow && !asking && !over))) ||
      isOngoingReport);
  return {
    isEmergency,
    families,
    signals: [
      ...families.map((family) => `danger:${family.name}`),
      ...(strongNow ? ["strong-now"] : now ? ["now"] : []),
      ...(isOngoingReport && families.length === 0 ? ["ongoing"] : []),
      ...(over ? ["over"] : []),
      ...(asking ? ["asking"] : []),
    ],
  };
}
