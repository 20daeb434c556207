/**
 * Sparse TF-IDF features of a message for the learned parts (logistic-regression.ts): folded
 * syllables, syllable bigrams and character n-grams of the folded text, and the words and pairs
 * as written when they carry diacritics, each group scaled by its own weight. Character n-grams reach wordings no list names: "chay" inside "boc chay" and
 * "chayyy", a typo's neighbours, teencode the abbreviation table does not have.
 *
 * Terms are 32-bit FNV-1a hashes, never strings: a message has ~250 of them and building that
 * many substrings made fitting several times slower. With ~100k distinct terms in 2^32 values a
 * collision is a rare, harmless merge of two features; the hash is fixed, so results stay
 * deterministic.
 */
import type { SparseVector } from "./logistic-regression.ts";
import { expandAbbreviations } from "./normalize-text.ts";

/** Which term groups to extract and how much each weighs before normalisation. */
export interface FeatureOptions {
  syllableWeight: number;
  bigramWeight: number;
  characterWeight: number;
  /** Character n-gram lengths, inclusive. */
  characterMin: number;
  characterMax: number;
  /** Terms seen in fewer training messages are dropped (they only memorise). */
  minimumDocumentFrequency: number;
  /** Weight of the syllables and bigrams as written, with their diacritics (0 or absent: none). */
  markedWeight?: number;
}

/** The feature settings both learned parts use (chosen leave-one-round-out, eval/README.md). */
export const DEFAULT_FEATURE_OPTIONS: FeatureOptions = {
  syllableWeight: 1,
  bigramWeight: 1,
  characterWeight: 0.5,
  characterMin: 3,
  characterMax: 5,
  minimumDocumentFrequency: 2,
  markedWeight: 1,
};

/** A message as the feature space reads it: folded syllables (tokenizeSyllables) and the raw text. */
export interface TokenizedText {
  syllables: readonly string[];
  text: string;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
/** Group seeds keep a syllable, a bigram and a character n-gram with the same letters apart. */
const SEED = { syllable: 1, bigram: 2, character: 3, punctuation: 4, marked: 5, markedBigram: 6 } as const;

function hashInto(hash: number, text: string): number {
  let value = hash;
  for (let index = 0; index < text.length; index += 1) value = Math.imul(value ^ text.charCodeAt(index), FNV_PRIME);
  return value;
}

/** The distinct hashed terms of a message with their group weights (first weight wins). */
function messageTerms(message: TokenizedText, options: FeatureOptions): Map<number, number> {
  const terms = new Map<number, number>();
  const add = (hash: number, weight: number) => {
    if (weight > 0 && !terms.has(hash)) terms.set(hash, weight);
  };
  const { syllables, text } = message;
  for (let index = 0; index < syllables.length; index += 1) {
    const syllable = syllables[index] ?? "";
    add(hashInto(Math.imul(FNV_OFFSET ^ SEED.syllable, FNV_PRIME), syllable), options.syllableWeight);
    const next = syllables[index + 1];
    if (next !== undefined) add(hashInto(hashInto(Math.imul(FNV_OFFSET ^ SEED.bigram, FNV_PRIME), `${syllable}_`), next), options.bigramWeight);
  }
  if (options.characterWeight > 0) {
    const padded = ` ${syllables.join(" ")} `;
    for (let start = 0; start + options.characterMin <= padded.length; start += 1) {
      let hash = Math.imul(FNV_OFFSET ^ SEED.character, FNV_PRIME);
      for (let length = 1; length <= options.characterMax && start + length <= padded.length; length += 1) {
        hash = Math.imul(hash ^ padded.charCodeAt(start + length - 1), FNV_PRIME);
        if (length >= options.characterMin) add(hash, options.characterWeight);
      }
    }
  }
  const markedWeight = options.markedWeight ?? 0;
  if (markedWeight > 0) {
    // Folding merges words the marks keep apart ("bỏ" abandon, "bò" cow, "bố" father; "lừa"
    // fraud, "lửa" fire): the written words and pairs that carry a mark are terms of their own.
    const words = expandAbbreviations(text).split(" ").filter((word) => word.length > 0);
    const hasMark = (word: string) => /[^a-z0-9_]/.test(word);
    for (const word of words) if (hasMark(word)) add(hashInto(Math.imul(FNV_OFFSET ^ SEED.marked, FNV_PRIME), word), markedWeight);
    for (let index = 0; index + 1 < words.length; index += 1) {
      const pair = `${words[index] ?? ""}_${words[index + 1] ?? ""}`;
      if (hasMark(pair)) add(hashInto(Math.imul(FNV_OFFSET ^ SEED.markedBigram, FNV_PRIME), pair), markedWeight);
    }
  }
  const punctuation = Math.imul(FNV_OFFSET ^ SEED.punctuation, FNV_PRIME);
  if (text.includes("?")) add(hashInto(punctuation, "?"), options.syllableWeight);
  if (text.includes("!")) add(hashInto(punctuation, "!"), options.syllableWeight);
  return terms;
}

/** The feature space fitted on training messages: term ids, IDF weights and the norm floor. */
export interface TextFeatures {
  options: FeatureOptions;
  featureCount: number;
  /** The training messages' vectors, in their order. */
  trainingVectors: readonly SparseVector[];
  /** The vector of one message (terms unseen in training are dropped). */
  vectorize(message: TokenizedText): SparseVector;
}

/**
 * Fits the vocabulary (terms in at least `minimumDocumentFrequency` training messages, in
 * first-seen order so ids are deterministic) and smoothed IDF weights. Vectors are divided by
 * their L2 norm, but never by less than the median norm of the training messages: a two-word
 * message ("xin chào") then weighs as little as it says, instead of its few terms being blown
 * up to the weight of a whole report.
 */
function fitFeatures(messages: readonly TokenizedText[], options: FeatureOptions): TextFeatures {
  const documents = messages.map((message) => messageTerms(message, options));
  const frequency = new Map<number, number>();
  for (const document of documents) for (const hash of document.keys()) frequency.set(hash, (frequency.get(hash) ?? 0) + 1);
  const ids = new Map<number, number>();
  const idf: number[] = [];
  for (const [hash, count] of frequency) {
    if (count < options.minimumDocumentFrequency) continue;
    ids.set(hash, idf.length);
    idf.push(Math.log((1 + documents.length) / (1 + count)) + 1);
  }
  const weigh = (terms: ReadonlyMap<number, number>) => {
    const indices: number[] = [];
    const values: number[] = [];
    let squares = 0;
    for (const [hash, weight] of terms) {
      const id = ids.get(hash);
      if (id === undefined) continue;
      const value = weight * (idf[id] ?? 1);
      indices.push(id);
      values.push(value);
      squares += value * value;
    }
    return { indices, values, norm: Math.sqrt(squares) };
  };
  const toVector = (weighed: ReturnType<typeof weigh>, normFloor: number): SparseVector => {
    const divisor = Math.max(weighed.norm, normFloor) || 1;
    return { indices: Int32Array.from(weighed.indices), values: Float64Array.from(weighed.values, (value) => value / divisor) };
  };
  const weighed = documents.map(weigh);
  const norms = weighed.map((vector) => vector.norm).sort((left, right) => left - right);
  const normFloor = norms[Math.floor(norms.length / 2)] ?? 1;
  return {
    options,
    featureCount: idf.length,
    trainingVectors: weighed.map((vector) => toVector(vector, normFloor)),
    vectorize: (message) => toVector(weigh(messageTerms(message, options)), normFloor),
  };
}

// The classifier and the emergency scorer are fitted on the same messages with the same options
// (default-classifier.ts, eval/baseline-fitters.ts): one fit serves both, halving start-up.
const fitted = new WeakMap<object, Map<FeatureOptions, TextFeatures>>();

/**
 * The feature space of `messages` (fitted once per messages array and options object, then
 * reused: deterministic, so sharing changes nothing but the time). `tokenized` gives the
 * messages' syllables and text, in the same order.
 */
export function fitTextFeatures(messages: readonly object[], tokenized: () => readonly TokenizedText[], options: FeatureOptions): TextFeatures {
  const byOptions = fitted.get(messages) ?? new Map<FeatureOptions, TextFeatures>();
  fitted.set(messages, byOptions);
  const existing = byOptions.get(options);
  if (existing) return existing;
  const features = fitFeatures(tokenized(), options);
  byOptions.set(options, features);
  return features;
}
