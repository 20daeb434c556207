import type { TActor } from "../access/actor.ts";
import { isLeaderOrAdmin } from "../access/actor.ts";
import { AppError } from "../errors/app-error.ts";
import type { TStaffDeps } from "../staff/staff-deps.ts";
import { loadScopedTicket } from "./load-scoped-ticket.ts";
import { recordTicketChange } from "./record-ticket-change.ts";

/**
 * Rejects a ticket as spam and, when asked (leaders and admins only), blocks its sender so the
 * bots stop opening tickets for them.
 */
export async function markSpam(actor: TActor, input: { code: string; blockSender: boolean; reason?: string }, deps: TStaffDeps): Promise<void> {
  if (input.blockSender && !isLeaderOrAdmin(actor)) throw new AppError("FORBIDDEN", "Only leaders and administrators block senders");
  const now = deps.clock.now();
  const reason = input.reason?.trim() || "spam";
  await deps.prisma.$transaction(async (tx) => {
    const ticket = await loadScopedTicket(tx, actor, input.code);
    await tx.ticket.update({ where: { id: ticket.id }, data: { isSpam: true, status: "rejected", rejectionReason: reason, closedAt: ticket.closedAt ?? now } });
    await recordTicketChange(tx, actor, ticket, { type: "status", action: "ticket.spam", data: { from: ticket.status, to: "rejected", reason, isBlocked: input.blockSender } }, now);
    if (input.blockSender && ticket.citizenId) {
      await tx.citizen.update({ where: { id: ticket.citizenId }, data: { isBlocked: true, blockedReason: `${reason} (${ticket.code})` } });
      await recordTicketChange(tx, actor, ticket, { type: "blocked", action: "citizen.block", data: { reason } }, now);
    }
  });
}
