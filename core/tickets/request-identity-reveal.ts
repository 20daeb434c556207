import type { TActor } from "../access/actor.ts";
import { isLeaderOrAdmin } from "../access/actor.ts";
import { AppError } from "../errors/app-error.ts";
import type { TStaffDeps } from "../staff/staff-deps.ts";
import { loadScopedTicket } from "./load-scoped-ticket.ts";
import { recordTicketChange } from "./record-ticket-change.ts";

/** An officer asks, with a reason, to see who sent an anonymous tip. A leader decides. */
export async function requestIdentityReveal(actor: TActor, input: { code: string; reason: string }, deps: TStaffDeps): Promise<{ id: string }> {
  const reason = input.reason.trim();
  if (reason.length < 10) throw new AppError("VALIDATION", "Explain why (at least 10 characters)", { field: "reason" });
  const now = deps.clock.now();
  return deps.prisma.$transaction(async (tx) => {
    const ticket = await loadScopedTicket(tx, actor, input.code);
    if (!ticket.isAnonymous) throw new AppError("VALIDATION", "The sender of this ticket is not anonymous", { field: "code" });
    const pending = await tx.identityRevealRequest.findFirst({ where: { ticketId: ticket.id, requestedById: actor.id, status: { in: ["pending", "approved"] } } });
    if (pending) throw new AppError("CONFLICT", "You already have a request for this ticket");
    const request = await tx.identityRevealRequest.create({ data: { ticketId: ticket.id, requestedById: actor.id, reason, createdAt: now } });
    await recordTicketChange(tx, actor, ticket, { type: "reveal_requested", action: "identity.request", data: { requestId: request.id, reason } }, now);
    return { id: request.id };
  });
}

/**
 * A leader (of a unit covering the ticket) or an admin approves or refuses a reveal request.
 * Nobody decides their own request. Only the requester then sees the identity, and each view is audited.
 */
export async function decideIdentityReveal(actor: TActor, input: { code: string; requestId: string; isApproved: boolean; note?: string }, deps: TStaffDeps): Promise<void> {
  if (!isLeaderOrAdmin(actor)) throw new AppError("FORBIDDEN", "Only leaders decide identity reveals");
  const now = deps.clock.now();
  await deps.prisma.$transaction(async (tx) => {
    const ticket = await loadScopedTicket(tx, actor, input.code);
    const request = await tx.identityRevealRequest.findFirst({ where: { id: input.requestId, ticketId: ticket.id } });
    if (!request) throw new AppError("NOT_FOUND", "No such request");
    if (request.status !== "pending") throw new AppError("CONFLICT", "Already decided");
    if (request.requestedById === actor.id) throw new AppError("FORBIDDEN", "You cannot decide your own request");
    const status = input.isApproved ? "approved" : "refused";
    await tx.identityRevealRequest.update({ where: { id: request.id }, data: { status, decidedById: actor.id, decidedAt: now, decisionNote: input.note?.trim() || null } });
    await recordTicketChange(tx, actor, ticket, { type: "reveal_decided", action: input.isApproved ? "identity.approve" : "identity.refuse", data: { requestId: request.id, status } }, now);
  });
}
