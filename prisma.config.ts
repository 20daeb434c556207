import path from "node:path";
import type { PrismaConfig } from "prisma";
import { createMigrationAdapterFactory } from "./core/db/adapter-factory.ts";

/**
 * Prisma CLI configuration. Migrations always go through a driver adapter and the wasm schema
 * engine (`engine: "js"`), so `prisma migrate` works on machines without internet access.
 * DATABASE_URL set → PostgreSQL; unset → the embedded PGlite database in PGLITE_DATA_DIR (./data/pglite).
 */
export default {
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: process.env.PRISMA_MIGRATIONS_DIR ?? path.join("prisma", "migrations") },
  adapter: async () => createMigrationAdapterFactory(process.env),
} satisfies PrismaConfig;
