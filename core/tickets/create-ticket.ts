import { randomUUID } from "node:crypto";
import type { Prisma } from "../../prisma/generated/client.ts";
import type { Channel, TicketKind, TicketStatus } from "../../prisma/generated/enums.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { referenceDataOf } from "../cache/reference-data.ts";
import { AppError } from "../errors/app-error.ts";
import { loadRoutingContext } from "../routing/load-routing-context.ts";
import { routeTicket, type TRoutingContext, type TRoutingDecision } from "../routing/route-ticket.ts";
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

/** What routing and deadlines need, from the transaction's cached snapshot when it has one, else from the database. */
async function loadReferences(tx: Prisma.TransactionClient, input: TCreateTicketInput) {
  const reference = referenceDataOf(tx);
  // A miss in the snapshot (a category or ward added seconds ago on another instance) reads the database.
  const category =
    reference?.categories.get(input.categoryCode) ??
    (await tx.category.findUnique({ where: { code: input.categoryCode }, include: { defaultUnit: { select: { code: true } } } }).then(
      (row) => row && { ...row, defaultUnitCode: row.defaultUnit?.code ?? null },
    ));
  if (!category) throw new AppError("VALIDATION", `Unknown category ${input.categoryCode}`, { field: "categoryCode" });
  const ward = !input.wardCode
    ? null
    : (reference?.wards.get(input.wardCode) ??
      (await tx.ward.findUnique({ where: { code: input.wardCode }, select: { id: true, code: true, stationUnit: { select: { code: true } } } }).then(
        (row) => row && { id: row.id, code: row.code, stationUnitCode: row.stationUnit.code },
      )));
  const routingContext = async (): Promise<TRoutingContext> =>
    reference
      ? { rules: [...reference.rules], categoryDefaultUnitCode: category.defaultUnitCode, fallbackUnitCode: reference.fallbackUnitCode, inspectionUnitCode: reference.inspectionUnitCode }
      : loadRoutingContext(tx, input.categoryCode);
  const unit = async (code: string) => reference?.units.get(code) ?? (await tx.unit.findUnique({ where: { code }, select: { id: true, code: true, name: true } }));
  const calendar = async () => reference?.calendar ?? (await loadWorkCalendar(tx));
  return { category, ward, routingContext, unit, calendar };
}

/**
 * Opens a ticket: routes it, sets its deadlines from the category and the work calendar, and
 * records the creation and routing decision as ticket events and an audit entry — all in the
 * caller's transaction, so a citizen's first message and its ticket commit together.
 */
export async function createTicket(tx: Prisma.TransactionClient, input: TCreateTicketInput, at: Date): Promise<TCreatedTicket> {
  const references = await loadReferences(tx, input);
  const { category, ward } = references;
  const routing: TRoutingDecision = input.unitCode
    ? { unitCode: input.unitCode, method: "rule", ruleId: null, reason: { code: "set_explicitly" } }
    : routeTicket(
        {
          kind: input.kind,
          categoryCode: input.categoryCode,
          wardCode: ward?.code ?? null,
          wardStationUnitCode: ward?.stationUnitCode ?? null,
          text: input.summary,
          channel: input.channel,
          excludedUnitCode: input.excludedUnitCode ?? null,
        },
        await references.routingContext(),
      );
  const unit = await references.unit(routing.unitCode);
  if (!unit) throw new AppError("NOT_FOUND", `Routing chose unknown unit ${routing.unitCode}`);
  const deadlines = computeDeadlines(at, category, await references.calendar());
  const code = await nextTicketCode(tx, input.kind, at);
  const id = randomUUID();
  const searchText = foldForMatching(`${code} ${input.summary} ${input.locationText ?? ""}`);
  const routed = JSON.stringify({ ...routing, unitCode: unit.code });
  // Raw, ticket and its "routed" event in one statement: this runs for every new ticket, and a
  // model create costs a query compilation and a round trip each.
  await tx.$executeRaw`
    WITH ticket AS (
      INSERT INTO "Ticket" (id, code, kind, "categoryId", "unitId", "citizenId", channel, status, "isUrgent", "isAnonymous", "isDemo",
                            summary, "searchText", "locationText", "wardId", latitude, longitude, "routingReason",
                            "firstResponseDueAt", "dueAt", "createdAt", "updatedAt")
      VALUES (${id}, ${code}, ${input.kind}::"TicketKind", ${category.id}, ${unit.id}, ${input.citizenId}, ${input.channel}::"Channel",
              ${input.status ?? "new"}::"TicketStatus", ${input.isUrgent ?? false}, ${input.isAnonymous ?? false}, ${input.isDemo ?? false},
              ${input.summary}, ${searchText}, ${input.locationText ?? null}, ${ward?.id ?? null}, ${input.latitude ?? null}::double precision,
              ${input.longitude ?? null}::double precision, ${JSON.stringify(routing)}::jsonb, ${deadlines.firstResponseDueAt}, ${deadlines.dueAt}, ${at}, ${at})
      RETURNING id)
    INSERT INTO "TicketEvent" (id, "ticketId", type, data, "createdAt")
    SELECT ${randomUUID()}, ticket.id, 'routed', ${routed}::jsonb, ${at} FROM ticket`;
  await recordAudit(
    tx,
    { actorId: null, actorLabel: input.isDemo ? "seed" : "citizen", action: "ticket.create", entityType: "ticket", entityId: id, details: { code, unit: unit.code, category: input.categoryCode } },
    at,
  );
  return { id, code, unitId: unit.id, unitCode: unit.code, unitName: unit.name, dueAt: deadlines.dueAt, firstResponseDueAt: deadlines.firstResponseDueAt, routing };
}
