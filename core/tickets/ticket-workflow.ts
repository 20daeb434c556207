import type { TicketStatus } from "../../prisma/generated/enums.ts";

/**
 * The allowed status changes of a ticket (pure). The normal path is
 * new → in_progress → waiting_citizen → resolved → closed; `rejected` ends spam or out-of-scope
 * tickets (with a reason); resolved, closed and rejected tickets can be reopened (→ in_progress).
 */
export const TICKET_TRANSITIONS: Readonly<Record<TicketStatus, readonly TicketStatus[]>> = {
  new: ["in_progress", "waiting_citizen", "resolved", "rejected"],
  in_progress: ["waiting_citizen", "resolved", "rejected"],
  waiting_citizen: ["in_progress", "resolved", "rejected"],
  resolved: ["closed", "in_progress"],
  closed: ["in_progress"],
  rejected: ["in_progress"],
};

/** Statuses an officer still has work on; the queue shows these by default. */
export const OPEN_STATUSES: readonly TicketStatus[] = ["new", "in_progress", "waiting_citizen"];

export function isOpenStatus(status: TicketStatus): boolean {
  return OPEN_STATUSES.includes(status);
}

export function canTransition(from: TicketStatus, to: TicketStatus): boolean {
  return TICKET_TRANSITIONS[from].includes(to);
}

/** A transition that needs a written reason. */
export function requiresReason(to: TicketStatus): boolean {
  return to === "rejected";
}

/** Moving out of resolved/closed/rejected back to work. */
export function isReopening(from: TicketStatus, to: TicketStatus): boolean {
  return !isOpenStatus(from) && isOpenStatus(to);
}

/** Replies are possible while the ticket is not closed, rejected or merged. */
export function acceptsReplies(status: TicketStatus): boolean {
  return status !== "closed" && status !== "rejected";
}
