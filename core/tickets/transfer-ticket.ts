import type { TActor } from "../access/actor.ts";
import { AppError } from "../errors/app-error.ts";
import type { TStaffDeps } from "../staff/staff-deps.ts";
import { loadScopedTicket } from "./load-scoped-ticket.ts";
import { recordTicketChange } from "./record-ticket-change.ts";
import { citizenLanguage, sendToCitizen } from "./send-to-citizen.ts";

export interface TTransferInput {
  code: string;
  unitCode: string;
  reason: string;
  /** The text telling the citizen, in their language (composed by the edge from its locales). */
  citizenNotice: (language: string, unitName: string, code: string) => string;
}

/**
 * Moves a ticket to another unit with a reason: unassigned there, recorded in the routing history,
 * and the citizen is told through the outbox. Never to the unit a conduct complaint is about.
 */
export async function transferTicket(actor: TActor, input: TTransferInput, deps: TStaffDeps): Promise<void> {
  const reason = input.reason.trim();
  if (!reason) throw new AppError("VALIDATION", "Give a reason for the transfer", { field: "reason" });
  const now = deps.clock.now();
  const hasNotice = await deps.prisma.$transaction(async (tx) => {
    const ticket = await loadScopedTicket(tx, actor, input.code);
    const target = await tx.unit.findUnique({ where: { code: input.unitCode } });
    if (!target || !target.isActive) throw new AppError("VALIDATION", "Unknown unit", { field: "unitCode" });
    if (target.id === ticket.unitId) throw new AppError("VALIDATION", "The ticket is already with this unit", { field: "unitCode" });
    if (target.id === ticket.excludedUnitId) throw new AppError("VALIDATION", "This complaint cannot go to the unit it is about", { field: "unitCode" });
    const from = await tx.unit.findUniqueOrThrow({ where: { id: ticket.unitId } });
    await tx.ticket.update({ where: { id: ticket.id }, data: { unitId: target.id, assigneeId: null } });
    await recordTicketChange(tx, actor, ticket, { type: "transferred", action: "ticket.transfer", data: { fromUnitCode: from.code, toUnitCode: target.code, reason } }, now);
    const citizen = ticket.citizenId ? await tx.citizen.findUnique({ where: { id: ticket.citizenId } }) : null;
    if (!citizen || citizen.erasedAt) return false;
    const text = input.citizenNotice(await citizenLanguage(tx, ticket.citizenId), target.name, ticket.code);
    await sendToCitizen(tx, deps.box, ticket, { text, authorId: actor.id }, now);
    return true;
  });
  if (hasNotice) deps.wakeOutbox();
}
