import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import type { TestProject } from "vitest/node";
import { applyMigrations } from "../../core/db/migrate.ts";
import { pgliteExecutor } from "../../core/db/sql-executor.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** A tarball of a migrated, empty PGlite data directory; absent on PostgreSQL runs. */
    pgliteTemplate: string | undefined;
  }
}

/**
 * Creating a PGlite database runs initdb, which costs 10–25 s per test file on this machine;
 * loading a data directory from a tarball costs about 2–3 s. So the migrated, empty database is
 * built once per run and every test file starts from a copy (createTestDatabase still applies
 * migrations, so a migration added while vitest runs in watch mode is not missed).
 */
export default async function setup(project: TestProject) {
  if (process.env.TEST_DATABASE_URL?.trim()) {
    project.provide("pgliteTemplate", undefined);
    return;
  }
  const directory = mkdtempSync(path.join(tmpdir(), "ln-pglite-template-"));
  const file = path.join(directory, "migrated.tar");
  const pglite = await PGlite.create({ dataDir: "memory://" });
  try {
    await applyMigrations(pgliteExecutor(pglite));
    const dump = await pglite.dumpDataDir("none");
    writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  } finally {
    await pglite.close();
  }
  project.provide("pgliteTemplate", file);
  return () => rmSync(directory, { recursive: true, force: true });
}
