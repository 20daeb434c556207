import type { Logger } from "../config/logger.ts";
import type { Db } from "../db/open-database.ts";
import type { Clock } from "../time/clock.ts";
import { flagFloodingSenders } from "./flag-flooding-senders.ts";
import { linkPossibleDuplicates } from "./link-possible-duplicates.ts";

export interface TTicketChecksReport {
  duplicatesLinked: number;
  ticketsFlagged: number;
}

/**
 * The background checks on new tickets, kept off the citizen's path: possible duplicates of open
 * tips, and floods. Run it from the periodic worker; safe on several instances at once.
 */
export async function runTicketChecks(deps: { prisma: Db; clock: Clock; logger?: Pick<Logger, "info"> }): Promise<TTicketChecksReport> {
  const now = deps.clock.now();
  const report = { duplicatesLinked: await linkPossibleDuplicates(deps, now), ticketsFlagged: await flagFloodingSenders(deps, now) };
  if (report.duplicatesLinked > 0 || report.ticketsFlagged > 0) deps.logger?.info({ ...report }, "ticket checks");
  return report;
}
