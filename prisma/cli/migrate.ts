import { applyMigrations } from "../../core/db/migrate.ts";
import { openConfiguredDatabase } from "./open-configured-database.ts";

// npm run db:migrate — applies pending migrations to DATABASE_URL, or to the embedded database.
const { db } = await openConfiguredDatabase();
try {
  const report = await applyMigrations(db.sql);
  console.log(
    report.applied.length > 0
      ? `Applied ${report.applied.length} migration(s) to ${db.kind}: ${report.applied.join(", ")}`
      : `${db.kind}: up to date (${report.alreadyApplied} migration(s) applied earlier)`,
  );
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await db.close();
}
