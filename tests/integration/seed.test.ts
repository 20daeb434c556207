import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDatabase } from "../../prisma/seed/seed-database.ts";
import { demoTickets } from "../../prisma/seed/data/demo-tickets.ts";
import { verifyPassword } from "../../core/security/passwords.ts";
import { createTestDatabase, type TTestDatabase } from "../support/test-database.ts";

async function snapshot(db: TTestDatabase) {
  const p = db.prisma;
  const [units, wards, categories, faq, canned, staff, tickets, messages, citizens, settings, audit] = await Promise.all([
    p.unit.findMany({ orderBy: { code: "asc" } }),
    p.ward.findMany({ orderBy: { code: "asc" } }),
    p.category.findMany({ orderBy: { code: "asc" } }),
    p.faqEntry.findMany({ orderBy: { slug: "asc" } }),
    p.cannedReply.findMany({ orderBy: { key: "asc" } }),
    p.staffUser.findMany({ orderBy: { username: "asc" } }),
    p.ticket.findMany({ orderBy: { code: "asc" } }),
    p.message.count(),
    p.citizen.count(),
    p.setting.findMany({ orderBy: { key: "asc" } }),
    p.auditLog.count(),
  ]);
  return { units, wards, categories, faq, canned, staff, tickets, messages, citizens, settings, audit };
}

describe("seed", () => {
  let db: TTestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db.dispose();
  });

  it("creates the province, categories, FAQ, staff and demo tickets with conversations", async () => {
    const result = await seedDatabase(db.prisma, { box: db.box, now: new Date(), adminPassword: "a-long-admin-password", withDemoData: true });
    expect(result.demoTicketsCreated).toBe(demoTickets.length);
    const admin = result.credentials.find((credential) => credential.username === "admin");
    expect(admin?.password).toBe("a-long-admin-password");
    const stored = await db.prisma.staffUser.findUniqueOrThrow({ where: { username: "admin" } });
    expect(stored.passwordHash).not.toContain("a-long-admin-password");
    expect(await verifyPassword("a-long-admin-password", stored.passwordHash)).toBe(true);
    expect(await db.prisma.unit.count({ where: { kind: "station" } })).toBeGreaterThanOrEqual(10);
    expect(await db.prisma.faqEntry.count()).toBeGreaterThanOrEqual(30);
    expect(await db.prisma.ticket.count({ where: { isDemo: true } })).toBe(demoTickets.length);
    const statuses = await db.prisma.ticket.groupBy({ by: ["status"], _count: true });
    expect(statuses.length).toBe(6);
    const codes = await db.prisma.ticket.findMany({ select: { code: true } });
    expect(codes.every((row) => /^(TG|HT|PA)-\d{2}-\d{6}$/.test(row.code))).toBe(true);
  });

  it("is idempotent: a second run creates, changes and prints nothing", async () => {
    const before = await snapshot(db);
    const again = await seedDatabase(db.prisma, { box: db.box, now: new Date(), adminPassword: "another-password!", withDemoData: true });
    expect(again.credentials).toEqual([]);
    expect(again.demoTicketsCreated).toBe(0);
    expect(await snapshot(db)).toEqual(before);
  });
});
