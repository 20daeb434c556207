import type { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "../../prisma/generated/client.ts";
import { openPglite, type TDatabaseTarget } from "./adapter-factory.ts";
import { createPgliteAdapterFactory } from "./pglite-adapter.ts";
import { pgliteExecutor, pgPoolExecutor, type SqlExecutor } from "./sql-executor.ts";

export type Db = PrismaClient;

export interface TDatabase {
  kind: TDatabaseTarget["kind"];
  prisma: PrismaClient;
  /** Raw SQL for migrations and the few queries Prisma cannot express (SKIP LOCKED, sequences). */
  sql: SqlExecutor;
  close(): Promise<void>;
}

/** Opens the application's database: PGlite in-process, or a pooled PostgreSQL connection. */
export async function openDatabase(
  target: TDatabaseTarget,
  options: { poolSize?: number; onConnectionError?: (error: Error) => void } = {},
): Promise<TDatabase> {
  if (target.kind === "postgres") {
    // A connection not free within 20 s means overload: fail (the chat turn's update stays stored and
    // is replayed) rather than queue without bound, as Prisma's transaction maxWait used to.
    const pool = new pg.Pool({ connectionString: target.url, max: options.poolSize ?? 10, connectionTimeoutMillis: 20_000 });
    // An idle connection the server closes (restart, failover, admin termination) must not crash
    // the process: the pool drops it and opens a new one on the next query.
    pool.on("error", (error) => options.onConnectionError?.(error));
    const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
    return {
      kind: "postgres",
      prisma,
      sql: pgPoolExecutor(pool),
      async close() {
        await prisma.$disconnect();
        await pool.end().catch(() => undefined);
      },
    };
  }
  return wrapPglite(await openPglite(target.dataDir));
}

/** The application's view of an open PGlite instance (tests also open one from a template). */
export function wrapPglite(pglite: PGlite): TDatabase {
  const prisma = new PrismaClient({ adapter: createPgliteAdapterFactory(pglite) });
  return {
    kind: "pglite",
    prisma,
    sql: pgliteExecutor(pglite),
    async close() {
      await prisma.$disconnect();
      if (!pglite.closed) await pglite.close();
    },
  };
}
