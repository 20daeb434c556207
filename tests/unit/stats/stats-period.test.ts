import { describe, expect, it } from "vitest";
import { formatChange, formatCount, formatShare } from "../../../core/reports/report-format.ts";
import { timelinessOf } from "../../../core/reports/export-tickets.ts";
import { rankUnits } from "../../../core/stats/load-dashboard.ts";
import { bucketKeys, resolvePeriod } from "../../../core/stats/stats-period.ts";
import { topTerms } from "../../../core/stats/top-terms.ts";
import type { TBreakdownRow } from "../../../core/stats/dashboard-types.ts";

// 2026-11-22 00:30 in Vietnam is still 21 November in UTC.
const now = new Date("2026-11-21T17:30:00Z");

describe("periods in Vietnam local time", () => {
  it("30 days end with today (local) and compare with the 30 days before", () => {
    const period = resolvePeriod({ preset: "30d" }, now);
    expect(period.lastDay).toBe("2026-11-22");
    expect(period.firstDay).toBe("2026-10-24");
    expect(period.to.toISOString()).toBe("2026-11-22T17:00:00.000Z");
    expect(period.previousTo).toEqual(period.from);
    expect(period.granularity).toBe("day");
  });

  it("the half-year report: January–June or July–December, against the half before", () => {
    const period = resolvePeriod({ preset: "half" }, now);
    expect([period.firstDay, period.lastDay]).toEqual(["2026-07-01", "2026-12-31"]);
    expect(period.previousFrom.toISOString()).toBe("2025-12-31T17:00:00.000Z"); // 1 Jan 2026 local
    expect(period.granularity).toBe("week");
    const year = resolvePeriod({ preset: "year" }, now);
    expect([year.firstDay, year.lastDay, year.granularity]).toEqual(["2026-01-01", "2026-12-31", "month"]);
  });

  it("a custom period includes its last day; the previous one has the same length", () => {
    const period = resolvePeriod({ preset: "custom", from: "2026-11-01", to: "2026-11-10" }, now);
    expect([period.firstDay, period.lastDay]).toEqual(["2026-11-01", "2026-11-10"]);
    expect(period.from.getTime() - period.previousFrom.getTime()).toBe(10 * 86_400_000);
  });

  it("buckets cover the period with no gaps; weeks start on Monday", () => {
    expect(bucketKeys(resolvePeriod({ preset: "7d" }, now))).toHaveLength(7);
    const weeks = bucketKeys({ ...resolvePeriod({ preset: "custom", from: "2026-11-04", to: "2026-11-20" }, now), granularity: "week" });
    expect(weeks).toEqual(["2026-11-02", "2026-11-09", "2026-11-16"]);
    expect(bucketKeys({ ...resolvePeriod({ preset: "year" }, now) })).toHaveLength(12);
  });
});

describe("figures as police reports write them", () => {
  it("Vietnamese thousands separators and shares", () => {
    expect(formatCount(70856, "vi")).toBe("70.856");
    expect(formatShare(0.9377, "vi")).toBe("93,8%");
    expect(formatChange(120, 100, "vi")).toBe("+20%");
    expect(formatChange(0.9, 0.95, "en", true)).toBe("−5.0 pp");
  });

  it("early, on time and late against the deadline", () => {
    const dueAt = new Date("2026-11-27T16:59:59.999Z");
    expect(timelinessOf({ dueAt, resolvedAt: new Date("2026-11-25T03:00:00Z"), status: "resolved" })).toBe("early");
    expect(timelinessOf({ dueAt, resolvedAt: new Date("2026-11-27T03:00:00Z"), status: "closed" })).toBe("on_time");
    expect(timelinessOf({ dueAt, resolvedAt: new Date("2026-11-28T03:00:00Z"), status: "closed" })).toBe("late");
    expect(timelinessOf({ dueAt, resolvedAt: null, status: "in_progress" })).toBe("pending");
  });

  it("ranks units by on-time share, then fewer late", () => {
    const row = (code: string, early: number, late: number, resolved: number): TBreakdownRow => ({
      key: code, code, name: code, nameEn: code, received: resolved, resolved, early, onTime: 0, late, pending: 0, pendingOverdue: 0,
      onTimeRate: resolved ? early / resolved : null, ratingAverage: null, ratingCount: 0,
    });
    const ranked = rankUnits([row("A", 5, 5, 10), row("B", 9, 1, 10), row("C", 0, 0, 0), row("D", 18, 2, 20)]);
    expect(ranked.map((unit) => [unit.code, unit.rank])).toEqual([["B", 1], ["D", 2], ["A", 3], ["C", 4]]);
  });

  it("most frequent phrases ignore diacritics and show the written form", () => {
    const terms = topTerms(["Bị lừa đảo qua mạng", "bi lua dao qua mang", "Lừa đảo chuyển khoản", "Hỏi làm căn cước", "căn cước cho con"]);
    expect(terms[0]).toEqual({ term: "lừa đảo", count: 3 });
    expect(terms.map((term) => term.term)).toContain("căn cước");
  });
});
