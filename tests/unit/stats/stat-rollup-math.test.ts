import { describe, expect, it } from "vitest";
import { DURATION_BOUNDS_HOURS, DURATION_BUCKETS, histogramMedianHours } from "../../../core/stats/duration-histogram.ts";
import { rollupSpans } from "../../../core/stats/rollup-source.ts";

/** The histogram of some durations (hours), bucketed like width_bucket does in the rollup. */
function histogramOf(hours: number[]): number[] {
  const counts = new Array<number>(DURATION_BUCKETS).fill(0);
  for (const value of hours) {
    const index = DURATION_BOUNDS_HOURS.findIndex((bound) => value < bound);
    counts[index === -1 ? DURATION_BUCKETS - 1 : index]! += 1;
  }
  return counts;
}

describe("rollup spans", () => {
  it("reads whole months from the monthly rows and the ragged days around them from the daily", () => {
    expect(rollupSpans("2026-01-01", "2027-01-01")).toEqual({ months: { from: "2026-01-01", to: "2027-01-01" }, days: [] });
    expect(rollupSpans("2026-10-24", "2026-11-23")).toEqual({ months: null, days: [{ from: "2026-10-24", to: "2026-11-23" }] });
    expect(rollupSpans("2026-08-15", "2026-11-23")).toEqual({
      months: { from: "2026-09-01", to: "2026-11-01" },
      days: [{ from: "2026-08-15", to: "2026-09-01" }, { from: "2026-11-01", to: "2026-11-23" }],
    });
    expect(rollupSpans("2025-12-20", "2026-02-01")).toEqual({ months: { from: "2026-01-01", to: "2026-02-01" }, days: [{ from: "2025-12-20", to: "2026-01-01" }] });
  });
});

describe("median from a duration histogram", () => {
  it("is empty for no tickets", () => {
    expect(histogramMedianHours(new Array(DURATION_BUCKETS).fill(0))).toBeNull();
    expect(histogramMedianHours([])).toBeNull();
  });

  it("lies in the bucket of the true median and is interpolated inside it", () => {
    const hours = [0.1, 2.5, 5, 13, 14, 15, 26, 100, 800];
    const median = histogramMedianHours(histogramOf(hours))!;
    // True median 14 h lies in the bucket [12, 16).
    expect(median).toBeGreaterThanOrEqual(12);
    expect(median).toBeLessThan(16);
    // Three values in [12, 16), the median is the 4.5th of 9: 0.5 of the way through the bucket's 3.
    expect(median).toBeCloseTo(12 + (4 * (4.5 - 3)) / 3, 9);
  });

  it("reports times beyond the last bound as that bound", () => {
    expect(histogramMedianHours(histogramOf([3000, 4000, 5000]))).toBe(DURATION_BOUNDS_HOURS[DURATION_BOUNDS_HOURS.length - 1]);
  });
});
