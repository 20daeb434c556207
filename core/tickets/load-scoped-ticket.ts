import type { Prisma } from "../../prisma/generated/client.ts";
import type { TActor } from "../access/actor.ts";
import { loadUnitScope } from "../access/load-access-scope.ts";
import { ticketScopeWhere } from "../access/unit-scope.ts";
import { AppError } from "../errors/app-error.ts";

type TTx = Prisma.TransactionClient;

/**
 * Loads a ticket by code through the actor's scope. Out of scope and non-existent look the same
 * (NOT_FOUND), so probing codes reveals nothing. Use it at the start of every staff-side action.
 */
export async function loadScopedTicket(tx: TTx, actor: TActor, code: string) {
  const scope = await loadUnitScope(tx, actor);
  const ticket = await tx.ticket.findFirst({ where: { AND: [{ code: code.trim().toUpperCase() }, ticketScopeWhere(actor, scope)] } });
  if (!ticket) throw new AppError("NOT_FOUND", "No such ticket");
  return ticket;
}
