/**
 * Place gazetteer: finds which commune/ward a message talks about, and so which police
 * station covers it. Citizens still write old names from before the 2025 mergers ("huyện Lạc
 * Thủy", "tỉnh Hòa Bình"), drop diacritics and use "P." / "X." / "TT." prefixes; the wards'
 * aliases carry those old names and this module matches all of them inside free text.
 */
import { foldForMatching, stripDiacritics } from "./normalize-text.ts";

/** A ward as the gazetteer needs it; the app loads these from the database. */
export interface GazetteerWard {
  code: string;
  name: string;
  /** "phuong" | "xa" | "dac_khu" (free text, informational). */
  type: string;
  /** Old names, names without diacritics, old districts/provinces ("huyện Lạc Thủy"). */
  aliases: readonly string[];
  stationUnitCode: string;
}

/** The ward a text refers to. `score` is 0..1: above ~0.5 is safe to route on. */
export interface PlaceMatch {
  wardCode: string;
  stationUnitCode: string;
  matchedAlias: string;
  score: number;
}

/** A resolver built once from the ward list, used for every message. */
export interface Gazetteer {
  /** The best ward mentioned in the text, or null when none is recognised. */
  resolvePlace(text: string): PlaceMatch | null;
  /** Every ward mention found, best first (for officers choosing among candidates). */
  findPlaces(text: string): PlaceMatch[];
}

type PlaceLevel = "ward" | "district" | "province";

/** Administrative prefixes (folded), longest first, with the level they announce. */
const PREFIXES: ReadonlyArray<readonly [string, PlaceLevel]> = [
  ["thi tran", "ward"], ["dac khu", "ward"], ["thi xa", "district"], ["thanh pho", "district"],
  ["phuong", "ward"], ["xa", "ward"], ["tt", "ward"], ["p", "ward"], ["x", "ward"], ["huyen", "district"],
  ["quan", "district"], ["tx", "district"], ["h", "district"], ["q", "district"], ["tinh", "province"],
  ["tp", "district"], ["t", "province"],
];

const LEVEL_WEIGHT: Readonly<Record<PlaceLevel, number>> = { ward: 1, district: 0.7, province: 0.35 };

interface IndexedName {
  ward: GazetteerWard;
  /** The alias as written, per level it was listed at ("phường Hòa Bình", "TP. Hòa Bình"). */
  aliasByLevel: Map<PlaceLevel, string>;
  /** The written spellings of the name without its prefix, syllable by syllable (see `writtenKey`). */
  spellings: string[][];
}

/** One syllable of a text: its matching form, its written form, and whether punctuation precedes it. */
interface Syllable {
  folded: string;
  written: string;
  /** A comma, dash, full stop… separates it from the syllable before: no name runs across it. */
  isAfterBreak: boolean;
}

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;

/**
 * A syllable's spelling with its tone moved off the vowel it sits on, so the old and new
 * placements agree ("hoà" and "hòa" both give "hoa\u0300") while letters, vowel shapes and tones
 * still tell words apart ("vẫn" ≠ "vân", "cầm" ≠ "cẩm", "đóng" ≠ "đồng").
 */
function writtenKey(syllable: string): string {
  const decomposed = syllable.normalize("NFD");
  const tones = decomposed.match(TONE_MARKS)?.join("") ?? "";
  return decomposed.replace(TONE_MARKS, "").normalize("NFC") + tones;
}

/** Splits a text into syllables the way `foldForMatching` does, keeping each one's written form. */
function splitSyllables(text: string): Syllable[] {
  const syllables: Syllable[] = [];
  let folded = "";
  let written = "";
  let separator = "";
  for (const character of text.normalize("NFC").toLowerCase()) {
    const plain = stripDiacritics(character);
    if (/^[a-z0-9]$/.test(plain)) {
      folded += plain;
      written += character;
      continue;
    }
    if (folded.length > 0) {
      syllables.push({ folded, written, isAfterBreak: /\S/.test(separator) });
      folded = "";
      written = "";
      separator = "";
    }
    separator += character;
  }
  if (folded.length > 0) syllables.push({ folded, written, isAfterBreak: /\S/.test(separator) });
  return syllables;
}

/**
 * Whether the message spelled the name this way: a syllable typed with diacritics must be
 * spelled like one of the name's written forms ("vẫn có" is not Vân Cơ, "gia cầm" not Gia Cẩm);
 * a syllable typed without any is read as the name, because many citizens type that way.
 */
function isSpelledAs(named: IndexedName, span: readonly Syllable[]): boolean {
  const written = named.spellings.filter((spelling) => spelling.length === span.length);
  if (written.length === 0) return true;
  return written.some((spelling) =>
    span.every((syllable, index) => syllable.written === syllable.folded || writtenKey(syllable.written) === spelling[index]),
  );
}

/** Words that make the next name a street, not a ward ("đường Hùng Vương"). */
const STREET_WORDS = new Set(["duong", "pho", "ngo", "hem", "kiet", "ngach", "so"]);

/**
 * Two-word nouns ending in a street word that name no street: "cửa ngõ Kỳ Sơn" is the gateway
 * of Kỳ Sơn (the ward itself), not an alley called Kỳ Sơn.
 */
const NOT_STREET_COMPOUNDS = new Set(["cua ngo"]);

function isAfterStreetWord(syllables: readonly string[], start: number): boolean {
  const previous = syllables[start - 1] ?? "";
  if (!STREET_WORDS.has(previous)) return false;
  return !NOT_STREET_COMPOUNDS.has(`${syllables[start - 2] ?? ""} ${previous}`);
}

function splitPrefix(folded: string): { core: string; level: PlaceLevel | null } {
  for (const [prefix, level] of PREFIXES) {
    if (folded.startsWith(`${prefix} `)) return { core: folded.slice(prefix.length + 1), level };
  }
  return { core: folded, level: null };
}

function prefixBefore(syllables: readonly string[], start: number): { level: PlaceLevel; length: number } | null {
  for (const [prefix, level] of PREFIXES) {
    const length = prefix.split(" ").length;
    if (start >= length && syllables.slice(start - length, start).join(" ") === prefix) return { level, length };
  }
  return null;
}

function buildIndex(wards: readonly GazetteerWard[]): Map<string, IndexedName[]> {
  const index = new Map<string, IndexedName[]>();
  for (const ward of wards) {
    for (const alias of [ward.name, ...ward.aliases]) {
      const { core, level } = splitPrefix(foldForMatching(alias));
      if (core.length === 0) continue;
      const entries = index.get(core) ?? [];
      let named = entries.find((entry) => entry.ward.code === ward.code);
      if (named === undefined) {
        named = { ward, aliasByLevel: new Map(), spellings: [] };
        entries.push(named);
      }
      if (!named.aliasByLevel.has(level ?? "ward")) named.aliasByLevel.set(level ?? "ward", alias);
      const coreSyllables = splitSyllables(alias).slice(-core.split(" ").length);
      if (coreSyllables.some((syllable) => syllable.written !== syllable.folded)) {
        named.spellings.push(coreSyllables.map((syllable) => writtenKey(syllable.written)));
      }
      index.set(core, entries);
    }
  }
  return index;
}

interface Mention {
  length: number;
  typedLevel: PlaceLevel | null;
  isWholeText: boolean;
  isStreetName: boolean;
  sharedBy: number;
}

/** The level the mention is read at, and the alias that justifies it. */
function chooseLevel(named: IndexedName, typedLevel: PlaceLevel | null): { level: PlaceLevel; alias: string; isTypedLevel: boolean } {
  const typedAlias = typedLevel === null ? undefined : named.aliasByLevel.get(typedLevel);
  if (typedLevel !== null && typedAlias !== undefined) return { level: typedLevel, alias: typedAlias, isTypedLevel: true };
  const level = (["ward", "district", "province"] as const).find((candidate) => named.aliasByLevel.has(candidate)) ?? "ward";
  return { level, alias: named.aliasByLevel.get(level) ?? named.ward.name, isTypedLevel: false };
}

function scoreMention(mention: Mention, level: PlaceLevel, isTypedLevel: boolean): number {
  const { length, typedLevel, isWholeText, isStreetName, sharedBy } = mention;
  if (length === 1 && typedLevel === null && !isWholeText) return 0;
  const lengthScore = length === 1 ? 0.45 : length === 2 ? 0.6 : 0.7;
  const prefixBonus = isTypedLevel ? 0.3 : 0;
  const wholeTextBonus = isWholeText ? 0.2 : 0;
  const prefixPenalty = typedLevel !== null && !isTypedLevel ? 0.5 : 1;
  const streetPenalty = isStreetName ? 0.3 : 1;
  const raw = Math.min(1, lengthScore + prefixBonus + wholeTextBonus) * LEVEL_WEIGHT[level];
  return (raw * prefixPenalty * streetPenalty) / Math.sqrt(sharedBy);
}

/**
 * Builds a gazetteer over the province's wards. Call once at start-up (and after an admin edits
 * wards); `resolvePlace` is then a cheap n-gram scan of the folded message.
 */
export function createGazetteer(wards: readonly GazetteerWard[]): Gazetteer {
  const index = buildIndex(wards);
  const longest = Math.max(1, ...[...index.keys()].map((key) => key.split(" ").length));

  function findPlaces(text: string): PlaceMatch[] {
    const written = splitSyllables(text);
    const syllables = written.map((syllable) => syllable.folded);
    const best = new Map<string, PlaceMatch>();
    for (let start = 0; start < syllables.length; start += 1) {
      for (let length = Math.min(longest, syllables.length - start); length >= 1; length -= 1) {
        const span = written.slice(start, start + length);
        if (span.slice(1).some((syllable) => syllable.isAfterBreak)) continue;
        const entries = index.get(syllables.slice(start, start + length).join(" "))?.filter((named) => isSpelledAs(named, span));
        if (entries === undefined || entries.length === 0) continue;
        const prefix = prefixBefore(syllables, start);
        const mention: Mention = {
          length,
          typedLevel: prefix?.level ?? null,
          isWholeText: start === (prefix?.length ?? 0) && start + length === syllables.length,
          isStreetName: prefix === null && isAfterStreetWord(syllables, start),
          sharedBy: entries.length,
        };
        for (const named of entries) {
          const { level, alias, isTypedLevel } = chooseLevel(named, mention.typedLevel);
          const score = Math.round(scoreMention(mention, level, isTypedLevel) * 1000) / 1000;
          const previous = best.get(named.ward.code);
          if (score > 0 && (previous === undefined || score > previous.score)) {
            best.set(named.ward.code, {
              wardCode: named.ward.code,
              stationUnitCode: named.ward.stationUnitCode,
              matchedAlias: alias,
              score,
            });
          }
        }
        break;
      }
    }
    return [...best.values()].sort((left, right) => right.score - left.score);
  }

  return {
    findPlaces,
    resolvePlace: (text) => findPlaces(text)[0] ?? null,
  };
}
