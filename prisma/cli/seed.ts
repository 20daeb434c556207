import { parseArgs } from "node:util";
import { applyMigrations } from "../../core/db/migrate.ts";
import { createSecretBox } from "../../core/security/secret-box.ts";
import { printCredentials } from "../seed/print-credentials.ts";
import { seedDatabase } from "../seed/seed-database.ts";
import { createProgressBar } from "./progress-bar.ts";
import { openConfiguredDatabase } from "./open-configured-database.ts";

// npm run db:seed [-- --demo] — reference data and staff; demo tickets with --demo (or SEED_DEMO_DATA=yes).
const { values } = parseArgs({ options: { demo: { type: "boolean", default: false } } });
const { config, db } = await openConfiguredDatabase();
try {
  await applyMigrations(db.sql);
  const result = await seedDatabase(db.prisma, {
    box: createSecretBox(config.appSecret),
    now: new Date(),
    adminPassword: config.adminPassword,
    withDemoData: values.demo || config.seedDemoData === "yes" || (config.seedDemoData === "auto" && db.kind === "pglite"),
    progress: createProgressBar(),
  });
  printCredentials(result.credentials);
  console.log(`Seed done (${db.kind}): ${result.credentials.length} account(s) and ${result.demoTicketsCreated} demo ticket(s) created.`);
} finally {
  await db.close();
}
