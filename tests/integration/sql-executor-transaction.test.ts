import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sqlStateOf } from "../../core/db/sql-runner.ts";
import { createTestDatabase, TEST_DATABASE_URL, type TTestDatabase } from "../support/test-database.ts";

/*
 * The chat turn runs on SqlExecutor.transaction. A turn stuck behind a lock must give its pooled
 * connection back (as Prisma's 20 s transaction limit used to ensure), and a failed transaction
 * must leave the connection usable.
 */
describe("SqlExecutor transactions", () => {
  let db: TTestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
    await db.sql.exec(`CREATE TABLE "LockProbe" (id int PRIMARY KEY, n int NOT NULL); INSERT INTO "LockProbe" VALUES (1, 0)`);
  });
  afterAll(async () => {
    await db?.dispose();
  });

  it("rolls back everything when the work throws", async () => {
    await expect(
      db.sql.transaction(async (tx) => {
        await tx.query(`UPDATE "LockProbe" SET n = n + 1 WHERE id = 1`);
        throw new Error("the turn failed");
      }),
    ).rejects.toThrow("the turn failed");
    expect(await db.sql.query(`SELECT n FROM "LockProbe" WHERE id = 1`)).toEqual([{ n: 0 }]);
  });

  it.skipIf(!TEST_DATABASE_URL)("cancels a statement that waits longer than the timeout, and the pool carries on", async () => {
    let release = () => undefined as void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let locked = () => undefined as void;
    const isLocked = new Promise<void>((resolve) => (locked = resolve));
    const holder = db.sql.transaction(async (tx) => {
      await tx.query(`SELECT n FROM "LockProbe" WHERE id = 1 FOR UPDATE`);
      locked();
      await held;
    });
    await isLocked;
    const waiter = await db.sql
      .transaction((tx) => tx.query(`UPDATE "LockProbe" SET n = n + 1 WHERE id = 1`), { statementTimeoutMs: 300 })
      .catch((error: unknown) => error);
    release();
    await holder;
    expect(sqlStateOf(waiter)).toBe("57014");
    // The setting was local to that transaction: the next one on a pooled connection has no limit.
    const [setting] = await db.sql.transaction((tx) => tx.query<{ statement_timeout: string }>(`SHOW statement_timeout`));
    expect(setting?.statement_timeout).toBe("0");
    expect(await db.sql.query(`SELECT n FROM "LockProbe" WHERE id = 1`)).toEqual([{ n: 0 }]);
  });
});
