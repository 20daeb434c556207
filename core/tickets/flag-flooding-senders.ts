import type { Db } from "../db/open-database.ts";
import { detectFlood, FLOOD_RULES } from "./detect-flood.ts";

/** Look back further than the rules' windows, so a sweep missed for a while loses nothing. */
const MESSAGE_LOOKBACK_MS = 3 * FLOOD_RULES.repeatedTextWindowMs;
const TICKET_LOOKBACK_MS = 2 * FLOOD_RULES.manyTicketsWindowMs;

/**
 * Flags, for officers, the tickets of senders who flood: the same text again and again, or many
 * new tickets in a short time (see detectFlood). Nothing is dropped or blocked here — officers
 * decide (mark as spam, block the sender); the chat channels' own per-sender rate limits deal with
 * scripts. A ticket is flagged once: the flag is set only where none is, and its "flagged" event
 * is written in that same transaction, so several sweepers never flag twice. Returns the number
 * of tickets flagged.
 */
export async function flagFloodingSenders(deps: { prisma: Db }, now: Date): Promise<number> {
  const messagesSince = new Date(now.getTime() - MESSAGE_LOOKBACK_MS);
  const ticketsSince = new Date(now.getTime() - TICKET_LOOKBACK_MS);
  const [busyByMessages, busyByTickets] = await Promise.all([
    deps.prisma.message.groupBy({
      by: ["citizenId"],
      where: { direction: "in", citizenId: { not: null }, createdAt: { gte: messagesSince } },
      having: { citizenId: { _count: { gte: FLOOD_RULES.repeatedTextCount } } },
    }),
    deps.prisma.ticket.groupBy({
      by: ["citizenId"],
      where: { citizenId: { not: null }, isDemo: false, createdAt: { gte: ticketsSince } },
      having: { citizenId: { _count: { gte: FLOOD_RULES.manyTicketsCount } } },
    }),
  ]);
  const citizenIds = new Set([...busyByMessages, ...busyByTickets].map((row) => row.citizenId!));
  let flagged = 0;
  for (const citizenId of citizenIds) {
    const [messages, tickets] = await Promise.all([
      deps.prisma.message.findMany({ where: { citizenId, direction: "in", createdAt: { gte: messagesSince } }, select: { ticketId: true, text: true, createdAt: true } }),
      deps.prisma.ticket.findMany({ where: { citizenId, isDemo: false, createdAt: { gte: ticketsSince } }, select: { id: true, createdAt: true } }),
    ]);
    for (const [ticketId, flag] of detectFlood(messages, tickets)) {
      const isFlagged = await deps.prisma.$transaction(async (tx) => {
        const updated = await tx.ticket.updateMany({ where: { id: ticketId, abuseFlag: null, isDemo: false }, data: { abuseFlag: flag } });
        if (updated.count === 0) return false;
        await tx.ticketEvent.create({ data: { ticketId, type: "flagged", data: { flag }, createdAt: now } });
        return true;
      });
      if (isFlagged) flagged += 1;
    }
  }
  return flagged;
}
