/**
 * Emergencies written in English. The bot speaks English to foreigners (tourists, workers), but
 * every labelled round, cue list and learned part is Vietnamese: "There is a fire in the building
 * next to my hotel, people are trapped" scored 0.015 and no rule fired. These rules follow the
 * Vietnamese ones (detect-emergency.ts) in small: a danger named in the present, not told as over
 * or asked about as a procedure; a few dangers (a gun, a kidnapping, someone not breathing) count
 * whatever the tense unless the message is a question about procedure.
 */
import type { EmergencyAssessment } from "./detect-emergency.ts";
import { HOTLINE_ORDER, type Hotline } from "./emergency-cues.ts";

interface EnglishCue {
  name: string;
  pattern: RegExp;
  /** `always`: dangerous in any tense; `ongoing`: only while it lasts (not when told as over). */
  strength: "always" | "ongoing";
  hotlines: readonly Hotline[];
}

const CUES: readonly EnglishCue[] = [
  { name: "fire", pattern: /\b(on fire|fire|burning|flames?|smoke|smoking building)\b/, strength: "ongoing", hotlines: ["114"] },
  { name: "gas", pattern: /\b(gas leak|smell(s|ing)? (of )?gas|explosions?|exploded|blast)\b/, strength: "ongoing", hotlines: ["114"] },
  { name: "trapped", pattern: /\b(trapped|stuck inside|can'?t get out|cannot get out)\b/, strength: "always", hotlines: ["114"] },
  { name: "drowning", pattern: /\b(drowning|fell into the (river|lake|sea|water|canal|pond|well))\b/, strength: "always", hotlines: ["114", "115"] },
  { name: "body", pattern: /\b(unconscious|not breathing|isn'?t breathing|stopped breathing|collapsed|passed out|bleeding|overdos(e|ed|ing)|heart attack|seizure)\b/, strength: "always", hotlines: ["115"] },
  { name: "weapon", pattern: /\b(guns?|shooting|shots? fired|shot|stabb(ed|ing)|knife|machete|armed)\b/, strength: "always", hotlines: ["113"] },
  { name: "abduction", pattern: /\b(kidnapp?(ed|ing)?|abduct(ed|ing)?|hostage|taken by force|forced (him|her|them|me) into)\b/, strength: "always", hotlines: ["113"] },
  { name: "self-harm", pattern: /\b(suicide|kill (himself|herself|myself|themselves)|jump(ing)? off)\b/, strength: "always", hotlines: ["113", "115"] },
  { name: "violence", pattern: /\b(fight(s|ing)?|beating|beaten|attack(ed|ing)?|assault(ed|ing)?|hitting (him|her|me|them)|threaten(ed|ing) to kill)\b/, strength: "ongoing", hotlines: ["113"] },
  { name: "robbery", pattern: /\b(robb(ery|ed|ing)|being robbed|mugg(ed|ing)|breaking in|broke in|burglar|snatched my|stole my)\b/, strength: "ongoing", hotlines: ["113"] },
  { name: "accident", pattern: /\b(accident|crash(ed)?|hit by a (car|truck|bus|motorbike)|run over|overturned)\b/, strength: "ongoing", hotlines: ["113", "115"] },
  { name: "missing child", pattern: /\b(missing|lost) (child|kid|son|daughter|boy|girl)\b|\b(child|kid|son|daughter) (is )?(missing|lost)\b/, strength: "always", hotlines: ["113"] },
  { name: "help", pattern: /\b(help me|help us|please help|emergency|sos)\b/, strength: "ongoing", hotlines: ["113"] },
];

/** Words that put the event now, overriding a past or procedural reading. */
const PRESENT = /\b(now|right now|still|currently|at the moment|happening|is happening|are happening|hurry|quick(ly)?|asap|immediately|please come|come quickly|send help|there is|there's|there are|is on|are on)\b/;
/**
 * Words that tell the event as over. Not "was": "there was a crash, the driver is bleeding" has
 * just happened; a time in the past or "already" says it is over.
 */
const PAST = /\b(yesterday|last (night|week|month|year|time)|(days?|weeks?|months?|years?) ago|earlier today|this morning|already|is over|has ended)\b/;
/** Questions about procedure or hypotheticals: "how do I report a fire hazard", "what should I do if". */
const PROCEDURE = /\b(how (do|can|should) (i|we|you)|how to|what should (i|we) do|what to do|in case|where (can|do|should) (i|we)|do i need|is it (legal|allowed)|procedure|regulations?|fire safety|report a|file a|apply for|if)\b/;
/** Words of someone who needs help this minute: they override a procedural or hypothetical reading. */
const URGENT = /^\s*help\b|\b(right now|hurry|please help|help me|help us|send help|please come|come quickly|asap|immediately)\b/;
/** Told as handled: a fire put out, a missing person found. */
const RESOLVED = /\b(put out|is out now|under control|everyone is safe|(was|were|has been|have been) found|found (him|her|them) safe|came home)\b/;
/**
 * English words that no Vietnamese syllable folds to ("the" is thế, "on" ổn, "an" ăn, "a" anh in
 * chat), to tell an English message from Vietnamese typed without diacritics.
 */
const ENGLISH_WORDS = /\b(is|are|was|were|my|our|your|you|there|someone|somebody|people|of|and|she|they|we|please|his|her|this|that|with|from|has|have|next|near|street|house|building|hotel|room)\b/g;

const CALM: EmergencyAssessment = { isEmergency: false, hotlines: [], matched: [] };

/** Whether `text` reads as English (at least two common English words). */
export function looksEnglish(text: string): boolean {
  return (text.toLowerCase().match(ENGLISH_WORDS)?.length ?? 0) >= 2;
}

/**
 * The English emergency rules. `detectEnglishEmergency("There is a fire next to my hotel, people
 * are trapped")` → `{isEmergency: true, hotlines: ["114"], matched: ["fire", "trapped"]}`.
 */
export function detectEnglishEmergency(text: string): EmergencyAssessment {
  if (!looksEnglish(text)) return CALM;
  const lower = text.toLowerCase().replace(/[’`]/g, "'");
  const cues = CUES.filter((cue) => cue.pattern.test(lower));
  if (cues.length === 0) return CALM;
  if (RESOLVED.test(lower)) return CALM;
  const isPresent = PRESENT.test(lower);
  const isProcedural = PROCEDURE.test(lower) && !URGENT.test(lower);
  const isOver = PAST.test(lower) && !isPresent;
  const counting = cues.filter((cue) => !isProcedural && (cue.strength === "always" || !isOver));
  // A bare "help" says nothing of the danger; alone it is urgent only with a present cue.
  const isOnlyHelp = counting.length === 1 && counting[0]?.name === "help" && !isPresent;
  if (counting.length === 0 || isOnlyHelp) return CALM;
  const hotlines = new Set(counting.flatMap((cue) => cue.hotlines));
  return {
    isEmergency: true,
    hotlines: HOTLINE_ORDER.filter((hotline) => hotlines.has(hotline)),
    matched: counting.map((cue) => cue.name),
  };
}
