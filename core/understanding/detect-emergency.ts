/**
 * Emergency detection: a crime in progress or a danger to life, answered at once with the
 * 113/114/115 hotlines and pushed to the unit's notification chat.
 *
 * Tuned for a very low miss rate: a false alarm costs an officer a glance, a miss can cost a
 * life. Only a clear past tense, procedure question or "already handled" message (thanks, found)
 * *without* any present cue turns an "ongoing" cue (fire, fight, robbery, accident) back into
 * an ordinary message; an "always" cue (weapons, self-harm, kidnapping, a missing person, a cry
 * for help) yields only to a procedure question or a resolved case.
 *
 * The cue phrases catch what they name and nothing else (recall stalled at ~74% on new wording),
 * so a structural rule (assess-danger.ts: danger roots × "now" × not over or asked about) runs
 * beside them, and a learned scorer (emergency-scorer.ts) beside both; a message is urgent when
 * any of them says so. In text typed without diacritics the structural rule also reads the
 * ambiguous roots ("chay": cháy or chạy) through a learned disambiguator
 * (folded-root-disambiguator.ts). Leave-one-round-out figures: eval/README.md.
 */
import {
  ADDRESS_WORDS,
  CALLS_FOR_HELP,
  EMERGENCY_CUE_GROUPS,
  HOTLINE_ORDER,
  MONEY_LOSS_CUES,
  SCAM_CALL_CUES,
  PAST_CUES,
  PRESENT_CUES,
  PROCEDURE_CUES,
  RESOLVED_CUES,
  type EmergencyCueGroup,
  withoutHarmlessPhrases,
  type Hotline,
} from "./emergency-cues.ts";
import { assessDanger, isTypedWithDiacritics } from "./assess-danger.ts";
import { detectEnglishEmergency } from "./english-emergency.ts";
import { defaultEmergencyScorer, defaultFoldedRootDisambiguator } from "./default-classifier.ts";
import type { FoldedRootDisambiguator } from "./folded-root-disambiguator.ts";
import {
  EMERGENCY_SCORE_THRESHOLD,
  EMERGENCY_SCORER_MINIMUM_SYLLABLES,
  SHORT_MESSAGE_MINIMUM_SYLLABLES,
  SHORT_MESSAGE_THRESHOLD,
  type EmergencyScorer,
} from "./emergency-scorer.ts";
import { toMatchableText, tokenizeSyllables } from "./normalize-text.ts";

/** Emergency numbers: 113 police, 114 fire and rescue, 115 ambulance. */
export type { Hotline } from "./emergency-cues.ts";

/** The verdict on one message. `matched` lists the folded cue phrases that fired. */
export interface EmergencyAssessment {
  isEmergency: boolean;
  hotlines: Hotline[];
  matched: string[];
}


function containsPhrase(matchable: string, phrase: string): boolean {
  return matchable.includes(` ${phrase} `);
}

/**
 * Filler syllables a cue phrase may have inside it: "khói [đang] bốc", "cầm [theo] dao",
 * "đang [bị] cháy", "đuổi [nó] đánh". Only these: any syllable would let "đi bay lắc" match "đi lạc".
 */
const FILLER_SYLLABLES = new Set(["dang", "theo", "no", "ca", "ra", "len", "bi", "vua", "roi", "lai", "nhau", "ay", "do", "het", "luon", "van", "con"]);

/** A cue phrase of two or more syllables found with at most one filler syllable between two of its own. */
function containsLoosePhrase(syllables: readonly string[], phrase: string): boolean {
  const parts = phrase.split(" ");
  if (parts.length < 2) return false;
  for (let start = 0; start < syllables.length; start += 1) {
    if (syllables[start] !== parts[0]) continue;
    let position = start;
    let isMatch = true;
    for (const part of parts.slice(1)) {
      if (syllables[position + 1] === part) position += 1;
      else if (FILLER_SYLLABLES.has(syllables[position + 1] ?? "") && syllables[position + 2] === part) position += 2;
      else {
        isMatch = false;
        break;
      }
    }
    if (isMatch) return true;
  }
  return false;
}

const CUE_SYLLABLES = new Set(
  [...EMERGENCY_CUE_GROUPS.flatMap((group) => group.phrases), ...PRESENT_CUES].flatMap((phrase) => phrase.split(" ")),
);

/** A syllable typed in panic ("cuuuuu", "voiiii") brought back to a cue syllable when possible. */
function squeezeRepeats(syllable: string): string {
  if (!/([a-z])\1{2,}/.test(syllable)) return syllable;
  const toTwo = syllable.replace(/([a-z])\1{2,}/g, "$1$1");
  return CUE_SYLLABLES.has(toTwo) ? toTwo : syllable.replace(/([a-z])\1{2,}/g, "$1");
}

/**
 * The text to match against: folded, panic repeats squeezed, harmless look-alikes removed, and
 * the pseudo-cue "exclaim" appended when the citizen typed "!".
 */
function toEmergencyMatchable(text: string): string {
  const squeezed = toMatchableText(text).split(" ").map(squeezeRepeats).join(" ");
  return `${withoutHarmlessPhrases(squeezed)}${text.includes("!") ? "exclaim " : ""}`;
}

interface MatchedCue {
  phrase: string;
  strength: EmergencyCueGroup["strength"];
  hotlines: readonly Hotline[];
}

/** All cue phrases present, minus those only present inside a longer matched phrase. */
function findCues(matchable: string): MatchedCue[] {
  const syllables = matchable.trim().split(" ");
  const found = EMERGENCY_CUE_GROUPS.flatMap((group) =>
    group.phrases
      .filter((phrase) => containsPhrase(matchable, phrase) || (group.strength !== "weak" && containsLoosePhrase(syllables, phrase)))
      .map((phrase) => ({ phrase, strength: group.strength, hotlines: group.hotlines })),
  );
  return found.filter(
    (cue) =>
      !found.some(
        (other) =>
          other.phrase !== cue.phrase &&
          ` ${other.phrase} `.includes(` ${cue.phrase} `) &&
          !matchable.split(` ${other.phrase} `).join(" _ ").includes(` ${cue.phrase} `),
      ),
  );
}

const CALLS_FOR_HELP_SET: ReadonlySet<string> = new Set(CALLS_FOR_HELP);

/**
 * A fraud victim's plea: money lost or demanded (MONEY_LOSS_CUES), and no danger named but the
 * call for help itself ("Em vừa bị lừa 12 triệu …, cứu em với các anh ơi").
 */
function isOnlyHelpWithMoney(matchable: string, cues: readonly MatchedCue[], families: readonly { name: string }[]): boolean {
  if (!MONEY_LOSS_CUES.some((cue) => containsPhrase(matchable, cue)) && !/ \d+(tr|k) /.test(matchable)) return false;
  return cues.every((cue) => CALLS_FOR_HELP_SET.has(cue.phrase)) && families.every((family) => family.name === "cry-for-help");
}

/** A scam call told after the citizen checked it (SCAM_CALL_CUES). */
function isCheckedScamCall(matchable: string): boolean {
  const has = (cues: readonly string[]) => cues.some((cue) => containsPhrase(matchable, cue));
  return has(SCAM_CALL_CUES.caller) && has(SCAM_CALL_CUES.transfer) && has(SCAM_CALL_CUES.check);
}

/** The rules' verdict, plus the hotlines of the danger families seen (for a verdict the scorer alone makes). */
interface RuleVerdict extends EmergencyAssessment {
  familyHotlines: Hotline[];
}

/**
 * One-syllable present cues as the citizen writes them: typed with diacritics, "gặp" (meet) is
 * not "gấp" (urgent), "vua" (king) not "vừa" (just now), "đăng" (post) not "đang" (now), though
 * all fold alike ("nếu gặp người đuối nước thì gọi số nào" read as happening now).
 */
const WRITTEN_PRESENT_SYLLABLES: Readonly<Record<string, string>> = { dang: "đang", vua: "vừa", gap: "gấp" };

/**
 * A danger only supposed or planned against: "nếu gặp …", "khi bị đuối nước thì …", "nên có biển
 * cảnh báo …", "nhà cháy thì gọi số nào". Unless the structural rule sees an unmistakable "now",
 * the cue phrases then count as if asked about (even the "always" ones such as "đuối nước").
 */
const HYPOTHETICAL_CUES: readonly string[] = [
  "neu", "gia su", "lo nhu", "khi co", "khi bi", "khi gap", "goi so nao", "so nao", "nen co", "nen dat", "nen lap",
  "nen to chuc", "nen lam", "co nen", "the nao", "kieu gi", "cach xu ly", "tap huan",
];

function hasPresentCueIn(text: string, matchable: string): boolean {
  const written = isTypedWithDiacritics(text) ? new Set(text.normalize("NFC").toLowerCase().split(/[^\p{L}]+/u)) : undefined;
  return PRESENT_CUES.some((cue) => {
    if (!containsPhrase(matchable, cue)) return false;
    const writtenForm = WRITTEN_PRESENT_SYLLABLES[cue];
    return written === undefined || writtenForm === undefined || written.has(writtenForm);
  });
}

function applyRules(text: string, disambiguator?: FoldedRootDisambiguator): RuleVerdict {
  // Foreigners write in English, which none of the Vietnamese cues, families or learned parts read.
  const english = detectEnglishEmergency(text);
  if (english.isEmergency) return { ...english, matched: english.matched.map((name) => `en:${name}`), familyHotlines: [] };
  const matchable = toEmergencyMatchable(text);
  const hasPresentCue = hasPresentCueIn(text, matchable);
  const hasPastCue = PAST_CUES.some((cue) => containsPhrase(matchable, cue));
  const isProcedural = PROCEDURE_CUES.some((cue) => containsPhrase(matchable, cue));
  const isResolved = RESOLVED_CUES.some((cue) => containsPhrase(matchable, cue));
  const structural = assessDanger(text, disambiguator && ((folded) => disambiguator.dangerousRoots(folded)));
  const isAskedAbout = HYPOTHETICAL_CUES.some((cue) => containsPhrase(matchable, cue)) && !structural.signals.includes("strong-now");
  const isOverOrHypothetical = (hasPastCue || isProcedural || isResolved || isAskedAbout) && !hasPresentCue;
  const isSettled = (isProcedural || isResolved || isAskedAbout) && !hasPresentCue;

  const cues = findCues(matchable);
  const hotlines = new Set<Hotline>();
  const weakHotlines = new Set<Hotline>();
  let strongCount = 0;
  let weakCount = 0;
  for (const cue of cues) {
    const counts = cue.strength === "always" ? !isSettled : cue.strength === "ongoing" && !isOverOrHypothetical;
    if (counts) {
      strongCount += 1;
      cue.hotlines.forEach((hotline) => hotlines.add(hotline));
    } else if (cue.strength === "weak") {
      weakCount += 1;
      cue.hotlines.forEach((hotline) => weakHotlines.add(hotline));
    }
  }
  const weakSuffices = weakCount > 0 && !isProcedural && !isResolved && (hasPresentCue || (!hasPastCue && weakCount >= 2));
  if (weakSuffices) weakHotlines.forEach((hotline) => hotlines.add(hotline));
  const byCues = strongCount > 0 || weakSuffices;
  const familyHotlines = new Set(structural.families.flatMap((family) => family.hotlines));
  // The cue phrases name their hotlines more precisely ("mắc kẹt" in a fire is 114, not an
  // accident's 113/115); the families' hotlines are given only when the structural rule alone decided.
  if (structural.isEmergency && !byCues) familyHotlines.forEach((hotline) => hotlines.add(hotline));
  const isEmergency = (byCues || structural.isEmergency) && !isOnlyHelpWithMoney(matchable, cues, structural.families) && !isCheckedScamCall(matchable);
  if (isEmergency && !hotlines.has("113") && !hotlines.has("114")) hotlines.add("113");
  return {
    isEmergency,
    hotlines: isEmergency ? HOTLINE_ORDER.filter((hotline) => hotlines.has(hotline)) : [],
    matched: [...cues.map((cue) => cue.phrase), ...(structural.isEmergency ? structural.signals : [])],
    familyHotlines: HOTLINE_ORDER.filter((hotline) => familyHotlines.has(hotline)),
  };
}

/**
 * The rules and cue phrases alone, without the learned scorer: what round 6 measured. For
 * comparisons (`npm run eval`) and for tests of the rules; the product uses detectEmergency.
 */
export function detectEmergencyByRules(text: string, disambiguator?: FoldedRootDisambiguator): EmergencyAssessment {
  const { isEmergency, hotlines, matched } = applyRules(text, disambiguator);
  return { isEmergency, hotlines, matched };
}

const ADDRESS_WORD_SET: ReadonlySet<string> = new Set(ADDRESS_WORDS);

/**
 * At least half address words and numbers ("so 12 ngo 45 duong … phuong gia cam tp viet tri"):
 * what a citizen types when a dialog asks where. The scorer learned that emergencies name places
 * (that address scored 0.83) and never saw a bare one; a labelled emergency this shaped always had
 * a danger word the rules read ("chay nha so 12 ngo 45 …").
 */
function isMostlyAddress(syllables: readonly string[]): boolean {
  const addressLike = syllables.filter((syllable) => ADDRESS_WORD_SET.has(syllable) || /^\d+[a-z]?$/.test(syllable)).length;
  return addressLike * 2 >= syllables.length;
}

/**
 * Whether the scorer is asked about `text`, and how: "long" messages at the detector's threshold;
 * "short" ones (a danger syllable needed) at SHORT_MESSAGE_THRESHOLD (emergency-scorer.ts); never
 * a bare address (null). Exported so eval/tune-emergency.ts asks exactly what the detector asks.
 */
export function scorerQuestionFor(text: string, scorer: EmergencyScorer): "long" | "short" | null {
  const syllables = tokenizeSyllables(text);
  if (isMostlyAddress(syllables)) return null;
  if (syllables.length >= EMERGENCY_SCORER_MINIMUM_SYLLABLES) return "long";
  const isAskedShort = syllables.length >= SHORT_MESSAGE_MINIMUM_SYLLABLES && scorer.hasDangerSyllable?.(text) === true;
  return isAskedShort ? "short" : null;
}

/** The score the scorer must reach for a question of `scorerQuestionFor`, or null when it is not asked. */
export function requiredScore(question: "long" | "short" | null, threshold: number): number | null {
  if (question === null) return null;
  return question === "long" ? threshold : Math.max(threshold, SHORT_MESSAGE_THRESHOLD);
}

/**
 * An emergency detector: the rules OR `scorer` at `threshold` (asked about messages of at least
 * EMERGENCY_SCORER_MINIMUM_SYLLABLES syllables, and about shorter ones with a danger syllable at
 * a higher threshold). When only the scorer fires, the
 * hotlines are those of the danger families in the message (with 113 unless 113 or 114 is among
 * them) and `matched` says "learned:0.87", so officers see why. `disambiguator` (fitted on the
 * same messages as `scorer`) lets the rules read ambiguous roots in text typed without diacritics.
 */
export function createEmergencyDetector(
  scorer: EmergencyScorer,
  threshold: number = EMERGENCY_SCORE_THRESHOLD,
  disambiguator?: FoldedRootDisambiguator,
): (text: string) => EmergencyAssessment {
  return (text) => {
    const rules = applyRules(text, disambiguator);
    const verdictOfRules = { isEmergency: rules.isEmergency, hotlines: rules.hotlines, matched: rules.matched };
    const required = rules.isEmergency ? null : requiredScore(scorerQuestionFor(text, scorer), threshold);
    if (required === null) return verdictOfRules;
    const score = scorer.score(text);
    if (score < required) return verdictOfRules;
    const matched = [...rules.matched, `learned:${score.toFixed(2)}`];
    // As for the rules: the police or fire line always comes with the ambulance's.
    const hotlines = new Set<Hotline>(rules.familyHotlines);
    if (!hotlines.has("113") && !hotlines.has("114")) hotlines.add("113");
    return { isEmergency: true, hotlines: HOTLINE_ORDER.filter((hotline) => hotlines.has(hotline)), matched };
  };
}

let defaultDetector: ((text: string) => EmergencyAssessment) | undefined;

/**
 * Decides whether a message is an emergency and which hotlines to give the citizen: the rules and
 * cue phrases OR the learned scorer trained on our labelled messages (built on first use).
 * Works on text without diacritics, in teencode or with repeated letters.
 * `detectEmergency("cứu với, nhà hàng xóm đang cháy")` → `{isEmergency: true, hotlines: ["113", "114"], …}`.
 */
export function detectEmergency(text: string): EmergencyAssessment {
  defaultDetector ??= createEmergencyDetector(defaultEmergencyScorer(), EMERGENCY_SCORE_THRESHOLD, defaultFoldedRootDisambiguator());
  return defaultDetector(text);
}
