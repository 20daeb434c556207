import { PGlite } from "@electric-sql/pglite";
import { MigrationPrismaPg } from "./pg-migration-adapter.ts";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { createPgliteAdapterFactory } from "./pglite-adapter.ts";

export const DEFAULT_PGLITE_DIR = path.join("data", "pglite");

/** Where the database lives: a PostgreSQL URL, or an embedded PGlite directory ("memory://" for tests). */
export type TDatabaseTarget =
  | { kind: "postgres"; url: string }
  | { kind: "pglite"; dataDir: string };

export function databaseTargetFromEnv(env: NodeJS.ProcessEnv): TDatabaseTarget {
  const url = env.DATABASE_URL?.trim();
  if (url) return { kind: "postgres", url };
  return { kind: "pglite", dataDir: env.PGLITE_DATA_DIR?.trim() || DEFAULT_PGLITE_DIR };
}

/** The adapter factory the Prisma CLI uses for migrations (prisma.config.ts). */
export async function createMigrationAdapterFactory(env: NodeJS.ProcessEnv) {
  const target = databaseTargetFromEnv(env);
  if (target.kind === "postgres") return new MigrationPrismaPg({ connectionString: target.url });
  return createPgliteAdapterFactory(await openPglite(target.dataDir));
}

/** Opens (and on first use creates) an embedded PGlite database directory. */
export async function openPglite(dataDir: string): Promise<PGlite> {
  if (!dataDir.startsWith("memory://")) mkdirSync(dataDir, { recursive: true });
  return PGlite.create({ dataDir });
}
