import type { TActor } from "../access/actor.ts";
import { AppError } from "../errors/app-error.ts";
import type { TStaffDeps } from "../staff/staff-deps.ts";
import { loadScopedTicket } from "./load-scoped-ticket.ts";
import { recordTicketChange } from "./record-ticket-change.ts";

/** A note for colleagues on the ticket; never sent to the citizen. */
export async function addInternalNote(actor: TActor, input: { code: string; text: string }, deps: TStaffDeps): Promise<{ messageId: string }> {
  const text = input.text.trim();
  if (!text) throw new AppError("VALIDATION", "The note is empty", { field: "text" });
  const now = deps.clock.now();
  return deps.prisma.$transaction(async (tx) => {
    const ticket = await loadScopedTicket(tx, actor, input.code);
    const note = await tx.message.create({ data: { ticketId: ticket.id, authorId: actor.id, direction: "note", text, createdAt: now } });
    await recordTicketChange(tx, actor, ticket, { type: "note", action: "ticket.note", data: { messageId: note.id }, isEvent: false }, now);
    return { messageId: note.id };
  });
}
