import type { Prisma } from "../../prisma/generated/client.ts";

/**
 * What a use case on the citizen's per-message path needs from the database: one parameterised
 * statement at a time, inside whatever transaction the caller opened. The chat turn passes its own
 * SQL transaction (`SqlExecutor.transaction`, over the pg Pool or PGlite); code already inside a
 * Prisma interactive transaction passes `sqlRunnerOf(tx)`, so one implementation serves both.
 *
 * Rules for SQL written against it, because the drivers disagree on result types: cast counts and
 * other int8 values (`::int`; pg returns a string, Prisma a BigInt, PGlite a number), cast enum
 * parameters (`$1::"Channel"`), pass JSON as a string with `::jsonb`, and use `RETURNING` to learn
 * how many rows a statement changed.
 */
export interface SqlRunner {
  query<TRow = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<TRow[]>;
}

/** A runner over a Prisma interactive transaction; keeps the transaction for what only Prisma code can load. */
interface TPrismaSqlRunner extends SqlRunner {
  readonly prismaTransaction: Prisma.TransactionClient;
}

const runners = new WeakMap<Prisma.TransactionClient, TPrismaSqlRunner>();

/**
 * The SqlRunner of a Prisma interactive transaction (admin panel, seed, SLA sweep, campaigns), so
 * those callers share the turn's use cases. One runner per transaction, so what is bound to the
 * runner (the reference-data snapshot) stays bound across calls.
 */
export function sqlRunnerOf(tx: Prisma.TransactionClient): SqlRunner {
  let runner = runners.get(tx);
  if (!runner) {
    runner = { query: (sql, params = []) => tx.$queryRawUnsafe(sql, ...params), prismaTransaction: tx };
    runners.set(tx, runner);
  }
  return runner;
}

/** The Prisma transaction behind a runner made by sqlRunnerOf, or undefined for a plain SQL transaction. */
export function prismaTransactionOf(runner: SqlRunner): Prisma.TransactionClient | undefined {
  return (runner as Partial<TPrismaSqlRunner>).prismaTransaction;
}

/**
 * The SQLSTATE of a failed statement (23505 unique violation, 40001 serialisation failure, 40P01
 * deadlock), whether pg, PGlite or Prisma (P2010 wrapping the driver's error) threw it.
 */
export function sqlStateOf(error: unknown): string | undefined {
  if (!error || typeof error !== "object") return undefined;
  // Prisma's own codes (P2010 …) look like SQLSTATEs (P0001 is one): read the driver's code inside.
  if ("clientVersion" in error) {
    const cause = (error as { meta?: { driverAdapterError?: { cause?: { originalCode?: unknown; code?: unknown } } } }).meta?.driverAdapterError?.cause;
    const wrapped = cause?.originalCode ?? cause?.code;
    return typeof wrapped === "string" ? wrapped : undefined;
  }
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" && /^[0-9A-Z]{5}$/.test(code) ? code : undefined;
}

/**
 * Placeholders for a statement built in pieces (several VALUES rows, optional parts):
 * `params.add(value)` keeps the value and returns its `$n`.
 */
export function sqlParameters(): { values: unknown[]; add(value: unknown): string } {
  const values: unknown[] = [];
  return {
    values,
    add(value) {
      values.push(value);
      return `$${values.length}`;
    },
  };
}
