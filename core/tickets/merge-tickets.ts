import type { TActor } from "../access/actor.ts";
import { AppError } from "../errors/app-error.ts";
import type { TStaffDeps } from "../staff/staff-deps.ts";
import { loadScopedTicket } from "./load-scoped-ticket.ts";
import { recordTicketChange } from "./record-ticket-change.ts";

/**
 * Merges a duplicate into another ticket the actor can also see: the duplicate is closed and
 * points to the surviving ticket; both histories record the merge.
 */
export async function mergeTickets(actor: TActor, input: { code: string; intoCode: string }, deps: TStaffDeps): Promise<void> {
  const now = deps.clock.now();
  await deps.prisma.$transaction(async (tx) => {
    const duplicate = await loadScopedTicket(tx, actor, input.code);
    const target = await loadScopedTicket(tx, actor, input.intoCode).catch(() => {
      throw new AppError("VALIDATION", "No such ticket to merge into", { field: "intoCode" });
    });
    if (duplicate.id === target.id) throw new AppError("VALIDATION", "A ticket cannot be merged into itself", { field: "intoCode" });
    if (duplicate.mergedIntoId) throw new AppError("CONFLICT", "Already merged");
    if (target.mergedIntoId) throw new AppError("VALIDATION", "That ticket was itself merged", { field: "intoCode" });
    await tx.ticket.update({ where: { id: duplicate.id }, data: { mergedIntoId: target.id, status: "closed", closedAt: now } });
    await recordTicketChange(tx, actor, duplicate, { type: "merged", action: "ticket.merge", data: { into: target.code, from: duplicate.status } }, now);
    await tx.ticketEvent.create({ data: { ticketId: target.id, type: "merged", actorId: actor.id, data: { absorbed: duplicate.code }, createdAt: now } });
  });
}
