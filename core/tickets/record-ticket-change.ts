import type { Prisma } from "../../prisma/generated/client.ts";
import type { TActor } from "../access/actor.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { sqlRunnerOf } from "../db/sql-runner.ts";

/**
 * Writes the ticket's history event and the audit entry of a staff action, inside the caller's
 * transaction (one change, one event, one audit row).
 */
export async function recordTicketChange(
  tx: Prisma.TransactionClient,
  actor: TActor,
  ticket: { id: string; code: string },
  change: { type: string; action: string; data: Record<string, unknown>; isEvent?: boolean },
  at: Date,
): Promise<void> {
  if (change.isEvent !== false) {
    await tx.ticketEvent.create({ data: { ticketId: ticket.id, type: change.type, actorId: actor.id, data: change.data as Prisma.InputJsonValue, createdAt: at } });
  }
  await recordAudit(sqlRunnerOf(tx), { actorId: actor.id, actorLabel: actor.username, action: change.action, entityType: "ticket", entityId: ticket.id, details: { code: ticket.code, ...change.data } }, at);
}
