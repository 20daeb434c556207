import { createHash, randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { AppError } from "../errors/app-error.ts";
import type { SqlExecutor } from "./sql-executor.ts";

export const DEFAULT_MIGRATIONS_DIR = path.join("prisma", "migrations");
/** The key Prisma Migrate itself uses, so our runner and `prisma migrate` never run at once. */
const MIGRATION_LOCK_KEY = 72707369;

export interface TMigrationReport {
  applied: string[];
  alreadyApplied: number;
}

/**
 * Applies pending migrations from prisma/migrations at start-up and from `npm run db:migrate`.
 *
 * It keeps Prisma's `_prisma_migrations` bookkeeping (same table, same sha256 checksums), so
 * `prisma migrate status` agrees with it. Each migration runs in one transaction: a failing one
 * is rolled back, recorded as a rolled-back attempt with its error, and reported as
 * MIGRATION_FAILED — never as applied. In-process rather than through the Prisma CLI because the
 * CLI does not exit after a successful run on PGlite (its timers stay armed) and starting its wasm
 * schema engine costs seconds on every start.
 */
export async function applyMigrations(db: SqlExecutor, migrationsDir = DEFAULT_MIGRATIONS_DIR): Promise<TMigrationReport> {
  const migrations = await readMigrations(migrationsDir);
  return db.withAdvisoryLock(MIGRATION_LOCK_KEY, async (conn) => {
    await conn.exec(CREATE_MIGRATIONS_TABLE);
    const rows = await conn.query<{ migration_name: string; checksum: string }>(
      `SELECT migration_name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    );
    const done = new Map(rows.map((row) => [row.migration_name, row.checksum]));
    const applied: string[] = [];
    for (const migration of migrations) {
      if (done.has(migration.name)) continue;
      await applyOne(conn, migration);
      applied.push(migration.name);
    }
    return { applied, alreadyApplied: done.size };
  });
}

async function applyOne(conn: SqlExecutor, migration: { name: string; sql: string; checksum: string }) {
  const id = randomUUID();
  try {
    await conn.transaction(async (tx) => {
      await tx.exec(migration.sql);
      await tx.query(
        `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
         VALUES ($1, $2, $3, now(), now(), 1)`,
        [id, migration.checksum, migration.name],
      );
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await conn.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, logs, started_at, rolled_back_at, applied_steps_count)
       VALUES ($1, $2, $3, $4, now(), now(), 0)`,
      [id, migration.checksum, migration.name, message],
    );
    throw new AppError("MIGRATION_FAILED", `Migration ${migration.name} failed and was rolled back: ${message}`, {
      details: { migration: migration.name },
      cause: error,
    });
  }
}

async function readMigrations(dir: string) {
  const entries = await readdir(dir, { withFileTypes: true });
  const names = entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
  return Promise.all(
    names.map(async (name) => {
      const sql = await readFile(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    }),
  );
}

const CREATE_MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;
