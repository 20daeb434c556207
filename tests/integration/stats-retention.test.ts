import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TActor } from "../../core/access/actor.ts";
import { applyRetention, RETENTION_PLACEHOLDER } from "../../core/retention/apply-retention.ts";
import { loadDashboard } from "../../core/stats/load-dashboard.ts";
import { localDateKey } from "../../core/stats/stats-period.ts";
import { fixedClock } from "../../core/time/clock.ts";
import { createSeededTestDatabase, type TTestDatabase } from "../support/test-database.ts";

const DAY = 86_400_000;

describe("retention: personal data goes, the statistics stay", () => {
  let db: TTestDatabase;
  let admin: TActor;
  let now: Date;

  beforeAll(async () => {
    db = await createSeededTestDatabase({ withDemoData: true });
    now = new Date();
    const row = await db.prisma.staffUser.findUniqueOrThrow({ where: { username: "admin" } });
    admin = { id: row.id, username: row.username, displayName: row.displayName, role: "admin", unitId: row.unitId };
  }, 240_000);
  afterAll(async () => {
    await db?.dispose();
  });

  it("anonymises closed tickets past their category's retention, except under legal hold, once", async () => {
    const closed = await db.prisma.ticket.findMany({ where: { status: { in: ["closed", "rejected"] }, closedAt: { not: null } }, include: { category: true } });
    expect(closed.length).toBeGreaterThan(2);
    const held = closed[0]!;
    await db.prisma.ticket.update({ where: { id: held.id }, data: { legalHold: true } });
    const period = { preset: "custom" as const, from: "2020-01-01", to: localDateKey(now) };
    const before = await loadDashboard(admin, period, { prisma: db.prisma, clock: fixedClock(now) });

    // Ten years later every closed ticket is past its retention.
    const later = new Date(now.getTime() + 3660 * DAY);
    const first = await applyRetention({ prisma: db.prisma, clock: fixedClock(later) });
    expect(first.anonymised).toBe(closed.length - 1);
    expect((await applyRetention({ prisma: db.prisma, clock: fixedClock(later) })).anonymised).toBe(0);

    const gone = await db.prisma.ticket.findUniqueOrThrow({ where: { id: closed[1]!.id }, include: { messages: true } });
    expect(gone.summary).toBe(RETENTION_PLACEHOLDER);
    expect(gone.citizenId).toBeNull();
    expect(gone.locationText).toBeNull();
    expect(gone.messages.every((message) => message.text === RETENTION_PLACEHOLDER && message.citizenId === null)).toBe(true);
    expect(gone.satisfactionRating).toBe(closed[1]!.satisfactionRating);
    const kept = await db.prisma.ticket.findUniqueOrThrow({ where: { id: held.id } });
    expect(kept.summary).toBe(held.summary);
    expect(await db.prisma.auditLog.count({ where: { action: "ticket.retention" } })).toBe(closed.length - 1);

    const after = await loadDashboard(admin, period, { prisma: db.prisma, clock: fixedClock(now) });
    expect(after.current).toEqual(before.current);
    expect(after.byUnit).toEqual(before.byUnit);
    expect(after.byWard).toEqual(before.byWard);
  });

  it("leaves tickets not yet past retention alone", async () => {
    const soon = new Date(now.getTime() + 10 * DAY);
    const fresh = await db.prisma.ticket.create({
      data: {
        code: "TEST-RET-1", kind: "question", categoryId: (await db.prisma.category.findFirstOrThrow()).id, unitId: admin.unitId, channel: "zalo",
        status: "closed", summary: "Số điện thoại của tôi 0912 345 678", closedAt: now, createdAt: now,
      },
    });
    await applyRetention({ prisma: db.prisma, clock: fixedClock(soon) });
    expect((await db.prisma.ticket.findUniqueOrThrow({ where: { id: fresh.id } })).summary).toContain("0912");
  });
});
