import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bindReferenceData, createReferenceDataCache, invalidateReferenceData, REFERENCE_DATA_TTL_MS } from "../../core/cache/reference-data.ts";
import { createTicket } from "../../core/tickets/create-ticket.ts";
import { fixedClock } from "../../core/time/clock.ts";
import { createSeededTestDatabase, type TTestDatabase } from "../support/test-database.ts";
import { sqlRunnerOf } from "../../core/db/sql-runner.ts";

let db: TTestDatabase;
const clock = fixedClock(new Date("2026-11-20T03:00:00Z"));

beforeAll(async () => {
  db = await createSeededTestDatabase();
}, 120_000);
afterAll(async () => {
  await db?.dispose();
}, 120_000);

/** A rule sending every drug tip to the unit `unitCode`, first in order. */
async function addDrugRule(name: string, unitCode: string) {
  const unit = await db.prisma.unit.findUniqueOrThrow({ where: { code: unitCode } });
  return db.prisma.routingRule.create({ data: { name, position: -100, conditions: { categoryCodes: ["tip.drugs"] }, targetUnitId: unit.id } });
}

/** Opens a ticket inside a transaction that reads the snapshot `cache` holds now (a drug tip unless told). */
async function openDrugTip(cache: ReturnType<typeof createReferenceDataCache>, kind: "tip" | "feedback" = "tip", categoryCode = "tip.drugs") {
  const snapshot = await cache.get();
  return db.prisma.$transaction(async (tx) => {
    bindReferenceData(sqlRunnerOf(tx), snapshot);
    return createTicket(sqlRunnerOf(tx), { kind, categoryCode, channel: "telegram", citizenId: null, summary: "bán ma túy ở xóm 3" }, clock.now());
  });
}

describe("the cached routing and calendar data of new chat tickets", () => {
  it("routes by a changed rule at once after an admin change, and by the old rules only until the TTL elsewhere", async () => {
    const units = await db.prisma.unit.findMany({ where: { code: { not: "TRUCBAN" } }, select: { code: true }, orderBy: { code: "asc" }, take: 2 });
    const [first, second] = units.map((unit) => unit.code);
    const cache = createReferenceDataCache(db.prisma, clock);
    const before = await openDrugTip(cache);

    const rule = await addDrugRule("cache test: drugs to first", first!);
    // Another instance's change (no invalidation here): the snapshot is kept until the TTL…
    expect((await openDrugTip(cache)).unitCode).toBe(before.unitCode);
    clock.advance(REFERENCE_DATA_TTL_MS);
    // …then reloaded.
    const afterTtl = await openDrugTip(cache);
    expect(afterTtl.unitCode).toBe(first);
    expect(afterTtl.routing.ruleId).toBe(rule.id);

    // A change made through the admin pages of this process invalidates at once.
    await db.prisma.routingRule.update({ where: { id: rule.id }, data: { targetUnit: { connect: { code: second! } } } });
    invalidateReferenceData();
    const afterAdmin = await openDrugTip(cache);
    expect(afterAdmin.unitCode).toBe(second);

    const stored = await db.prisma.ticket.findUniqueOrThrow({ where: { id: afterAdmin.id }, include: { unit: true, events: true, category: true } });
    expect(stored.unit.code).toBe(second);
    expect(stored.category.code).toBe("tip.drugs");
    expect(stored.events.map((event) => event.type)).toEqual(["routed"]);
    expect(stored.dueAt?.getTime()).toBe(afterAdmin.dueAt.getTime());
    await db.prisma.routingRule.delete({ where: { id: rule.id } });
  });

  it("counts a holiday added through the admin in the next ticket's deadline", async () => {
    const cache = createReferenceDataCache(db.prisma, clock);
    // Service feedback is due in working days, so a holiday on its due day moves it.
    const before = await openDrugTip(cache, "feedback", "feedback.service");
    // Deadlines end a working day in Vietnam's time (UTC+7); holidays are stored as that local date.
    const dueDay = new Date(before.dueAt.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
    await db.prisma.holiday.create({ data: { date: new Date(`${dueDay}T00:00:00Z`), name: "cache test holiday" } });
    invalidateReferenceData();
    const after = await openDrugTip(cache, "feedback", "feedback.service");
    expect(after.dueAt.getTime()).toBeGreaterThan(before.dueAt.getTime());
  });

  it("reads the database for a category the snapshot does not know yet", async () => {
    const cache = createReferenceDataCache(db.prisma, clock);
    const snapshot = await cache.get();
    const template = await db.prisma.category.findUniqueOrThrow({ where: { code: "tip.drugs" } });
    await db.prisma.category.create({
      data: { code: "tip.cache_test", kind: "tip", nameVi: "Thử", nameEn: "Test", firstResponseHours: 1, resolutionDays: 2, defaultUnitId: template.defaultUnitId },
    });
    const ticket = await db.prisma.$transaction(async (tx) => {
      bindReferenceData(sqlRunnerOf(tx), snapshot);
      return createTicket(sqlRunnerOf(tx), { kind: "tip", categoryCode: "tip.cache_test", channel: "zalo", citizenId: null, summary: "thử" }, clock.now());
    });
    expect((await db.prisma.ticket.findUniqueOrThrow({ where: { id: ticket.id }, include: { category: true } })).category.code).toBe("tip.cache_test");
  });
});
