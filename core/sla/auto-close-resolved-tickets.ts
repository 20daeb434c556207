import { recordAudit } from "../audit/record-audit.ts";
import { sqlRunnerOf } from "../db/sql-runner.ts";
import type { Db } from "../db/open-database.ts";

const DAY_MS = 86_400_000;
const BATCH = 200;

/**
 * Closes resolved tickets the citizen has not rated within `days` days of resolution. Each close
 * is guarded by `status = resolved` in its own transaction, so concurrent sweepers close a ticket
 * once and a ticket reopened meanwhile is left alone. Returns how many were closed.
 */
export async function autoCloseResolvedTickets(deps: { prisma: Db }, days: number, now: Date): Promise<number> {
  if (days <= 0) return 0;
  const cutoff = new Date(now.getTime() - days * DAY_MS);
  let closed = 0;
  for (;;) {
    const due = await deps.prisma.ticket.findMany({
      where: { status: "resolved", satisfactionRating: null, resolvedAt: { lte: cutoff } },
      select: { id: true, code: true },
      orderBy: { resolvedAt: "asc" },
      take: BATCH,
    });
    let closedNow = 0;
    for (const ticket of due) {
      const didClose = await deps.prisma.$transaction(async (tx) => {
        const updated = await tx.ticket.updateMany({
          where: { id: ticket.id, status: "resolved", satisfactionRating: null },
          data: { status: "closed", closedAt: now, updatedAt: now },
        });
        if (updated.count === 0) return false;
        await tx.ticketEvent.create({ data: { ticketId: ticket.id, type: "status", data: { from: "resolved", to: "closed", by: "system", reason: "auto_close_unrated", days }, createdAt: now } });
        await recordAudit(sqlRunnerOf(tx), { actorId: null, actorLabel: "system", action: "ticket.auto_close", entityType: "ticket", entityId: ticket.id, details: { code: ticket.code, days } }, now);
        return true;
      });
      if (didClose) closedNow += 1;
    }
    closed += closedNow;
    if (due.length < BATCH || closedNow === 0) break;
  }
  return closed;
}
