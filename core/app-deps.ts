import type { TConfig } from "./config/config.ts";
import type { Logger } from "./config/logger.ts";
import type { TDatabase } from "./db/open-database.ts";
import type { SecretBox } from "./security/secret-box.ts";
import type { Clock } from "./time/clock.ts";

/** What the composition root builds once and hands to every channel and to the admin panel. */
export interface TAppDeps {
  config: TConfig;
  logger: Logger;
  db: TDatabase;
  box: SecretBox;
  clock: Clock;
  /** Ask the outbox worker to deliver now (after queuing a message). */
  wakeOutbox: () => void;
}
