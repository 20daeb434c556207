import type { PGlite } from "@electric-sql/pglite";
import pg from "pg";

/** The few raw SQL operations start-up code needs, over either PGlite or a pg Pool. */
export interface SqlExecutor {
  /** Runs one or more statements without parameters. */
  exec(sql: string): Promise<void>;
  query<TRow = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<TRow[]>;
  /**
   * Runs `work` on one connection inside BEGIN/COMMIT, rolling back if it throws. With
   * `statementTimeoutMs`, PostgreSQL cancels any of its statements (a lock wait included) that
   * runs longer, so a stuck transaction gives its connection back (PGlite, one connection in
   * process, has nothing to wait for).
   */
  transaction<T>(work: (tx: SqlExecutor) => Promise<T>, options?: TTransactionOptions): Promise<T>;
  /** Runs `work` holding a session-level advisory lock on one connection. */
  withAdvisoryLock<T>(key: number, work: (conn: SqlExecutor) => Promise<T>): Promise<T>;
}

export interface TTransactionOptions {
  statementTimeoutMs?: number;
}

/*
 * Time zones. The schema's DateTime columns are `timestamp(3)` without time zone and Prisma keeps
 * them in UTC. Left to their defaults, the drivers disagree with Prisma as soon as the server's TZ
 * is not UTC (a police server set to Asia/Ho_Chi_Minh): pg sends a JS Date as local time (stored 7
 * hours ahead) and PGlite parses a `timestamp` as local time (read 7 hours behind). So raw queries
 * send every Date as a UTC ISO string (PostgreSQL ignores the zone when casting to `timestamp`)
 * and read `timestamp` values as UTC, on both drivers, whatever the process's TZ.
 */
const TIMESTAMP_OID = 1114;

/** Parses a `timestamp` (without time zone) in PostgreSQL's text form as UTC. */
export function parseUtcTimestamp(value: string): Date | string {
  if (value === "infinity" || value === "-infinity") return value;
  return new Date(`${value.replace(" ", "T")}Z`);
}

/** A query parameter as the database must receive it: Dates as UTC ISO strings, arrays element by element. */
export function toSqlParameter(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(toSqlParameter);
  return value;
}

const toSqlParameters = (params: unknown[] | undefined): unknown[] | undefined => params?.map(toSqlParameter);

const pgUtcTypes = {
  getTypeParser(oid: number, format?: "text" | "binary") {
    if (oid === TIMESTAMP_OID) return parseUtcTimestamp;
    return pg.types.getTypeParser(oid, format as "text");
  },
} as pg.CustomTypesConfig;

const pgliteUtcParsers = {
  [TIMESTAMP_OID]: parseUtcTimestamp,
};

export function pgliteExecutor(db: PGlite): SqlExecutor {
  const self: SqlExecutor = {
    async exec(sql) {
      await db.exec(sql);
    },
    async query(sql, params) {
      return (await db.query(sql, toSqlParameters(params), { parsers: pgliteUtcParsers })).rows as never[];
    },
    async transaction(work) {
      return db.transaction(async (tx) =>
        work({
          exec: async (sql) => void (await tx.exec(sql)),
          query: async (sql, params) => (await tx.query(sql, toSqlParameters(params), { parsers: pgliteUtcParsers })).rows as never[],
          transaction: () => Promise.reject(new Error("nested transactions are not supported")),
          withAdvisoryLock: () => Promise.reject(new Error("not inside a transaction")),
        }),
      );
    },
    // PGlite is one connection in one process: nothing else can interleave.
    async withAdvisoryLock(_key, work) {
      return work(self);
    },
  };
  return self;
}

export function pgPoolExecutor(pool: pg.Pool): SqlExecutor {
  const run = async (target: pg.Pool | pg.PoolClient, sql: string, params?: unknown[]) =>
    (await target.query({ text: sql, values: toSqlParameters(params), types: pgUtcTypes })).rows;
  const onClient = (client: pg.PoolClient): SqlExecutor => ({
    async exec(sql) {
      await client.query(sql);
    },
    async query(sql, params) {
      return run(client, sql, params);
    },
    async transaction(work, options) {
      // One round trip either way: a parameterless query may carry several statements.
      const timeout = options?.statementTimeoutMs;
      await client.query(timeout ? `BEGIN; SET LOCAL statement_timeout = ${Math.max(1, Math.round(timeout))}` : "BEGIN");
      try {
        const result = await work(onClient(client));
        await client.query("COMMIT");
        return result;
      } catch (error) {
        // A connection that cannot even roll back is broken (the pool drops it): report why the work failed.
        await client.query("ROLLBACK").catch(() => undefined);
        throw error;
      }
    },
    withAdvisoryLock: () => Promise.reject(new Error("already on a dedicated connection")),
  });
  const withClient = async <T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> => {
    const client = await pool.connect();
    try {
      return await work(client);
    } finally {
      client.release();
    }
  };
  return {
    async exec(sql) {
      await pool.query(sql);
    },
    async query(sql, params) {
      return run(pool, sql, params);
    },
    transaction: (work, options) => withClient((client) => onClient(client).transaction(work, options)),
    withAdvisoryLock: (key, work) =>
      withClient(async (client) => {
        await client.query("SELECT pg_advisory_lock($1)", [key]);
        try {
          return await work(onClient(client));
        } finally {
          await client.query("SELECT pg_advisory_unlock($1)", [key]);
        }
      }),
  };
}
