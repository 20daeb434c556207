import { describe, expect, it } from "vitest";
import { logisticProbabilities, trainLogistic, type SparseVector } from "../../../core/understanding/logistic-regression.ts";

const vector = (pairs: ReadonlyArray<readonly [number, number]>): SparseVector => ({
  indices: Int32Array.from(pairs, ([index]) => index),
  values: Float64Array.from(pairs, ([, value]) => value),
});

// Feature 0 means "a", feature 1 means "b", feature 2 appears in both (noise).
const examples = [
  { vector: vector([[0, 1], [2, 0.5]]), label: 0 },
  { vector: vector([[0, 0.8]]), label: 0 },
  { vector: vector([[1, 1], [2, 0.5]]), label: 1 },
  { vector: vector([[1, 0.9]]), label: 1 },
];
const options = { epochs: 20, learningRate: 0.5, l2: 1, seed: 7 };

describe("trainLogistic", () => {
  it("learns which features point to which label", () => {
    const model = trainLogistic(["a", "b"], 3, examples, options);
    expect(logisticProbabilities(model, vector([[0, 1]]))[0]).toBeGreaterThan(0.8);
    expect(logisticProbabilities(model, vector([[1, 1]]))[1]).toBeGreaterThan(0.8);
  });

  it("is deterministic: the same examples and seed give the same weights bit for bit", () => {
    const first = trainLogistic(["a", "b"], 3, examples, options);
    const second = trainLogistic(["a", "b"], 3, examples, options);
    expect([...second.weights]).toEqual([...first.weights]);
    expect([...second.bias]).toEqual([...first.bias]);
  });

  it("with a prior intercept, a message with no known feature gets the (add-one smoothed) class frequencies", () => {
    const skewed = [...examples, { vector: vector([[0, 1]]), label: 0 }, { vector: vector([[0, 1]]), label: 0 }];
    const model = trainLogistic(["a", "b"], 3, skewed, { ...options, bias: "prior" });
    const probabilities = logisticProbabilities(model, vector([]));
    expect(probabilities[0]).toBeCloseTo((4 + 1) / (6 + 2), 5);
  });
});
