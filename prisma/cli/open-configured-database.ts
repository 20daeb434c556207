import { existsSync } from "node:fs";
import { loadConfig } from "../../core/config/config.ts";
import { openDatabase } from "../../core/db/open-database.ts";
import { isAppError } from "../../core/errors/app-error.ts";

/** Reads .env and the environment like `npm start` does, and opens that database. */
export async function openConfiguredDatabase() {
  if (existsSync(".env")) process.loadEnvFile(".env");
  try {
    const { config } = loadConfig(process.env);
    return { config, db: await openDatabase(config.database) };
  } catch (error) {
    if (isAppError(error, "CONFIG_INVALID")) {
      console.error(`Configuration error: ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
}
