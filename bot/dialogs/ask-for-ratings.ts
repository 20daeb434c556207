import type { Channel } from "../../prisma/generated/enums.ts";
import { sqlRunnerOf } from "../../core/db/sql-runner.ts";
import { enqueueOutbox } from "../../core/outbox/enqueue-outbox.ts";
import { languageOf, type TDialogDeps } from "./turn.ts";
import { ratingPromptPayload } from "./rating-prompt.ts";

/** TicketEvent type recorded when the citizen was asked to rate: each resolution is asked about once. */
export const RATING_ASKED_EVENT = "rating_asked";

/**
 * The sweep that asks citizens to rate 1–5 once officers resolve their ticket: for each resolved,
 * unrated ticket of this channel not yet asked about, queues the rating question in the citizen's
 * language and records that it was asked — in one transaction per ticket, with the ticket row
 * locked (SKIP LOCKED), so several instances never ask twice. Returns how many were asked.
 */
export async function askForRatings(deps: TDialogDeps, channel: Channel, limit = 20): Promise<number> {
  const candidates = await deps.prisma.ticket.findMany({
    where: {
      channel,
      status: "resolved",
      satisfactionRating: null,
      resolvedAt: { not: null },
      citizen: { erasedAt: null },
      events: { none: { type: RATING_ASKED_EVENT } },
    },
    select: { id: true },
    orderBy: { resolvedAt: "asc" },
    take: limit,
  });
  let asked = 0;
  for (const { id } of candidates) {
    asked += await deps.prisma.$transaction(async (tx) => {
      const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Ticket" WHERE id = ${id} AND status = 'resolved' FOR UPDATE SKIP LOCKED`;
      if (locked.length === 0) return 0;
      if ((await tx.ticketEvent.count({ where: { ticketId: id, type: RATING_ASKED_EVENT } })) > 0) return 0;
      const ticket = await tx.ticket.findUniqueOrThrow({ where: { id }, select: { code: true, citizen: { select: { id: true, chatIdEncrypted: true, language: true } } } });
      if (!ticket.citizen) return 0;
      const now = deps.clock.now();
      const t = deps.translator.t(languageOf(ticket.citizen.language));
      await tx.ticketEvent.create({ data: { ticketId: id, type: RATING_ASKED_EVENT, data: {}, createdAt: now } });
      await enqueueOutbox(
        sqlRunnerOf(tx),
        deps.box,
        { channel, chatId: deps.box.decrypt(ticket.citizen.chatIdEncrypted), payload: ratingPromptPayload(t, id, ticket.code), citizenId: ticket.citizen.id, ticketId: id },
        now,
      );
      return 1;
    });
  }
  if (asked > 0) deps.wakeOutbox();
  return asked;
}
