import type { TActor } from "../access/actor.ts";
import { AppError } from "../errors/app-error.ts";
import type { TStaffDeps } from "../staff/staff-deps.ts";
import { loadScopedTicket } from "./load-scoped-ticket.ts";
import { mergeTickets } from "./merge-tickets.ts";
import { recordTicketChange } from "./record-ticket-change.ts";

export interface TPossibleDuplicateView {
  /** The open tip this ticket probably repeats. */
  code: string;
  /** False when the original is outside the actor's scope: shown without link or merge. */
  isVisible: boolean;
}

/**
 * What the ticket page shows about a possible duplicate and a flood flag. NOT_FOUND outside the
 * actor's scope. A merged ticket has nothing left to decide, so no suggestion is returned.
 */
export async function getTicketFlags(actor: TActor, code: string, deps: Pick<TStaffDeps, "prisma">): Promise<{ possibleDuplicate: TPossibleDuplicateView | null; abuseFlag: string | null }> {
  const ticket = await loadScopedTicket(deps.prisma, actor, code);
  if (!ticket.possibleDuplicateOfId || ticket.mergedIntoId) return { possibleDuplicate: null, abuseFlag: ticket.abuseFlag };
  const original = await deps.prisma.ticket.findUnique({ where: { id: ticket.possibleDuplicateOfId }, select: { code: true, mergedIntoId: true } });
  // An original since merged elsewhere cannot take this one: the officer merges by hand if needed.
  if (!original || original.mergedIntoId) return { possibleDuplicate: null, abuseFlag: ticket.abuseFlag };
  const isVisible = await loadScopedTicket(deps.prisma, actor, original.code).then(() => true, () => false);
  return { possibleDuplicate: { code: original.code, isVisible }, abuseFlag: ticket.abuseFlag };
}

/** The officer's "merge into the suggested original": the ticket is merged into the tip it repeats. */
export async function mergeIntoPossibleDuplicate(actor: TActor, input: { code: string }, deps: TStaffDeps): Promise<void> {
  const ticket = await loadScopedTicket(deps.prisma, actor, input.code);
  const original = ticket.possibleDuplicateOfId
    ? await deps.prisma.ticket.findUnique({ where: { id: ticket.possibleDuplicateOfId }, select: { code: true } })
    : null;
  if (!original) throw new AppError("CONFLICT", "No possible duplicate to merge into");
  await mergeTickets(actor, { code: ticket.code, intoCode: original.code }, deps);
}

/** The officer's "not a duplicate": the suggestion goes away (the check never suggests it again). */
export async function dismissPossibleDuplicate(actor: TActor, input: { code: string }, deps: TStaffDeps): Promise<void> {
  const now = deps.clock.now();
  await deps.prisma.$transaction(async (tx) => {
    const ticket = await loadScopedTicket(tx, actor, input.code);
    if (!ticket.possibleDuplicateOfId) throw new AppError("CONFLICT", "No possible duplicate to dismiss");
    const original = await tx.ticket.findUnique({ where: { id: ticket.possibleDuplicateOfId }, select: { code: true } });
    await tx.ticket.update({ where: { id: ticket.id }, data: { possibleDuplicateOfId: null } });
    await recordTicketChange(tx, actor, ticket, { type: "duplicate_dismissed", action: "ticket.duplicate_dismiss", data: { of: original?.code ?? null } }, now);
  });
}
