import type { PGlite } from "@electric-sql/pglite";
import type pg from "pg";

/** The few raw SQL operations start-up code needs, over either PGlite or a pg Pool. */
export interface SqlExecutor {
  /** Runs one or more statements without parameters. */
  exec(sql: string): Promise<void>;
  query<TRow = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<TRow[]>;
  /** Runs `work` on one connection inside BEGIN/COMMIT, rolling back if it throws. */
  transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T>;
  /** Runs `work` holding a session-level advisory lock on one connection. */
  withAdvisoryLock<T>(key: number, work: (conn: SqlExecutor) => Promise<T>): Promise<T>;
}

export function pgliteExecutor(db: PGlite): SqlExecutor {
  const self: SqlExecutor = {
    async exec(sql) {
      await db.exec(sql);
    },
    async query(sql, params) {
      return (await db.query(sql, params)).rows as never[];
    },
    async transaction(work) {
      return db.transaction(async (tx) =>
        work({
          exec: async (sql) => void (await tx.exec(sql)),
          query: async (sql, params) => (await tx.query(sql, params)).rows as never[],
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
  const onClient = (client: pg.PoolClient): SqlExecutor => ({
    async exec(sql) {
      await client.query(sql);
    },
    async query(sql, params) {
      return (await client.query(sql, params)).rows;
    },
    async transaction(work) {
      await client.query("BEGIN");
      try {
        const result = await work(onClient(client));
        await client.query("COMMIT");
        return result;
      } catch (error) {
        await client.query("ROLLBACK");
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
      return (await pool.query(sql, params)).rows;
    },
    transaction: (work) => withClient((client) => onClient(client).transaction(work)),
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
