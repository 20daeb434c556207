import { randomUUID } from "node:crypto";
import { recordAudit } from "../audit/record-audit.ts";
import type { SqlRunner } from "../db/sql-runner.ts";
import { AppError } from "../errors/app-error.ts";
import { OPEN_TICKET_STATUSES } from "./add-citizen-message.ts";

/**
 * The citizen closes their own ticket ("no longer needed", or satisfied with a resolution).
 * Open and resolved tickets can be closed; a closed or rejected one raises TICKET_CLOSED.
 */
export async function closeTicketByCitizen(tx: SqlRunner, input: { citizenId: string; ticketId: string }, at: Date): Promise<{ code: string; wasResolved: boolean }> {
  const [ticket] = await tx.query<{ code: string; status: string; resolvedAt: Date | null }>(
    `SELECT code, status, "resolvedAt" FROM "Ticket" WHERE id = $1 AND "citizenId" = $2`,
    [input.ticketId, input.citizenId],
  );
  if (!ticket) throw new AppError("NOT_FOUND", "ticket not found");
  const isClosable = (OPEN_TICKET_STATUSES as readonly string[]).includes(ticket.status) || ticket.status === "resolved";
  if (!isClosable) throw new AppError("TICKET_CLOSED", "ticket is already finished", { details: { code: ticket.code } });
  const change = JSON.stringify({ from: ticket.status, to: "closed", by: "citizen" });
  await tx.query(
    `WITH ticket AS (UPDATE "Ticket" SET status = 'closed', "closedAt" = $2, "updatedAt" = $2 WHERE id = $1 RETURNING id)
     INSERT INTO "TicketEvent" (id, "ticketId", type, data, "createdAt") SELECT $3, ticket.id, 'status', $4::jsonb, $2 FROM ticket`,
    [input.ticketId, at, randomUUID(), change],
  );
  await recordAudit(tx, { actorId: null, actorLabel: "citizen", action: "ticket.close", entityType: "ticket", entityId: input.ticketId, details: { from: ticket.status } }, at);
  return { code: ticket.code, wasResolved: ticket.resolvedAt !== null };
}
