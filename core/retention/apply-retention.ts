import { recordAudit } from "../audit/record-audit.ts";
import { sqlRunnerOf } from "../db/sql-runner.ts";
import type { Db } from "../db/open-database.ts";
import type { Clock } from "../time/clock.ts";

/** What an anonymised ticket says instead of the citizen's words. */
export const RETENTION_PLACEHOLDER = "[Đã xóa theo thời hạn lưu trữ]";
const BATCH = 200;

export interface TRetentionReport {
  anonymised: number;
  messagesCleared: number;
  attachmentsDeleted: number;
}

/**
 * The daily retention job: a closed ticket whose category's retentionDays have passed since it was
 * closed loses its personal data — message text, summary, place, coordinates, rating comment, the
 * link to the citizen, attached files' references and queued copies — while what the statistics
 * count (dates, status, unit, category, ward, channel, rating) stays, so the dashboard's history
 * does not change. Tickets under legal hold are skipped. One transaction per ticket, marked by a
 * "retention" event and audited; safe to run on several instances and to re-run.
 */
export async function applyRetention(deps: { prisma: Db; clock: Clock }): Promise<TRetentionReport> {
  const now = deps.clock.now();
  const report: TRetentionReport = { anonymised: 0, messagesCleared: 0, attachmentsDeleted: 0 };
  for (;;) {
    const due = await deps.prisma.$queryRaw<{ id: string; code: string; retentionDays: number }[]>`
      SELECT t.id, t.code, c."retentionDays" FROM "Ticket" t JOIN "Category" c ON c.id = t."categoryId"
      WHERE t."closedAt" IS NOT NULL AND t."legalHold" = false AND t.status IN ('closed', 'rejected')
        AND t."closedAt" + c."retentionDays" * interval '1 day' <= ${now}
        AND NOT EXISTS (SELECT 1 FROM "TicketEvent" e WHERE e."ticketId" = t.id AND e.type = 'retention')
      ORDER BY t."closedAt" LIMIT ${BATCH}`;
    let doneNow = 0;
    for (const ticket of due) {
      const result = await deps.prisma.$transaction(async (tx) => {
        // Claim: the event row is the mark; a concurrent job finds it and stops.
        const isEligible = await tx.ticket.findFirst({ where: { id: ticket.id, legalHold: false, events: { none: { type: "retention" } } }, select: { id: true } });
        if (!isEligible) return null;
        await tx.ticketEvent.create({ data: { ticketId: ticket.id, type: "retention", data: { retentionDays: ticket.retentionDays }, createdAt: now } });
        await tx.ticket.update({
          where: { id: ticket.id },
          data: { summary: RETENTION_PLACEHOLDER, searchText: "", locationText: null, latitude: null, longitude: null, satisfactionComment: null, citizenId: null, updatedAt: now },
        });
        const messages = await tx.message.updateMany({ where: { ticketId: ticket.id }, data: { text: RETENTION_PLACEHOLDER, citizenId: null, updatedAt: now } });
        const attachments = await tx.attachment.updateMany({
          where: { message: { ticketId: ticket.id }, deletedAt: null },
          data: { channelFileId: null, url: null, fileName: null, deletedAt: now },
        });
        await tx.outboxMessage.deleteMany({ where: { ticketId: ticket.id, status: { not: "pending" } } });
        await tx.identityRevealRequest.updateMany({ where: { ticketId: ticket.id }, data: { reason: RETENTION_PLACEHOLDER, decisionNote: null } });
        await recordAudit(sqlRunnerOf(tx), { actorId: null, actorLabel: "system", action: "ticket.retention", entityType: "ticket", entityId: ticket.id, details: { code: ticket.code, retentionDays: ticket.retentionDays, messages: messages.count, attachments: attachments.count } }, now);
        return { messages: messages.count, attachments: attachments.count };
      });
      if (!result) continue;
      doneNow += 1;
      report.messagesCleared += result.messages;
      report.attachmentsDeleted += result.attachments;
    }
    report.anonymised += doneNow;
    if (due.length < BATCH || doneNow === 0) break;
  }
  return report;
}
