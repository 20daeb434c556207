import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordAudit } from "../../core/audit/record-audit.ts";
import { verifyAuditChain } from "../../core/audit/verify-audit-chain.ts";
import { createTestDatabase, type TTestDatabase } from "../support/test-database.ts";
import { sqlRunnerOf } from "../../core/db/sql-runner.ts";

describe("audit log chain", () => {
  let db: TTestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db.dispose();
  });

  it("chains concurrent writers and detects an edited entry", async () => {
    // Half in the chat turn's own SQL transactions, half in Prisma transactions (the admin side): one chain.
    await Promise.all(
      Array.from({ length: 12 }, (_, index) => {
        const entry = { actorId: null, actorLabel: "tester", action: "ticket.view", entityType: "ticket", entityId: `t${index}`, details: { b: 2, a: [1, { z: 1, y: 2 }] } };
        const at = new Date(Date.UTC(2026, 10, 22, 8, 0, index));
        return index % 2 === 0 ? db.sql.transaction((tx) => recordAudit(tx, entry, at)) : db.prisma.$transaction((tx) => recordAudit(sqlRunnerOf(tx), entry, at));
      }),
    );
    expect(await verifyAuditChain(db.prisma)).toEqual({ checked: 12, isIntact: true, firstBrokenId: null });

    const victim = await db.prisma.auditLog.findFirstOrThrow({ orderBy: { id: "asc" }, skip: 5 });
    await db.prisma.auditLog.update({ where: { id: victim.id }, data: { action: "ticket.nothing-to-see" } });
    const report = await verifyAuditChain(db.prisma);
    expect(report.isIntact).toBe(false);
    expect(report.firstBrokenId).toBe(victim.id);
  });
});
