import { randomUUID } from "node:crypto";
import type { Category } from "../../prisma/generated/client.ts";
import type { Channel, TicketKind, TicketStatus } from "../../prisma/generated/enums.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { bindReferenceData, loadReferenceData, referenceDataOf, type TReferenceData } from "../cache/reference-data.ts";
import { prismaTransactionOf, type SqlRunner } from "../db/sql-runner.ts";
import { AppError } from "../errors/app-error.ts";
import { routeTicket, type TRoutingDecision } from "../routing/route-ticket.ts";
import { computeDeadlines } from "../sla/compute-deadline.ts";
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
 * The reference-data snapshot of the transaction: the one the chat turn bound (from its cache), or
 * for callers in a Prisma transaction (seed, campaigns, tests) one loaded now and kept for the
 * transaction's further tickets.
 */
async function snapshotFor(tx: SqlRunner): Promise<TReferenceData> {
  const bound = referenceDataOf(tx);
  if (bound) return bound;
  const prismaTransaction = prismaTransactionOf(tx);
  if (!prismaTransaction) throw new Error("createTicket: bind the reference data to the transaction first (bindReferenceData)");
  const loaded = await loadReferenceData(prismaTransaction);
  bindReferenceData(tx, loaded);
  return loaded;
}

/** What routing and deadlines need, from the snapshot; a miss (added seconds ago on another instance) reads the row. */
async function loadReferences(tx: SqlRunner, input: TCreateTicketInput) {
  const reference = await snapshotFor(tx);
  const category =
    reference.categories.get(input.categoryCode) ??
    (
      await tx.query<Category & { defaultUnitCode: string | null }>(
        `SELECT category.*, unit.code AS "defaultUnitCode" FROM "Category" category LEFT JOIN "Unit" unit ON unit.id = category."defaultUnitId" WHERE category.code = $1`,
        [input.categoryCode],
      )
    )[0];
  if (!category) throw new AppError("VALIDATION", `Unknown category ${input.categoryCode}`, { field: "categoryCode" });
  const ward = !input.wardCode
    ? null
    : (reference.wards.get(input.wardCode) ??
      (
        await tx.query<{ id: string; code: string; stationUnitCode: string }>(
          `SELECT ward.id, ward.code, unit.code AS "stationUnitCode" FROM "Ward" ward JOIN "Unit" unit ON unit.id = ward."stationUnitId" WHERE ward.code = $1`,
          [input.wardCode],
        )
      )[0] ??
      null);
  const routingContext = { rules: [...reference.rules], categoryDefaultUnitCode: category.defaultUnitCode, fallbackUnitCode: reference.fallbackUnitCode, inspectionUnitCode: reference.inspectionUnitCode };
  const unit = async (code: string) =>
    reference.units.get(code) ?? (await tx.query<{ id: string; code: string; name: string }>(`SELECT id, code, name FROM "Unit" WHERE code = $1`, [code]))[0];
  return { category, ward, routingContext, unit, calendar: reference.calendar };
}

/**
 * Opens a ticket: routes it, sets its deadlines from the category and the work calendar, and
 * records the creation and routing decision as ticket events and an audit entry — all in the
 * caller's transaction, so a citizen's first message and its ticket commit together.
 */
export async function createTicket(tx: SqlRunner, input: TCreateTicketInput, at: Date): Promise<TCreatedTicket> {
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
        references.routingContext,
      );
  const unit = await references.unit(routing.unitCode);
  if (!unit) throw new AppError("NOT_FOUND", `Routing chose unknown unit ${routing.unitCode}`);
  const deadlines = computeDeadlines(at, category, references.calendar);
  const code = await nextTicketCode(tx, input.kind, at);
  const id = randomUUID();
  const searchText = foldForMatching(`${code} ${input.summary} ${input.locationText ?? ""}`);
  const routed = JSON.stringify({ ...routing, unitCode: unit.code });
  // The ticket and its "routed" event in one statement.
  await tx.query(
    `WITH ticket AS (
       INSERT INTO "Ticket" (id, code, kind, "categoryId", "unitId", "citizenId", channel, status, "isUrgent", "isAnonymous", "isDemo",
                             summary, "searchText", "locationText", "wardId", latitude, longitude, "routingReason",
                             "firstResponseDueAt", "dueAt", "createdAt", "updatedAt")
       VALUES ($1, $2, $3::"TicketKind", $4, $5, $6, $7::"Channel", $8::"TicketStatus", $9::boolean, $10::boolean, $11::boolean,
               $12, $13, $14, $15, $16::double precision, $17::double precision, $18::jsonb, $19, $20, $21, $21)
       RETURNING id)
     INSERT INTO "TicketEvent" (id, "ticketId", type, data, "createdAt")
     SELECT $22, ticket.id, 'routed', $23::jsonb, $21 FROM ticket`,
    [
      id, code, input.kind, category.id, unit.id, input.citizenId, input.channel, input.status ?? "new", input.isUrgent ?? false, input.isAnonymous ?? false, input.isDemo ?? false,
      input.summary, searchText, input.locationText ?? null, ward?.id ?? null, input.latitude ?? null, input.longitude ?? null, JSON.stringify(routing),
      deadlines.firstResponseDueAt, deadlines.dueAt, at, randomUUID(), routed,
    ],
  );
  await recordAudit(
    tx,
    { actorId: null, actorLabel: input.isDemo ? "seed" : "citizen", action: "ticket.create", entityType: "ticket", entityId: id, details: { code, unit: unit.code, category: input.categoryCode } },
    at,
  );
  return { id, code, unitId: unit.id, unitCode: unit.code, unitName: unit.name, dueAt: deadlines.dueAt, firstResponseDueAt: deadlines.firstResponseDueAt, routing };
}
