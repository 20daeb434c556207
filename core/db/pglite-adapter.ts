import type { PGlite } from "@electric-sql/pglite";
import { ColumnTypeEnum, DriverAdapterError, type SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaPGlite } from "pglite-prisma-adapter";

/**
 * The PGlite driver adapter factory, with two defects of pglite-prisma-adapter 0.6.1 fixed.
 *
 * - It calls `client.exec(script)` without awaiting it, so a migration whose SQL fails is recorded
 *   by Prisma as applied and the error only surfaces later. Here the script is awaited and a
 *   database error is rethrown the way the official adapters do, so `prisma migrate deploy` marks
 *   the migration failed and exits non-zero.
 * - It hands `timestamp` values to Prisma without a zone ("2026-12-04 02:00:00.123"), which
 *   `$queryRaw` then reads as local time: on a server in Asia/Ho_Chi_Minh every raw read was seven
 *   hours early (model queries were right). Values are marked UTC, as @prisma/adapter-pg does.
 */
class FixedPrismaPGlite extends PrismaPGlite {
  readonly #pglite: PGlite;

  constructor(pglite: PGlite) {
    super(pglite);
    this.#pglite = pglite;
  }

  override async connect() {
    const adapter = await super.connect();
    const pglite = this.#pglite;
    adapter.executeScript = async (script: string) => {
      try {
        await pglite.exec(script);
      } catch (error) {
        throw toDriverAdapterError(error);
      }
    };
    markTimestampsUtc(adapter);
    const startTransaction = adapter.startTransaction.bind(adapter);
    adapter.startTransaction = async (isolationLevel) => markTimestampsUtc(await startTransaction(isolationLevel));
    // The CLI process only exits once PGlite is closed.
    adapter.dispose = async () => {
      if (!pglite.closed) await pglite.close();
    };
    return adapter;
  }
}

/** Wraps `queryRaw` so DateTime columns carry an explicit UTC offset (the column is UTC by the schema's convention). */
function markTimestampsUtc<T extends object>(queryable: T): T {
  // Typed structurally: the adapter package ships its own older copy of the adapter types.
  const target = queryable as unknown as { queryRaw(query: unknown): Promise<{ columnTypes: readonly number[]; rows: unknown[][] }> };
  const queryRaw = target.queryRaw.bind(target);
  target.queryRaw = async (query) => {
    const result = await queryRaw(query);
    const dateColumns = result.columnTypes.flatMap((type, index) => (type === ColumnTypeEnum.DateTime || type === ColumnTypeEnum.DateTimeArray ? [index] : []));
    if (dateColumns.length === 0) return result;
    for (const row of result.rows) {
      for (const index of dateColumns) row[index] = withUtcOffset(row[index]);
    }
    return result;
  };
  return queryable;
}

function withUtcOffset(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withUtcOffset);
  if (typeof value !== "string" || /(?:Z|[+-]\d{2}(?::?\d{2})?)$/.test(value) || value.endsWith("infinity")) return value;
  return `${value.replace(" ", "T")}+00:00`;
}

function toDriverAdapterError(error: unknown): unknown {
  if (error && typeof error === "object" && "severity" in error && "code" in error) {
    const pgError = error as { code?: string; severity?: string; message: string; detail?: string; column?: string; hint?: string };
    return new DriverAdapterError({
      kind: "postgres",
      code: pgError.code ?? "UNKNOWN",
      severity: pgError.severity ?? "ERROR",
      message: pgError.message,
      detail: pgError.detail,
      column: pgError.column,
      hint: pgError.hint,
    });
  }
  return error;
}

/**
 * The PGlite adapter factory for both the application's client and the Prisma CLI. The cast
 * bridges pglite-prisma-adapter's own older copy of the adapter type package (6.10), whose
 * types are structurally the same at run time.
 */
export function createPgliteAdapterFactory(pglite: PGlite): SqlMigrationAwareDriverAdapterFactory {
  return new FixedPrismaPGlite(pglite) as unknown as SqlMigrationAwareDriverAdapterFactory;
}
