import type { TActor } from "../access/actor.ts";
import { AppError } from "../errors/app-error.ts";
import type { TStaffDeps } from "../staff/staff-deps.ts";
import { loadScopedTicket } from "./load-scoped-ticket.ts";
import { recordTicketChange } from "./record-ticket-change.ts";
import { sendToCitizen } from "./send-to-citizen.ts";
import { acceptsReplies } from "./ticket-workflow.ts";

/**
 * An officer answers the citizen. The reply is stored with delivery "pending" and queued in the
 * outbox in one transaction; the first reply sets firstRespondedAt, moves a new ticket to
 * in_progress and, if nobody has it yet, assigns it to the officer who answered.
 */
export async function replyToTicket(actor: TActor, input: { code: string; text: string }, deps: TStaffDeps): Promise<{ messageId: string }> {
  const text = input.text.trim();
  if (!text) throw new AppError("VALIDATION", "The reply is empty", { field: "text" });
  const now = deps.clock.now();
  const result = await deps.prisma.$transaction(async (tx) => {
    const ticket = await loadScopedTicket(tx, actor, input.code);
    if (!acceptsReplies(ticket.status) || ticket.mergedIntoId) throw new AppError("TICKET_CLOSED", "The ticket is closed; reopen it to reply");
    const sent = await sendToCitizen(tx, deps.box, ticket, { text, authorId: actor.id }, now);
    await tx.ticket.update({
      where: { id: ticket.id },
      data: {
        firstRespondedAt: ticket.firstRespondedAt ?? now,
        status: ticket.status === "new" ? "in_progress" : undefined,
        assigneeId: ticket.assigneeId ?? actor.id,
      },
    });
    await recordTicketChange(tx, actor, ticket, { type: "reply", action: "ticket.reply", data: { messageId: sent.messageId, length: text.length }, isEvent: false }, now);
    return sent;
  });
  deps.wakeOutbox();
  return result;
}
