import { execFile } from "node:child_process";
import { cp, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations, DEFAULT_MIGRATIONS_DIR } from "../../core/db/migrate.ts";
import { openDatabase } from "../../core/db/open-database.ts";
import { isAppError } from "../../core/errors/app-error.ts";
import { createTestDatabase, TEST_DATABASE_URL, type TTestDatabase } from "../support/test-database.ts";

const run = promisify(execFile);

describe(`migrations on ${TEST_DATABASE_URL ? "PostgreSQL" : "PGlite"}`, () => {
  let db: TTestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db.dispose();
  });

  it("creates every table and records the migration the way Prisma does", async () => {
    const tables = await db.sql.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name`,
    );
    const names = tables.map((row) => row.table_name);
    for (const table of ["Ticket", "Message", "OutboxMessage", "InboundUpdate", "AuditLog", "StaffUser", "_prisma_migrations"]) {
      expect(names).toContain(table);
    }
    const recorded = await db.sql.query<{ migration_name: string; finished_at: Date | null; checksum: string }>(
      `SELECT migration_name, finished_at, checksum FROM "_prisma_migrations"`,
    );
    expect(recorded.length).toBeGreaterThan(0);
    expect(recorded.every((row) => row.finished_at !== null && row.checksum.length === 64)).toBe(true);
  });

  it("applies nothing the second time", async () => {
    const report = await applyMigrations(db.sql);
    expect(report.applied).toEqual([]);
    expect(report.alreadyApplied).toBeGreaterThan(0);
  });

  it("reports a failing migration, rolls it back and does not record it as applied", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "ln-migrations-"));
    try {
      await cp(DEFAULT_MIGRATIONS_DIR, dir, { recursive: true });
      await mkdir(path.join(dir, "29990101000000_broken"));
      await writeFile(
        path.join(dir, "29990101000000_broken", "migration.sql"),
        `ALTER TABLE "Ticket" ADD COLUMN "brokenProbe" INTEGER;\nSELECT * FROM "no_such_table";\n`,
      );
      const failure = await applyMigrations(db.sql, dir).catch((error: unknown) => error);
      expect(isAppError(failure, "MIGRATION_FAILED")).toBe(true);
      expect(String((failure as Error).message)).toContain("29990101000000_broken");

      const rows = await db.sql.query<{ finished_at: Date | null; rolled_back_at: Date | null; logs: string | null }>(
        `SELECT finished_at, rolled_back_at, logs FROM "_prisma_migrations" WHERE migration_name = '29990101000000_broken'`,
      );
      expect(rows).toHaveLength(1);
      expect(rows[0]!.finished_at).toBeNull();
      expect(rows[0]!.rolled_back_at).not.toBeNull();
      expect(rows[0]!.logs).toContain("no_such_table");
      const column = await db.sql.query(
        `SELECT 1 FROM information_schema.columns WHERE table_name = 'Ticket' AND column_name = 'brokenProbe'`,
      );
      expect(column).toHaveLength(0);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

/** The Prisma CLI path (used to author migrations) goes through our fixed adapters. */
describe("prisma migrate deploy through the driver adapters", () => {
  const cli = path.join("node_modules", "prisma", "build", "index.js");

  it.skipIf(Boolean(TEST_DATABASE_URL))("PGlite: a failing migration makes the CLI fail and is not recorded as applied", async () => {
    const work = await mkdtemp(path.join(tmpdir(), "ln-cli-"));
    try {
      const migrations = path.join(work, "migrations");
      await cp(DEFAULT_MIGRATIONS_DIR, migrations, { recursive: true });
      await mkdir(path.join(migrations, "29990101000000_broken"));
      await writeFile(path.join(migrations, "29990101000000_broken", "migration.sql"), `SELECT * FROM "no_such_table";\n`);
      const dataDir = path.join(work, "pglite");
      const result = await run(process.execPath, [cli, "migrate", "deploy"], {
        env: { ...process.env, PGLITE_DATA_DIR: dataDir, PRISMA_MIGRATIONS_DIR: migrations, DATABASE_URL: "" },
        timeout: 60_000,
      }).then(
        () => ({ code: 0, output: "" }),
        (error: { code?: number; stdout?: string; stderr?: string }) => ({ code: error.code ?? -1, output: `${error.stdout}${error.stderr}` }),
      );
      expect(result.code).not.toBe(0);
      expect(result.output).toContain("no_such_table");

      const db = await openDatabase({ kind: "pglite", dataDir });
      try {
        const rows = await db.sql.query<{ migration_name: string; finished_at: Date | null }>(
          `SELECT migration_name, finished_at FROM "_prisma_migrations" ORDER BY migration_name`,
        );
        const broken = rows.filter((row) => row.migration_name === "29990101000000_broken");
        expect(broken.length).toBeGreaterThan(0);
        expect(broken.every((row) => row.finished_at === null)).toBe(true);
        expect(rows.find((row) => row.migration_name !== "29990101000000_broken")?.finished_at).not.toBeNull();
      } finally {
        await db.close();
      }
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  });

  it.skipIf(!TEST_DATABASE_URL)("PostgreSQL: migrate deploy succeeds despite adapter-pg's catalog types (prisma/orm#27403)", async () => {
    const db = await createTestDatabase();
    try {
      // The helper already applied the migrations with our runner; the CLI must agree and exit 0.
      const result = await run(process.execPath, [cli, "migrate", "deploy"], { env: { ...process.env, DATABASE_URL: db.url }, timeout: 60_000 });
      expect(`${result.stdout}`).toMatch(/No pending migrations|successfully applied/);
    } finally {
      await db.dispose();
    }
  });
});
