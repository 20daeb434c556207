import type { Db } from "../db/open-database.ts";
import type { SecretBox } from "../security/secret-box.ts";
import type { Clock } from "../time/clock.ts";

/** What staff-side use cases need: the database, the clock, the secret box and the outbox wake-up. */
export interface TStaffDeps {
  prisma: Db;
  clock: Clock;
  box: SecretBox;
  /** Deliver queued messages now rather than at the next outbox tick. */
  wakeOutbox: () => void;
}
