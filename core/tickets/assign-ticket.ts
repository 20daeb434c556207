import type { TActor } from "../access/actor.ts";
import { AppError } from "../errors/app-error.ts";
import type { TStaffDeps } from "../staff/staff-deps.ts";
import { loadScopedTicket } from "./load-scoped-ticket.ts";
import { recordTicketChange } from "./record-ticket-change.ts";

/** Gives the ticket to a staff member of the ticket's unit (or takes it off anyone: null). */
export async function assignTicket(actor: TActor, input: { code: string; assigneeUsername: string | null }, deps: TStaffDeps): Promise<void> {
  const now = deps.clock.now();
  await deps.prisma.$transaction(async (tx) => {
    const ticket = await loadScopedTicket(tx, actor, input.code);
    const assignee = input.assigneeUsername ? await tx.staffUser.findUnique({ where: { username: input.assigneeUsername } }) : null;
    if (input.assigneeUsername && (!assignee || !assignee.isActive)) throw new AppError("VALIDATION", "No such active user", { field: "assignee" });
    if (assignee && assignee.unitId !== ticket.unitId && assignee.role !== "admin") {
      throw new AppError("VALIDATION", "The assignee must belong to the ticket's unit", { field: "assignee" });
    }
    if (actor.role === "officer" && assignee && assignee.id !== actor.id && assignee.unitId !== actor.unitId) throw new AppError("FORBIDDEN", "Officers assign within their unit");
    await tx.ticket.update({ where: { id: ticket.id }, data: { assigneeId: assignee?.id ?? null } });
    await recordTicketChange(tx, actor, ticket, { type: "assigned", action: "ticket.assign", data: { assignee: assignee?.username ?? null } }, now);
  });
}

/** Staff who can take a ticket of this unit (for the assign select). */
export async function findAssignableStaff(deps: Pick<TStaffDeps, "prisma">, unitId: string) {
  return deps.prisma.staffUser.findMany({ where: { unitId, isActive: true }, orderBy: { displayName: "asc" }, select: { username: true, displayName: true } });
}
