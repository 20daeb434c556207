import type { TActor } from "../access/actor.ts";
import { isLeaderOrAdmin } from "../access/actor.ts";
import { AppError } from "../errors/app-error.ts";
import type { TStaffDeps } from "../staff/staff-deps.ts";
import { loadScopedTicket } from "../tickets/load-scoped-ticket.ts";
import { recordTicketChange } from "../tickets/record-ticket-change.ts";
import { loadWorkCalendar } from "./load-work-calendar.ts";
import { extendedDueAt } from "./sla-progress.ts";

export interface TExtendDeadlineInput {
  code: string;
  /** Extra days, counted like the category counts its deadline (working or calendar days). */
  days: number;
  reason: string;
}

export const MAX_EXTENSION_DAYS = 90;

/**
 * The one extension the law allows (e.g. +30 days for a complex denunciation): a leader or an
 * admin moves the deadline once, with a written reason kept on the ticket, in its history and in
 * the audit log. A second extension is refused (CONFLICT), as is one on a finished ticket.
 */
export async function extendTicketDeadline(actor: TActor, input: TExtendDeadlineInput, deps: TStaffDeps): Promise<{ dueAt: Date }> {
  if (!isLeaderOrAdmin(actor)) throw new AppError("FORBIDDEN", "Only a leader can extend a deadline");
  const reason = input.reason.trim();
  if (reason.length < 5) throw new AppError("VALIDATION", "Give the reason for the extension", { field: "reason" });
  if (!Number.isInteger(input.days) || input.days < 1 || input.days > MAX_EXTENSION_DAYS) throw new AppError("VALIDATION", `days must be 1–${MAX_EXTENSION_DAYS}`, { field: "days" });
  const now = deps.clock.now();
  return deps.prisma.$transaction(async (tx) => {
    const ticket = await loadScopedTicket(tx, actor, input.code);
    if (!["new", "in_progress", "waiting_citizen"].includes(ticket.status)) throw new AppError("TICKET_CLOSED", "The ticket is no longer open");
    if (ticket.extendedAt) throw new AppError("CONFLICT", "The deadline was already extended once", { details: { extendedAt: ticket.extendedAt.toISOString() } });
    if (!ticket.dueAt) throw new AppError("VALIDATION", "The ticket has no deadline", { field: "dueAt" });
    const category = await tx.category.findUniqueOrThrow({ where: { id: ticket.categoryId }, select: { dayType: true } });
    const dueAt = extendedDueAt(ticket.dueAt, input.days, category.dayType, await loadWorkCalendar(tx));
    const updated = await tx.ticket.updateMany({ where: { id: ticket.id, extendedAt: null }, data: { dueAt, extendedAt: now, extensionReason: reason, updatedAt: now } });
    if (updated.count === 0) throw new AppError("CONFLICT", "The deadline was already extended once");
    await recordTicketChange(tx, actor, ticket, { type: "extended", action: "ticket.extend", data: { from: ticket.dueAt.toISOString(), to: dueAt.toISOString(), days: input.days, reason } }, now);
    return { dueAt };
  });
}
