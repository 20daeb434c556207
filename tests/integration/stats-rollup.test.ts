import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TActor } from "../../core/access/actor.ts";
import { loadUnitScope } from "../../core/access/load-access-scope.ts";
import { ticketScopeWhere } from "../../core/access/unit-scope.ts";
import { loadDashboard } from "../../core/stats/load-dashboard.ts";
import { rebuildStatRollup, refreshStatRollup } from "../../core/stats/refresh-stat-rollup.ts";
import { localDateKey, resolvePeriod, type TPeriodInput } from "../../core/stats/stats-period.ts";
import { fixedClock } from "../../core/time/clock.ts";
import { createSeededTestDatabase, type TTestDatabase } from "../support/test-database.ts";

const DAY = 86_400_000;
const OPEN = ["new", "in_progress", "waiting_citizen"];

type TRow = Awaited<ReturnType<typeof fetchRows>>[number];

async function fetchRows(db: TTestDatabase, actor: TActor) {
  const scope = await loadUnitScope(db.prisma, actor);
  return db.prisma.ticket.findMany({ where: { AND: [ticketScopeWhere(actor, scope), { isSpam: false, mergedIntoId: null }] }, include: { unit: true } });
}

/** What the dashboard must show, counted in plain JS from the tickets themselves. */
function liveFigures(rows: TRow[], from: Date, to: Date, now: Date) {
  const cohort = rows.filter((row) => row.createdAt >= from && row.createdAt < to);
  const resolved = cohort.filter((row) => row.resolvedAt);
  const isEarly = (row: TRow) => row.dueAt !== null && row.resolvedAt!.getTime() <= row.dueAt.getTime() - DAY;
  const isLate = (row: TRow) => row.dueAt !== null && row.resolvedAt! > row.dueAt;
  const isOverdue = (row: TRow) => OPEN.includes(row.status) && row.dueAt !== null && row.dueAt < (row.pausedAt ?? now);
  const byUnit: Record<string, { received: number; resolved: number; late: number; pendingOverdue: number }> = {};
  for (const row of cohort) {
    const unit = (byUnit[row.unit.code] ??= { received: 0, resolved: 0, late: 0, pendingOverdue: 0 });
    unit.received += 1;
    if (row.resolvedAt) unit.resolved += 1;
    if (row.resolvedAt && isLate(row)) unit.late += 1;
    if (isOverdue(row)) unit.pendingOverdue += 1;
  }
  return {
    kpis: {
      received: cohort.length,
      resolved: resolved.length,
      early: resolved.filter(isEarly).length,
      late: resolved.filter(isLate).length,
      pending: cohort.filter((row) => OPEN.includes(row.status)).length,
      pendingOverdue: cohort.filter(isOverdue).length,
      rejected: cohort.filter((row) => row.status === "rejected").length,
      anonymous: cohort.filter((row) => row.isAnonymous).length,
      ratingCount: cohort.filter((row) => row.satisfactionRating !== null).length,
    },
    byUnit,
    resolvedInPeriod: rows.filter((row) => row.resolvedAt && row.resolvedAt >= from && row.resolvedAt < to).length,
  };
}

describe("the dashboard rollup equals a live count", () => {
  let db: TTestDatabase;
  let now: Date;
  let clock: ReturnType<typeof fixedClock>;
  const actors: Record<string, TActor> = {};
  // Whole months (read from the monthly rows) and ragged edges (daily rows) both.
  const periods: TPeriodInput[] = [{ preset: "30d" }, { preset: "quarter" }, { preset: "year" }];
  const allTime = (): TPeriodInput => ({ preset: "custom", from: "2020-01-15", to: localDateKey(now) });

  beforeAll(async () => {
    db = await createSeededTestDatabase({ withDemoData: true });
    now = new Date();
    clock = fixedClock(now);
    for (const user of await db.prisma.staffUser.findMany()) actors[user.username] = { id: user.id, username: user.username, displayName: user.displayName, role: user.role, unitId: user.unitId };
  }, 240_000);
  afterAll(async () => {
    await db?.dispose();
  });

  async function expectEqualToLive(username: string, input: TPeriodInput) {
    const actor = actors[username]!;
    const dashboard = await loadDashboard(actor, input, { prisma: db.prisma, clock });
    const rows = await fetchRows(db, actor);
    const period = resolvePeriod(input, clock.now());
    for (const [actual, from, to] of [[dashboard.current, period.from, period.to], [dashboard.previous, period.previousFrom, period.previousTo]] as const) {
      const live = liveFigures(rows, from, to, clock.now());
      expect({ received: actual.received, resolved: actual.resolved, early: actual.early, late: actual.late, pending: actual.pending, pendingOverdue: actual.pendingOverdue, rejected: actual.rejected, anonymous: actual.anonymous, ratingCount: actual.ratingCount }).toEqual(live.kpis);
    }
    const live = liveFigures(rows, period.from, period.to, clock.now());
    expect(Object.fromEntries(dashboard.byUnit.map((row) => [row.code, { received: row.received, resolved: row.resolved, late: row.late, pendingOverdue: row.pendingOverdue }]))).toEqual(live.byUnit);
    expect(dashboard.trend.buckets.reduce((sum, bucket) => sum + bucket.resolved, 0)).toBe(live.resolvedInPeriod);
    return dashboard;
  }

  it("before any change, for every role and period", async () => {
    for (const username of ["admin", "lanhdao", "canbo.pc06"]) {
      for (const input of [...periods, allTime()]) await expectEqualToLive(username, input);
    }
  });

  it("after tickets change status, unit, spam flag, pause and rating", async () => {
    const before = await expectEqualToLive("admin", allTime());
    const open = await db.prisma.ticket.findMany({ where: { status: { in: ["new", "in_progress"] }, isSpam: false, mergedIntoId: null }, orderBy: { createdAt: "asc" }, take: 4 });
    const done = await db.prisma.ticket.findMany({ where: { status: { in: ["resolved", "closed"] }, isSpam: false, mergedIntoId: null }, orderBy: { createdAt: "asc" }, take: 3 });
    expect(open.length).toBe(4);
    expect(done.length).toBe(3);
    const pc04 = await db.prisma.unit.findUniqueOrThrow({ where: { code: "PC04" } });
    // Resolved late today; resolved early; paused past its deadline; moved to another unit.
    await db.prisma.ticket.update({ where: { id: open[0]!.id }, data: { status: "resolved", resolvedAt: now, dueAt: new Date(now.getTime() - 2 * DAY) } });
    await db.prisma.ticket.update({ where: { id: open[1]!.id }, data: { status: "resolved", resolvedAt: now, dueAt: new Date(now.getTime() + 5 * DAY), satisfactionRating: 2 } });
    await db.prisma.ticket.update({ where: { id: open[2]!.id }, data: { status: "waiting_citizen", pausedAt: now, dueAt: new Date(now.getTime() - DAY) } });
    await db.prisma.ticket.update({ where: { id: open[3]!.id }, data: { unitId: pc04.id } });
    // Reopened (no longer resolved on its old day), marked spam, rejected.
    await db.prisma.ticket.update({ where: { id: done[0]!.id }, data: { status: "in_progress", resolvedAt: null, closedAt: null } });
    await db.prisma.ticket.update({ where: { id: done[1]!.id }, data: { isSpam: true } });
    await db.prisma.ticket.update({ where: { id: done[2]!.id }, data: { status: "rejected" } });
    const after = await expectEqualToLive("admin", allTime());
    expect(after.current.received).toBe(before.current.received - 1);
    expect(after.current.rejected).toBe(before.current.rejected + 1);
    for (const username of ["admin", "lanhdao", "canbo.pc06", "canbo.pc04"]) {
      for (const input of periods) await expectEqualToLive(username, input);
    }
  });

  it("counts a deadline passing without any ticket change", async () => {
    clock.advance(40 * DAY);
    try {
      for (const input of [...periods, allTime()]) await expectEqualToLive("admin", input);
    } finally {
      clock.set(now);
    }
  });

  it("a new ticket inserted with raw SQL is counted, and a full rebuild gives the same figures", async () => {
    const template = await db.prisma.ticket.findFirstOrThrow({ where: { isSpam: false, mergedIntoId: null } });
    await db.sql.query(
      `INSERT INTO "Ticket" (id, code, kind, "categoryId", "unitId", channel, status, summary, "createdAt", "updatedAt", "dueAt")
       VALUES ('rollup-test-ticket', 'HT-26-999999', $1::"TicketKind", $2, $3, 'zalo', 'new', 'rollup', $4::timestamp, $4::timestamp, $5::timestamp)`,
      [template.kind, template.categoryId, template.unitId, new Date(now.getTime() - 3 * DAY).toISOString().replace("T", " ").replace("Z", ""), new Date(now.getTime() - DAY).toISOString().replace("T", " ").replace("Z", "")],
    );
    const live = await expectEqualToLive("admin", allTime());
    expect(await refreshStatRollup(db.prisma)).toBe(0);
    await rebuildStatRollup(db.prisma);
    expect((await loadDashboard(actors.admin!, allTime(), { prisma: db.prisma, clock })).current).toEqual(live.current);
  });
});
