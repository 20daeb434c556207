import type { Prisma } from "../../prisma/generated/client.ts";
import type { TicketStatus } from "../../prisma/generated/enums.ts";
import type { TActor } from "../access/actor.ts";
import { AppError } from "../errors/app-error.ts";
import type { TStaffDeps } from "../staff/staff-deps.ts";
import { loadScopedTicket } from "./load-scoped-ticket.ts";
import { recordTicketChange } from "./record-ticket-change.ts";
import { canTransition, isReopening, requiresReason } from "./ticket-workflow.ts";

/**
 * Moves a ticket through the workflow (see ticket-workflow.ts). Waiting for the citizen pauses
 * the deadline: the time spent waiting is added to dueAt when work resumes.
 */
export async function changeTicketStatus(actor: TActor, input: { code: string; status: TicketStatus; reason?: string }, deps: TStaffDeps): Promise<void> {
  const now = deps.clock.now();
  const reason = input.reason?.trim() || null;
  await deps.prisma.$transaction(async (tx) => {
    const ticket = await loadScopedTicket(tx, actor, input.code);
    if (ticket.mergedIntoId) throw new AppError("TICKET_CLOSED", "The ticket was merged into another one");
    if (!canTransition(ticket.status, input.status)) {
      throw new AppError("INVALID_TRANSITION", `Cannot go from ${ticket.status} to ${input.status}`, { field: "status", details: { from: ticket.status, to: input.status } });
    }
    if (requiresReason(input.status) && !reason) throw new AppError("VALIDATION", "Give a reason", { field: "reason" });
    await tx.ticket.update({ where: { id: ticket.id }, data: statusChangeData(ticket, input.status, reason, now) });
    await recordTicketChange(tx, actor, ticket, { type: "status", action: "ticket.status", data: { from: ticket.status, to: input.status, reason } }, now);
  });
}

/** The columns that follow a status change (pure). */
export function statusChangeData(
  ticket: { status: TicketStatus; pausedAt: Date | null; dueAt: Date | null },
  to: TicketStatus,
  reason: string | null,
  now: Date,
): Prisma.TicketUpdateInput {
  const data: Prisma.TicketUpdateInput = { status: to };
  if (ticket.status === "waiting_citizen" && ticket.pausedAt) {
    data.pausedAt = null;
    if (ticket.dueAt) data.dueAt = new Date(ticket.dueAt.getTime() + (now.getTime() - ticket.pausedAt.getTime()));
  }
  if (to === "waiting_citizen") data.pausedAt = now;
  if (to === "resolved") data.resolvedAt = now;
  if (to === "closed") data.closedAt = now;
  if (to === "rejected") Object.assign(data, { rejectionReason: reason, closedAt: now });
  if (isReopening(ticket.status, to)) Object.assign(data, { resolvedAt: null, closedAt: null, rejectionReason: null, isSpam: false });
  return data;
}
