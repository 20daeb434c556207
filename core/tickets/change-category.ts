import type { TActor } from "../access/actor.ts";
import { AppError } from "../errors/app-error.ts";
import { computeDeadlines } from "../sla/compute-deadline.ts";
import { loadWorkCalendar } from "../sla/load-work-calendar.ts";
import type { TStaffDeps } from "../staff/staff-deps.ts";
import { loadScopedTicket } from "./load-scoped-ticket.ts";
import { recordTicketChange } from "./record-ticket-change.ts";

/** Corrects the category (and with it the kind and the deadlines, counted from the ticket's creation). */
export async function changeCategory(actor: TActor, input: { code: string; categoryCode: string }, deps: TStaffDeps): Promise<void> {
  const now = deps.clock.now();
  await deps.prisma.$transaction(async (tx) => {
    const ticket = await loadScopedTicket(tx, actor, input.code);
    const category = await tx.category.findUnique({ where: { code: input.categoryCode } });
    if (!category || !category.isActive) throw new AppError("VALIDATION", "Unknown category", { field: "categoryCode" });
    if (category.id === ticket.categoryId) return;
    const previous = await tx.category.findUniqueOrThrow({ where: { id: ticket.categoryId } });
    const deadlines = computeDeadlines(ticket.createdAt, category, await loadWorkCalendar(tx));
    await tx.ticket.update({ where: { id: ticket.id }, data: { categoryId: category.id, kind: category.kind, dueAt: deadlines.dueAt, firstResponseDueAt: deadlines.firstResponseDueAt } });
    await recordTicketChange(tx, actor, ticket, { type: "category", action: "ticket.category", data: { from: previous.code, to: category.code } }, now);
  });
}
