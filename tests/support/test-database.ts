import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { inject } from "vitest";
import { applyMigrations } from "../../core/db/migrate.ts";
import { openDatabase, wrapPglite, type TDatabase } from "../../core/db/open-database.ts";
import { createSecretBox, type SecretBox } from "../../core/security/secret-box.ts";
import { seedDatabase, type TSeedResult } from "../../prisma/seed/seed-database.ts";

/**
 * Where database-facing tests run: an in-memory PGlite by default, or — when TEST_DATABASE_URL
 * is set (CI's second pass) — a fresh PostgreSQL database created for the test file and dropped after.
 */
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL?.trim() || undefined;
export const TEST_APP_SECRET = "test-secret-0123456789abcdef0123456789abcdef";

export interface TTestDatabase extends TDatabase {
  /** A DATABASE_URL for this database (PostgreSQL only), for tests that start the whole app. */
  url: string | undefined;
  box: SecretBox;
  /** Closes and, on PostgreSQL, drops the database. */
  dispose(): Promise<void>;
}

export async function createTestDatabase(): Promise<TTestDatabase> {
  const box = createSecretBox(TEST_APP_SECRET);
  if (!TEST_DATABASE_URL) {
    const db = await openPgliteFromTemplate();
    await applyMigrations(db.sql);
    return { ...db, url: undefined, box, dispose: () => db.close() };
  }
  const name = `lntest_${randomBytes(6).toString("hex")}`;
  await adminQuery(`CREATE DATABASE ${name}`);
  const url = withDatabase(TEST_DATABASE_URL, name);
  const db = await openDatabase({ kind: "postgres", url }, { poolSize: 5 });
  await applyMigrations(db.sql);
  return {
    ...db,
    url,
    box,
    async dispose() {
      await db.close();
      await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

/** A copy of the run's migrated template (tests/support/global-setup.ts), or a new database without one. */
async function openPgliteFromTemplate(): Promise<TDatabase> {
  const template = inject("pgliteTemplate");
  if (!template) return openDatabase({ kind: "pglite", dataDir: "memory://" });
  const pglite = await PGlite.create({ dataDir: "memory://", loadDataDir: new Blob([readFileSync(template)]) });
  return wrapPglite(pglite);
}

/** A test database with the province, categories, FAQ and staff (and demo tickets if asked). */
export async function createSeededTestDatabase(options: { withDemoData?: boolean; adminPassword?: string } = {}): Promise<TTestDatabase & { seed: TSeedResult }> {
  const db = await createTestDatabase();
  const seed = await seedDatabase(db.prisma, {
    box: db.box,
    now: new Date(),
    adminPassword: options.adminPassword ?? "admin-password-for-tests",
    withDemoData: options.withDemoData ?? false,
  });
  return Object.assign(db, { seed });
}

async function adminQuery(sql: string) {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}
