import { describe, expect, it } from "vitest";
import { runUnderstandingBench } from "../../../bench/understanding.ts";

describe("runUnderstandingBench", () => {
  it("times classification, routing and FAQ search per labelled message and prints p50/p99", () => {
    const lines: string[] = [];
    const result = runUnderstandingBench({ passes: 1, print: (line) => lines.push(line) });
    expect(result.messages).toBeGreaterThanOrEqual(900);
    for (const step of [result.classification, result.routing, result.faqSearch, result.total]) {
      expect(step.p50).toBeGreaterThan(0);
      expect(step.p99).toBeGreaterThanOrEqual(step.p50);
    }
    expect(lines.join("\n")).toMatch(/total per message\s+\d+\.\d{3} ms/);
  });
});
