import type { Db } from "../db/open-database.ts";
import { contentSyllables, DUPLICATE_SIMILARITY_THRESHOLD, jaccard } from "./text-similarity.ts";
import { OPEN_STATUSES } from "./ticket-workflow.ts";

/** New tips looked at by a sweep: older ones were checked already or predate the feature. */
const CHECK_WINDOW_MS = 24 * 60 * 60 * 1000;
/** How far back an open tip may be to count as the original of a new one. */
const ORIGINAL_WINDOW_MS = 30 * 24 * 60 * 60 * 1000;
const MAX_CANDIDATES = 300;
/** TicketReminder kind that marks a tip as checked (one row per ticket, whatever the sweepers). */
export const DUPLICATE_CHECK_KIND = "duplicate_check";

export interface TDuplicateCandidate {
  id: string;
  code: string;
  text: string;
}

/** The candidate most similar to `text` at or above the threshold, with its score; else null. */
export function mostSimilarCandidate(text: string, candidates: readonly TDuplicateCandidate[]): { candidate: TDuplicateCandidate; score: number } | null {
  let best: { candidate: TDuplicateCandidate; score: number } | null = null;
  const syllables = contentSyllables(text);
  for (const candidate of candidates) {
    const score = jaccard(syllables, contentSyllables(candidate.text));
    if (score >= DUPLICATE_SIMILARITY_THRESHOLD && (!best || score > best.score)) best = { candidate, score };
  }
  return best;
}

/** A category that says nothing about the incident ("tip.other") does not narrow the search. */
function isKnownCategory(code: string): boolean {
  return !code.endsWith(".other");
}

/**
 * Links each new tip to the most similar open tip of the same ward (and category, when known)
 * received before it, for an officer to merge or dismiss: sets possibleDuplicateOfId and records a
 * "possible_duplicate" event. Each tip is checked once: the check is claimed through
 * TicketReminder(ticketId, "duplicate_check") in the transaction that writes the link, so
 * restarts and several sweepers never check a tip twice. Runs in the background worker, off the
 * citizen's path. Returns the number of tips linked.
 */
export async function linkPossibleDuplicates(deps: { prisma: Db }, now: Date): Promise<number> {
  const fresh = await deps.prisma.ticket.findMany({
    where: {
      kind: "tip",
      createdAt: { gte: new Date(now.getTime() - CHECK_WINDOW_MS) },
      isDemo: false,
      isSpam: false,
      mergedIntoId: null,
      possibleDuplicateOfId: null,
      reminders: { none: { kind: DUPLICATE_CHECK_KIND } },
    },
    select: { id: true, unitId: true, dueAt: true },
    orderBy: { createdAt: "asc" },
    take: 200,
  });
  let linked = 0;
  for (const { id, unitId, dueAt } of fresh) {
    const isLinked = await deps.prisma.$transaction(async (tx) => {
      const claimed = await tx.ticketReminder.createMany({ data: [{ ticketId: id, kind: DUPLICATE_CHECK_KIND, unitId, dueAt, createdAt: now, updatedAt: now }], skipDuplicates: true });
      if (claimed.count === 0) return false;
      const ticket = await tx.ticket.findUniqueOrThrow({
        where: { id },
        select: { id: true, wardId: true, createdAt: true, summary: true, category: { select: { id: true, code: true } }, messages: firstCitizenText },
      });
      if (!ticket.wardId) return false;
      const rows = await tx.ticket.findMany({
        where: {
          id: { not: ticket.id },
          kind: "tip",
          wardId: ticket.wardId,
          ...(isKnownCategory(ticket.category.code) && { categoryId: ticket.category.id }),
          status: { in: [...OPEN_STATUSES] },
          mergedIntoId: null,
          isSpam: false,
          isDemo: false,
          createdAt: { lt: ticket.createdAt, gte: new Date(ticket.createdAt.getTime() - ORIGINAL_WINDOW_MS) },
        },
        select: { id: true, code: true, summary: true, messages: firstCitizenText },
        orderBy: { createdAt: "desc" },
        take: MAX_CANDIDATES,
      });
      const best = mostSimilarCandidate(
        textOf(ticket),
        rows.map((row) => ({ id: row.id, code: row.code, text: textOf(row) })),
      );
      if (!best) return false;
      await tx.ticket.update({ where: { id: ticket.id }, data: { possibleDuplicateOfId: best.candidate.id } });
      await tx.ticketEvent.create({
        data: { ticketId: ticket.id, type: "possible_duplicate", data: { of: best.candidate.code, score: Math.round(best.score * 100) / 100 }, createdAt: now },
      });
      return true;
    });
    if (isLinked) linked += 1;
  }
  return linked;
}

const firstCitizenText = { where: { direction: "in" as const }, orderBy: { createdAt: "asc" as const }, take: 1, select: { text: true } };

/** The citizen's first message in full (the summary is shortened), else the summary. */
function textOf(ticket: { summary: string; messages: { text: string }[] }): string {
  return ticket.messages[0]?.text || ticket.summary;
}
