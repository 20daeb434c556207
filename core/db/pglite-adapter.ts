import type { PGlite } from "@electric-sql/pglite";
import { DriverAdapterError, type SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaPGlite } from "pglite-prisma-adapter";

/**
 * The PGlite driver adapter factory, with `executeScript` fixed.
 *
 * pglite-prisma-adapter 0.6.1 calls `client.exec(script)` without awaiting it, so a migration
 * whose SQL fails is recorded by Prisma as applied and the error only surfaces later. Here the
 * script is awaited and a database error is rethrown the way the official adapters do, so
 * `prisma migrate deploy` marks the migration failed and exits non-zero.
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
    // The CLI process only exits once PGlite is closed.
    adapter.dispose = async () => {
      if (!pglite.closed) await pglite.close();
    };
    return adapter;
  }
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
