import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { claimOutbox } from "../../core/outbox/claim-outbox.ts";
import { createTestDatabase, type TTestDatabase } from "../support/test-database.ts";

/*
 * A police server may well run with TZ=Asia/Ho_Chi_Minh. Prisma keeps `timestamp` columns in UTC;
 * raw SQL through the executor must read and write the same instants, or the outbox would retry
 * seven hours early and raw reads would disagree with Prisma's.
 */
describe("raw SQL and Prisma agree on instants when the process is not in UTC", () => {
  let db: TTestDatabase;
  const originalZone = process.env.TZ;
  const instant = new Date("2026-12-04T02:00:00.123Z");

  beforeAll(async () => {
    process.env.TZ = "Asia/Ho_Chi_Minh";
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db.dispose();
    process.env.TZ = originalZone;
  });

  it("runs in a zone seven hours ahead of UTC", () => {
    expect(new Date("2026-12-04T00:00:00Z").getTimezoneOffset()).toBe(-420);
  });

  it("a Date written by the executor is the instant Prisma reads, and back", async () => {
    await db.sql.exec(`CREATE TABLE "TimeProbe" (id text PRIMARY KEY, at timestamp(3) NOT NULL)`);
    await db.sql.query(`INSERT INTO "TimeProbe" (id, at) VALUES ('raw', $1)`, [instant]);
    const stored = await db.sql.query<{ text: string; at: Date }>(`SELECT at::text AS text, at FROM "TimeProbe" WHERE id = 'raw'`);
    expect(stored[0]?.text).toBe("2026-12-04 02:00:00.123");
    expect(stored[0]?.at.toISOString()).toBe(instant.toISOString());
    const viaPrisma = await db.prisma.$queryRaw<{ at: Date }[]>`SELECT at FROM "TimeProbe" WHERE id = 'raw'`;
    expect(viaPrisma[0]?.at.toISOString()).toBe(instant.toISOString());
    const inTransaction = await db.sql.transaction((tx) => tx.query<{ at: Date }>(`SELECT at FROM "TimeProbe" WHERE at = $1`, [instant]));
    expect(inTransaction).toHaveLength(1);
  });

  it("the outbox does not claim a message before its next attempt is due", async () => {
    const queuedAt = new Date("2026-12-04T02:00:00Z");
    await db.prisma.outboxMessage.create({
      data: { channel: "telegram", chatIdEnc: db.box.encrypt("4242"), recipientKey: "probe", payload: { text: "xin chào" }, createdAt: queuedAt, nextAttemptAt: new Date(queuedAt.getTime() + 60 * 60_000) },
    });
    // One minute after queueing, the retry is still an hour away: nothing to claim.
    expect(await claimOutbox(db.sql, { now: new Date(queuedAt.getTime() + 60_000), limit: 10, lockMs: 30_000 })).toHaveLength(0);
    expect(await claimOutbox(db.sql, { now: new Date(queuedAt.getTime() + 61 * 60_000), limit: 10, lockMs: 30_000 })).toHaveLength(1);
  });
});
