import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TActor } from "../../core/access/actor.ts";
import { loadUnitScope } from "../../core/access/load-access-scope.ts";
import { ticketScopeWhere } from "../../core/access/unit-scope.ts";
import { isAppError } from "../../core/errors/app-error.ts";
import { createDashboardCache } from "../../core/stats/dashboard-cache.ts";
import { DURATION_BOUNDS_HOURS } from "../../core/stats/duration-histogram.ts";
import { loadDashboard } from "../../core/stats/load-dashboard.ts";
import { localDateKey } from "../../core/stats/stats-period.ts";
import { fixedClock } from "../../core/time/clock.ts";
import { createSeededTestDatabase, type TTestDatabase } from "../support/test-database.ts";

const DAY = 86_400_000;
const OPEN = ["new", "in_progress", "waiting_citizen"];

/** The plain-JS count the dashboard must agree with. */
function expectedKpis(rows: Awaited<ReturnType<typeof fetchRows>>, from: Date, to: Date, now: Date) {
  const cohort = rows.filter((row) => row.createdAt >= from && row.createdAt < to);
  const resolved = cohort.filter((row) => row.resolvedAt !== null);
  const isEarly = (row: (typeof rows)[number]) => row.dueAt !== null && row.resolvedAt!.getTime() <= row.dueAt.getTime() - DAY;
  const isLate = (row: (typeof rows)[number]) => row.dueAt !== null && row.resolvedAt! > row.dueAt;
  /** The two middle values (equal when the count is odd): the true median lies between them. */
  const median = (values: number[]) => {
    if (values.length === 0) return null;
    const sorted = [...values].sort((a, b) => a - b);
    const middle = (sorted.length - 1) / 2;
    return { low: sorted[Math.floor(middle)]!, high: sorted[Math.ceil(middle)]! };
  };
  const rated = cohort.filter((row) => row.satisfactionRating !== null);
  return {
    received: cohort.length,
    resolved: resolved.length,
    early: resolved.filter(isEarly).length,
    late: resolved.filter(isLate).length,
    onTime: resolved.filter((row) => !isEarly(row) && !isLate(row)).length,
    pending: cohort.filter((row) => OPEN.includes(row.status)).length,
    pendingOverdue: cohort.filter((row) => OPEN.includes(row.status) && row.dueAt !== null && row.dueAt < (row.pausedAt ?? now)).length,
    rejected: cohort.filter((row) => row.status === "rejected").length,
    anonymous: cohort.filter((row) => row.isAnonymous).length,
    byChannel: { telegram: cohort.filter((row) => row.channel === "telegram").length, zalo: cohort.filter((row) => row.channel === "zalo").length },
    medianResolutionHours: median(resolved.map((row) => (row.resolvedAt!.getTime() - row.createdAt.getTime()) / 3_600_000)),
    medianFirstResponseHours: median(cohort.filter((row) => row.firstRespondedAt).map((row) => (row.firstRespondedAt!.getTime() - row.createdAt.getTime()) / 3_600_000)),
    ratingCount: rated.length,
    ratingAverage: rated.length ? rated.reduce((sum, row) => sum + row.satisfactionRating!, 0) / rated.length : null,
    ratingDistribution: [1, 2, 3, 4, 5].map((stars) => rated.filter((row) => row.satisfactionRating === stars).length),
  };
}

/** The histogram bucket [lower, upper] a duration (hours) falls in. */
function bucketOf(hours: number): [number, number] {
  const index = DURATION_BOUNDS_HOURS.findIndex((bound) => hours < bound);
  if (index === -1) return [DURATION_BOUNDS_HOURS[DURATION_BOUNDS_HOURS.length - 1]!, DURATION_BOUNDS_HOURS[DURATION_BOUNDS_HOURS.length - 1]!];
  return [index === 0 ? 0 : DURATION_BOUNDS_HOURS[index - 1]!, DURATION_BOUNDS_HOURS[index]!];
}

function expectWithinBucket(actual: number | null, expected: { low: number; high: number } | null) {
  if (expected === null) return expect(actual).toBeNull();
  expect(actual).not.toBeNull();
  expect(actual!).toBeGreaterThanOrEqual(bucketOf(expected.low)[0] - 1e-9);
  expect(actual!).toBeLessThanOrEqual(bucketOf(expected.high)[1] + 1e-9);
}

async function fetchRows(db: TTestDatabase, actor: TActor) {
  const scope = await loadUnitScope(db.prisma, actor);
  return db.prisma.ticket.findMany({
    where: { AND: [ticketScopeWhere(actor, scope), { isSpam: false, mergedIntoId: null }] },
    include: { unit: true, ward: true, category: true },
  });
}

describe("leaders' dashboard figures equal an independent count", () => {
  let db: TTestDatabase;
  let now: Date;
  const actors: Record<string, TActor> = {};

  beforeAll(async () => {
    db = await createSeededTestDatabase({ withDemoData: true });
    now = new Date();
    const staff = await db.prisma.staffUser.findMany();
    for (const user of staff) actors[user.username] = { id: user.id, username: user.username, displayName: user.displayName, role: user.role, unitId: user.unitId };
    // Edge cases the demo data may not have: spam, a merged duplicate, a complaint about the province office itself.
    const some = await db.prisma.ticket.findMany({ orderBy: { createdAt: "asc" }, take: 3 });
    const cat = await db.prisma.unit.findUniqueOrThrow({ where: { code: "CAT" } });
    await db.prisma.ticket.update({ where: { id: some[0]!.id }, data: { isSpam: true } });
    await db.prisma.ticket.update({ where: { id: some[1]!.id }, data: { mergedIntoId: some[2]!.id } });
    await db.prisma.ticket.update({ where: { id: some[2]!.id }, data: { excludedUnitId: cat.id } });
  }, 240_000);
  afterAll(async () => {
    await db?.dispose();
  });

  it("has demo data to count", async () => {
    expect(await db.prisma.ticket.count()).toBe(52);
  });

  for (const username of ["admin", "lanhdao", "canbo.pc06", "canbo.pc04"]) {
    it(`KPIs, previous period, breakdowns and trend for ${username}`, async () => {
      const actor = actors[username]!;
      const dashboard = await loadDashboard(actor, { preset: "30d" }, { prisma: db.prisma, clock: fixedClock(now) });
      const rows = await fetchRows(db, actor);
      const { period } = dashboard;
      expect(period.to.getTime() - period.from.getTime()).toBe(30 * DAY);

      const current = expectedKpis(rows, period.from, period.to, now);
      const previous = expectedKpis(rows, period.previousFrom, period.previousTo, now);
      for (const [actual, expected] of [[dashboard.current, current], [dashboard.previous, previous]] as const) {
        expect({ ...actual, onTimeRate: undefined, anonymousShare: undefined, firstResponded: undefined, firstResponseOnTime: undefined, ratingAverage: undefined, medianFirstResponseHours: undefined, medianResolutionHours: undefined })
          .toEqual({ ...expected, onTimeRate: undefined, anonymousShare: undefined, firstResponded: undefined, firstResponseOnTime: undefined, ratingAverage: undefined, medianFirstResponseHours: undefined, medianResolutionHours: undefined });
        expect(actual.ratingAverage ?? -1).toBeCloseTo(expected.ratingAverage ?? -1, 6);
        // Medians come from the rollup's histograms: right to within the bucket of the true median.
        expectWithinBucket(actual.medianResolutionHours, expected.medianResolutionHours);
        expectWithinBucket(actual.medianFirstResponseHours, expected.medianFirstResponseHours);
        expect(actual.early + actual.onTime + actual.late).toBe(actual.resolved);
      }

      const open = rows.filter((row) => OPEN.includes(row.status));
      expect(dashboard.openNow).toBe(open.length);
      expect(dashboard.overdueNow).toBe(open.filter((row) => row.dueAt && row.dueAt < (row.pausedAt ?? now)).length);

      const cohort = rows.filter((row) => row.createdAt >= period.from && row.createdAt < period.to);
      const countBy = (key: (row: (typeof rows)[number]) => string) => {
        const map = new Map<string, number>();
        for (const row of cohort) map.set(key(row), (map.get(key(row)) ?? 0) + 1);
        return Object.fromEntries([...map].sort());
      };
      const fromRows = (list: { code: string; received: number }[]) => Object.fromEntries(list.map((row) => [row.code, row.received]).sort());
      expect(fromRows(dashboard.byUnit)).toEqual(countBy((row) => row.unit.code));
      expect(fromRows(dashboard.byCategory)).toEqual(countBy((row) => row.category.code));
      expect(fromRows(dashboard.byWard)).toEqual(countBy((row) => row.ward?.code ?? "—"));
      expect(fromRows(dashboard.byChannel)).toEqual(countBy((row) => row.channel));
      expect(dashboard.byUnit.map((row) => row.rank)).toEqual(dashboard.byUnit.map((_, index) => index + 1));
      // Units the actor may not see never appear.
      const scope = await loadUnitScope(db.prisma, actor);
      if (scope !== "all") for (const row of dashboard.byUnit) expect(scope.has(row.key)).toBe(true);

      // Trend: one bucket per local day; received per day equal to the rows' local creation dates.
      expect(dashboard.trend.buckets).toHaveLength(30);
      const perDay = countBy((row) => localDateKey(row.createdAt));
      for (const bucket of dashboard.trend.buckets) expect(bucket.received).toBe(perDay[bucket.start] ?? 0);
      const resolvedInPeriod = rows.filter((row) => row.resolvedAt && row.resolvedAt >= period.from && row.resolvedAt < period.to);
      expect(dashboard.trend.buckets.reduce((sum, bucket) => sum + bucket.resolved, 0)).toBe(resolvedInPeriod.length);

      // Heat table cells are ward × category counts.
      dashboard.heat.wards.forEach((ward, w) =>
        dashboard.heat.categories.forEach((category, c) =>
          expect(dashboard.heat.counts[w]![c]).toBe(cohort.filter((row) => row.ward?.code === ward.code && row.category.code === category.code).length),
        ),
      );
    });
  }

  it("a custom 90-day period counts every demo ticket the admin may see", async () => {
    const dashboard = await loadDashboard(actors.admin!, { preset: "custom", from: localDateKey(new Date(now.getTime() - 89 * DAY)), to: localDateKey(now) }, { prisma: db.prisma, clock: fixedClock(now) });
    expect(dashboard.current.received).toBe(50); // 52 minus the spam and the merged duplicate
    expect(dashboard.period.granularity).toBe("week");
    expect(dashboard.topTerms.length).toBeGreaterThan(0);
  });

  it("the province leader does not see the complaint about the province office", async () => {
    const adminView = await loadDashboard(actors.admin!, { preset: "custom", from: "2000-01-01", to: localDateKey(now) }, { prisma: db.prisma, clock: fixedClock(now) });
    const leaderView = await loadDashboard(actors.lanhdao!, { preset: "custom", from: "2000-01-01", to: localDateKey(now) }, { prisma: db.prisma, clock: fixedClock(now) });
    expect(leaderView.current.received).toBe(adminView.current.received - 1);
  });

  it("drills down into a unit in scope, refuses one outside it", async () => {
    const dashboard = await loadDashboard(actors.lanhdao!, { preset: "30d", unitCode: "PC06" }, { prisma: db.prisma, clock: fixedClock(now) });
    expect(dashboard.byUnit.every((row) => row.code === "PC06")).toBe(true);
    const refused = await loadDashboard(actors["canbo.pc06"]!, { preset: "30d", unitCode: "PC04" }, { prisma: db.prisma, clock: fixedClock(now) }).catch((error: unknown) => error);
    expect(isAppError(refused, "NOT_FOUND")).toBe(true);
  });

  it("the short-lived cache shares a computation only between views of the same scope", async () => {
    const cache = createDashboardCache({ ttlMs: 60_000 });
    const deps = { prisma: db.prisma, clock: fixedClock(now) };
    const first = await cache.load(actors.admin!, { preset: "30d" }, deps);
    expect(await cache.load(actors.admin!, { preset: "30d" }, deps)).toBe(first);
    const officer = await cache.load(actors["canbo.pc06"]!, { preset: "30d" }, deps);
    expect(officer).not.toBe(first);
    expect(officer.byUnit.every((row) => row.code === "PC06")).toBe(true);
    expect(await cache.load(actors.admin!, { preset: "7d" }, deps)).not.toBe(first);
    const later = { prisma: db.prisma, clock: fixedClock(new Date(now.getTime() + 61_000)) };
    expect(await cache.load(actors.admin!, { preset: "30d" }, later)).not.toBe(first);
  });
});
