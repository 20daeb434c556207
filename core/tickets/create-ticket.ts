import type { Prisma } from "../../prisma/generated/client.ts";
import type { Channel, TicketKind, TicketStatus } from "../../prisma/generated/enums.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { AppError } from "../errors/app-error.ts";
import { loadRoutingContext } from "../routing/load-routing-context.ts";
import { routeTicket, type TRoutingDecision } from "../routing/route-ticket.ts";
import { computeDeadlines } from "../sla/compute-deadline.ts";
import { loadWorkCalendar } from "../sla/load-work-calendar.ts";
import { foldForMatching } from "../understanding/normalize-text.ts";
import { nextTicketCode } from "./ticket-code.ts";

export interface TCreateTicketInput {
  kind: TicketKind;
  categoryCode: string;
  channel: Channel;
  citizenId: string | null;
  summary: string;
  isAnonymous?: boolean;
  isUrgent?: boolean;
  wardCode?: string | null;
  locationText?: string | null;
  latitude?: number | null;
  longitude?: number | null;
  isDemo?: boolean;
  /** Overrides routing (demo data, imports); normally absent. */
  unitCode?: string;
  status?: TicketStatus;
  excludedUnitCode?: string | null;
}

export interface TCreatedTicket {
  id: string;
  code: string;
  unitId: string;
  unitCode: string;
  unitName: string;
  dueAt: Date;
  firstResponseDueAt: Date;
  routing: TRoutingDecision;
}

/**
 * Opens a ticket: routes it, sets its deadlines from the category and the work calendar, and
 * records the creation and routing decision as ticket events and an audit entry — all in the
 * caller's transaction, so a citizen's first message and its ticket commit together.
 */
export async function createTicket(tx: Prisma.TransactionClient, input: TCreateTicketInput, at: Date): Promise<TCreatedTicket> {
  const category = await tx.category.findUnique({ where: { code: input.categoryCode } });
  if (!category) throw new AppError("VALIDATION", `Unknown category ${input.categoryCode}`, { field: "categoryCode" });
  const ward = input.wardCode ? await tx.ward.findUnique({ where: { code: input.wardCode }, include: { stationUnit: true } }) : null;
  const routing: TRoutingDecision = input.unitCode
    ? { unitCode: input.unitCode, method: "rule", ruleId: null, reason: { code: "set_explicitly" } }
    : routeTicket(
        {
          kind: input.kind,
          categoryCode: input.categoryCode,
          wardCode: ward?.code ?? null,
          wardStationUnitCode: ward?.stationUnit.code ?? null,
          text: input.summary,
          channel: input.channel,
          excludedUnitCode: input.excludedUnitCode ?? null,
        },
        await loadRoutingContext(tx, input.categoryCode),
      );
  const unit = await tx.unit.findUnique({ where: { code: routing.unitCode } });
  if (!unit) throw new AppError("NOT_FOUND", `Routing chose unknown unit ${routing.unitCode}`);
  const calendar = await loadWorkCalendar(tx);
  const deadlines = computeDeadlines(at, category, calendar);
  const code = await nextTicketCode(tx, input.kind, at);
  const ticket = await tx.ticket.create({
    data: {
      code,
      kind: input.kind,
      categoryId: category.id,
      unitId: unit.id,
      citizenId: input.citizenId,
      channel: input.channel,
      status: input.status ?? "new",
      isUrgent: input.isUrgent ?? false,
      isAnonymous: input.isAnonymous ?? false,
      isDemo: input.isDemo ?? false,
      summary: input.summary,
      searchText: foldForMatching(`${code} ${input.summary} ${input.locationText ?? ""}`),
      locationText: input.locationText ?? null,
      wardId: ward?.id ?? null,
      latitude: input.latitude ?? null,
      longitude: input.longitude ?? null,
      routingReason: routing as unknown as Prisma.InputJsonValue,
      firstResponseDueAt: deadlines.firstResponseDueAt,
      dueAt: deadlines.dueAt,
      createdAt: at,
    },
  });
  await tx.ticketEvent.create({
    data: { ticketId: ticket.id, type: "routed", data: { ...routing, unitCode: unit.code } as Prisma.InputJsonValue, createdAt: at },
  });
  await recordAudit(
    tx,
    { actorId: null, actorLabel: input.isDemo ? "seed" : "citizen", action: "ticket.create", entityType: "ticket", entityId: ticket.id, details: { code, unit: unit.code, category: input.categoryCode } },
    at,
  );
  return { id: ticket.id, code, unitId: unit.id, unitCode: unit.code, unitName: unit.name, dueAt: deadlines.dueAt, firstResponseDueAt: deadlines.firstResponseDueAt, routing };
}
