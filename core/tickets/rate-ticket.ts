import { randomUUID } from "node:crypto";
import { recordAudit } from "../audit/record-audit.ts";
import type { SqlRunner } from "../db/sql-runner.ts";
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
export async function rateTicket(tx: SqlRunner, input: TRateTicketInput, at: Date): Promise<{ code: string }> {
  if (!Number.isInteger(input.rating) || input.rating < 1 || input.rating > 5) throw new AppError("VALIDATION", "rating must be 1–5", { field: "rating" });
  const [ticket] = await tx.query<{ code: string; status: string; resolvedAt: Date | null }>(
    `SELECT code, status, "resolvedAt" FROM "Ticket" WHERE id = $1 AND "citizenId" = $2`,
    [input.ticketId, input.citizenId],
  );
  if (!ticket) throw new AppError("NOT_FOUND", "ticket not found");
  const isRateable = ticket.status === "resolved" || (ticket.status === "closed" && ticket.resolvedAt !== null);
  if (!isRateable) throw new AppError("INVALID_TRANSITION", "only a resolved ticket can be rated", { details: { status: ticket.status } });
  const comment = input.comment?.trim().slice(0, 2000) || null;
  // A rating without a comment keeps the comment given earlier.
  await tx.query(
    `WITH ticket AS (
       UPDATE "Ticket" SET "satisfactionRating" = $2::int, "satisfactionComment" = COALESCE($3, "satisfactionComment"), "updatedAt" = $4 WHERE id = $1 RETURNING id)
     INSERT INTO "TicketEvent" (id, "ticketId", type, data, "createdAt") SELECT $5, ticket.id, 'rated', $6::jsonb, $4 FROM ticket`,
    [input.ticketId, input.rating, comment, at, randomUUID(), JSON.stringify({ rating: input.rating, hasComment: comment !== null })],
  );
  await recordAudit(tx, { actorId: null, actorLabel: "citizen", action: "ticket.rate", entityType: "ticket", entityId: input.ticketId, details: { rating: input.rating } }, at);
  return { code: ticket.code };
}
