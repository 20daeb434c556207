import type { Db } from "../db/open-database.ts";
import { enqueueOutbox } from "../outbox/enqueue-outbox.ts";
import { sqlRunnerOf } from "../db/sql-runner.ts";
import type { SecretBox } from "../security/secret-box.ts";
import { formatNewTicketForGroup, groupTextFor, type TGroupText } from "./reminder-text.ts";

/** How far back a sweep looks for tickets not yet posted (a unit linked later does not get a flood). */
const ANNOUNCE_WINDOW_MS = 24 * 60 * 60 * 1000;

/**
 * Posts each new ticket once to its unit's linked Telegram group (officers reply to the post to
 * answer the citizen). Claimed through TicketReminder(ticketId, "announced") in the same
 * transaction as the outbox row, so restarts and several sweepers never post one twice.
 * A tip's content is never posted to a group: only its code, category, deadline and urgency.
 * Written in the unit's group language (Unit.groupLanguage) with `groupText`.
 */
export async function announceNewTickets(deps: { prisma: Db; box: SecretBox; panelUrl?: string; groupText: TGroupText }, now: Date): Promise<number> {
  const tickets = await deps.prisma.ticket.findMany({
    where: {
      createdAt: { gte: new Date(now.getTime() - ANNOUNCE_WINDOW_MS) },
      isDemo: false,
      isSpam: false,
      unit: { notifyTelegramChatId: { not: null } },
      reminders: { none: { kind: "announced" } },
    },
    select: {
      id: true, code: true, kind: true, summary: true, isUrgent: true, dueAt: true,
      category: { select: { nameVi: true, nameEn: true } },
      unit: { select: { id: true, code: true, notifyTelegramChatId: true, groupLanguage: true } },
    },
    orderBy: { createdAt: "asc" },
    take: 200,
  });
  let posted = 0;
  for (const ticket of tickets) {
    const isClaimed = await deps.prisma.$transaction(async (tx) => {
      const claimed = await tx.ticketReminder.createMany({ data: [{ ticketId: ticket.id, kind: "announced", unitId: ticket.unit.id, dueAt: ticket.dueAt, createdAt: now }], skipDuplicates: true });
      if (claimed.count === 0) return false;
      const language = ticket.unit.groupLanguage;
      const text = formatNewTicketForGroup({
        code: ticket.code,
        unitCode: ticket.unit.code,
        categoryName: language === "en" ? ticket.category.nameEn : ticket.category.nameVi,
        dueAt: ticket.dueAt,
        isUrgent: ticket.isUrgent,
        summary: ticket.kind === "tip" ? null : ticket.summary,
        panelUrl: deps.panelUrl ? new URL(`/tickets/${ticket.code}`, deps.panelUrl).toString() : null,
      }, groupTextFor(language, deps.groupText), language);
      await enqueueOutbox(sqlRunnerOf(tx), deps.box, { channel: "telegram", chatId: ticket.unit.notifyTelegramChatId!, payload: { text }, ticketId: ticket.id }, now);
      return true;
    });
    if (isClaimed) posted += 1;
  }
  return posted;
}
