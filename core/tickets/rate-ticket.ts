import type { Prisma } from "../../prisma/generated/client.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { AppError } from "../errors/app-error.ts";

export interface TRateTicketInput {
  citizenId: string;
  ticketId: string;
  /** 1 (very unhappy) … 5 (very happy). */
  rating: number;
  comment?: string | null;
}

/**
 * Records the citizen's satisfaction with a resolved (or resolved then closed) ticket. Rating again
 * replaces the earlier rating; a comment may follow in a second call with the same rating.
 * INVALID_TRANSITION while the ticket is still being handled; NOT_FOUND for another's ticket.
 */
export async function rateTicket(tx: Prisma.TransactionClient, input: TRateTicketInput, at: Date): Promise<{ code: string }> {
  if (!Number.isInteger(input.rating) || input.rating < 1 || input.rating > 5) throw new AppError("VALIDATION", "rating must be 1–5", { field: "rating" });
  const ticket = await tx.ticket.findFirst({ where: { id: input.ticketId, citizenId: input.citizenId }, select: { code: true, status: true, resolvedAt: true } });
  if (!ticket) throw new AppError("NOT_FOUND", "ticket not found");
  const isRateable = ticket.status === "resolved" || (ticket.status === "closed" && ticket.resolvedAt !== null);
  if (!isRateable) throw new AppError("INVALID_TRANSITION", "only a resolved ticket can be rated", { details: { status: ticket.status } });
  const comment = input.comment?.trim().slice(0, 2000) || null;
  await tx.ticket.update({
    where: { id: input.ticketId },
    data: { satisfactionRating: input.rating, ...(comment !== null && { satisfactionComment: comment }), updatedAt: at },
  });
  await tx.ticketEvent.create({ data: { ticketId: input.ticketId, type: "rated", data: { rating: input.rating, hasComment: comment !== null }, createdAt: at } });
  await recordAudit(tx, { actorId: null, actorLabel: "citizen", action: "ticket.rate", entityType: "ticket", entityId: input.ticketId, details: { rating: input.rating } }, at);
  return { code: ticket.code };
}
