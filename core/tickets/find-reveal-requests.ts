import type { TActor } from "../access/actor.ts";
import { loadUnitScope } from "../access/load-access-scope.ts";
import { ticketScopeWhere } from "../access/unit-scope.ts";
import type { Db } from "../db/open-database.ts";

export interface TPendingRevealRequest {
  id: string;
  code: string;
  unitCode: string;
  requestedByName: string;
  reason: string;
  createdAt: Date;
}

/** Identity reveal requests waiting for a decision on tickets the actor (a leader or admin) can see. */
export async function findPendingRevealRequests(prisma: Db, actor: TActor): Promise<TPendingRevealRequest[]> {
  if (actor.role === "officer") return [];
  const scope = await loadUnitScope(prisma, actor);
  const requests = await prisma.identityRevealRequest.findMany({
    where: { status: "pending", requestedById: { not: actor.id }, ticket: ticketScopeWhere(actor, scope) },
    orderBy: { createdAt: "asc" },
    take: 200,
    include: { ticket: { select: { code: true, unit: { select: { code: true } } } } },
  });
  const people = await prisma.staffUser.findMany({ where: { id: { in: [...new Set(requests.map((request) => request.requestedById))] } }, select: { id: true, displayName: true } });
  return requests.map((request) => ({
    id: request.id,
    code: request.ticket.code,
    unitCode: request.ticket.unit.code,
    requestedByName: people.find((person) => person.id === request.requestedById)?.displayName ?? "?",
    reason: request.reason,
    createdAt: request.createdAt,
  }));
}
