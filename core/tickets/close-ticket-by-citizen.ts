import type { Prisma } from "../../prisma/generated/client.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { AppError } from "../errors/app-error.ts";
import { OPEN_TICKET_STATUSES } from "./add-citizen-message.ts";

/**
 * The citizen closes their own ticket ("no longer needed", or satisfied with a resolution).
 * Open and resolved tickets can be closed; a closed or rejected one raises TICKET_CLOSED.
 */
export async function closeTicketByCitizen(
  tx: Prisma.TransactionClient,
  input: { citizenId: string; ticketId: string },
  at: Date,
): Promise<{ code: string; wasResolved: boolean }> {
  const ticket = await tx.ticket.findFirst({ where: { id: input.ticketId, citizenId: input.citizenId }, select: { code: true, status: true, resolvedAt: true } });
  if (!ticket) throw new AppError("NOT_FOUND", "ticket not found");
  const isClosable = (OPEN_TICKET_STATUSES as readonly string[]).includes(ticket.status) || ticket.status === "resolved";
  if (!isClosable) throw new AppError("TICKET_CLOSED", "ticket is already finished", { details: { code: ticket.code } });
  await tx.ticket.update({ where: { id: input.ticketId }, data: { status: "closed", closedAt: at, updatedAt: at } });
  await tx.ticketEvent.create({ data: { ticketId: input.ticketId, type: "status", data: { from: ticket.status, to: "closed", by: "citizen" }, createdAt: at } });
  await recordAudit(tx, { actorId: null, actorLabel: "citizen", action: "ticket.close", entityType: "ticket", entityId: input.ticketId, details: { from: ticket.status } }, at);
  return { code: ticket.code, wasResolved: ticket.resolvedAt !== null };
}
