/**
 * Multinomial logistic regression (softmax) over sparse weighted features, trained with AdaGrad
 * and L2 regularisation. Small and deterministic: the same examples and options give the same
 * weights bit for bit (fixed epoch order from a seeded shuffle, no randomness elsewhere), so the
 * model can be fitted at start-up instead of being shipped as a weight file.
 *
 * Why not only naive Bayes: NB counts every term independently, so the many words an emergency
 * shares with calm messages ("đang", "nhà", "xe") drown the few that matter; LR learns how much
 * each term adds given the others, which measured better on rounds it was not fitted on
 * (eval/README.md, "Round 7 preparation").
 */

/** A sparse feature vector: parallel arrays of feature ids and values. */
export interface SparseVector {
  indices: Int32Array;
  values: Float64Array;
}

/** A trained model: plain data, shared read-only. */
export interface LogisticModel<Label extends string> {
  labels: readonly Label[];
  featureCount: number;
  /** weights[feature * labels.length + label]. */
  weights: Float64Array;
  bias: Float64Array;
}

/** Training settings; the defaults live with each caller (they were chosen per task). */
export interface LogisticOptions {
  epochs: number;
  learningRate: number;
  /** L2 penalty per example update (scaled by 1 / examples). */
  l2: number;
  seed: number;
  /** Per-label weight of an example's loss (e.g. to make missing an emergency cost more). */
  labelWeights?: readonly number[];
  /**
   * "prior": the intercept is fixed at the log class frequencies, "uniform": at zero (every label
   * alike), neither learned. Learned intercepts drift (every training vector has about unit norm,
   * so common terms and the intercept trade off freely) and then a message with few known terms
   * ("xin chào") scores like an emergency.
   */
  bias?: "learned" | "prior" | "uniform";
}

/** Below this |p − y| a label's update is skipped (see trainLogistic). */
const MINIMUM_ERROR = 1e-3;

/** A small deterministic PRNG (mulberry32) for the epoch order. */
function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffledOrder(length: number, random: () => number): Int32Array {
  const order = Int32Array.from({ length }, (_, index) => index);
  for (let index = length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    const swap = order[index] ?? 0;
    order[index] = order[other] ?? 0;
    order[other] = swap;
  }
  return order;
}

/** Raw scores (logits) of every label, written into `out`. */
function logitsInto<Label extends string>(model: LogisticModel<Label>, vector: SparseVector, out: Float64Array): void {
  const labelCount = model.labels.length;
  const weights = model.weights;
  out.set(model.bias);
  for (let position = 0; position < vector.indices.length; position += 1) {
    const feature = vector.indices[position]!;
    if (feature >= model.featureCount) continue;
    const value = vector.values[position]!;
    const offset = feature * labelCount;
    for (let label = 0; label < labelCount; label += 1) out[label]! += value * weights[offset + label]!;
  }
}

function softmaxInPlace(scores: Float64Array): void {
  let maximum = -Infinity;
  for (const score of scores) maximum = Math.max(maximum, score);
  let total = 0;
  for (let index = 0; index < scores.length; index += 1) {
    const value = Math.exp((scores[index] ?? 0) - maximum);
    scores[index] = value;
    total += value;
  }
  for (let index = 0; index < scores.length; index += 1) scores[index] = (scores[index] ?? 0) / total;
}

/** Fits the model on (vector, label index) pairs. */
export function trainLogistic<Label extends string>(
  labels: readonly Label[],
  featureCount: number,
  examples: ReadonlyArray<{ vector: SparseVector; label: number }>,
  options: LogisticOptions,
): LogisticModel<Label> {
  const labelCount = labels.length;
  const model: LogisticModel<Label> = {
    labels,
    featureCount,
    weights: new Float64Array(featureCount * labelCount),
    bias: new Float64Array(labelCount),
  };
  const isBiasLearned = (options.bias ?? "learned") === "learned";
  if (options.bias === "prior") {
    for (let label = 0; label < labelCount; label += 1) {
      const count = examples.filter((example) => example.label === label).length;
      model.bias[label] = Math.log((count + 1) / (examples.length + labelCount));
    }
  }
  const squaredWeights = new Float64Array(featureCount * labelCount);
  const squaredBias = new Float64Array(labelCount);
  const probabilities = new Float64Array(labelCount);
  const active = new Int32Array(labelCount);
  const errors = new Float64Array(labelCount);
  const random = createRandom(options.seed);
  const l2 = options.l2 / Math.max(1, examples.length);
  for (let epoch = 0; epoch < options.epochs; epoch += 1) {
    const order = shuffledOrder(examples.length, random);
    for (const exampleIndex of order) {
      const example = examples[exampleIndex];
      if (example === undefined) continue;
      logitsInto(model, example.vector, probabilities);
      softmaxInPlace(probabilities);
      const exampleWeight = options.labelWeights?.[example.label] ?? 1;
      // Labels the example barely pulls on are skipped: most of the 20 once the model has learned
      // the example, which makes an epoch several times cheaper and changes the fit negligibly.
      let activeCount = 0;
      for (let label = 0; label < labelCount; label += 1) {
        const error = exampleWeight * (probabilities[label]! - (label === example.label ? 1 : 0));
        if (Math.abs(error) < MINIMUM_ERROR) continue;
        active[activeCount] = label;
        errors[activeCount] = error;
        activeCount += 1;
        if (!isBiasLearned) continue;
        squaredBias[label]! += error * error;
        model.bias[label]! -= (options.learningRate * error) / Math.sqrt(squaredBias[label]! + 1e-8);
      }
      const { indices, values } = example.vector;
      const weights = model.weights;
      const rate = options.learningRate;
      for (let position = 0; position < indices.length; position += 1) {
        const offset = indices[position]! * labelCount;
        const value = values[position]!;
        for (let activeIndex = 0; activeIndex < activeCount; activeIndex += 1) {
          const slot = offset + active[activeIndex]!;
          const weight = weights[slot]!;
          const gradient = errors[activeIndex]! * value + l2 * weight;
          const squared = squaredWeights[slot]! + gradient * gradient;
          squaredWeights[slot] = squared;
          weights[slot] = weight - (rate * gradient) / Math.sqrt(squared + 1e-8);
        }
      }
    }
  }
  return model;
}

/** Raw scores (logits) per label, in `model.labels` order. */
export function logisticScores<Label extends string>(model: LogisticModel<Label>, vector: SparseVector): Float64Array {
  const scores = new Float64Array(model.labels.length);
  logitsInto(model, vector, scores);
  return scores;
}

/** Probabilities per label, in `model.labels` order. */
export function logisticProbabilities<Label extends string>(model: LogisticModel<Label>, vector: SparseVector): Float64Array {
  const scores = logisticScores(model, vector);
  softmaxInPlace(scores);
  return scores;
}
