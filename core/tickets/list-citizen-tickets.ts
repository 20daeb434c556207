import type { TicketStatus } from "../../prisma/generated/enums.ts";
import type { SqlRunner } from "../db/sql-runner.ts";

export interface TCitizenTicket {
  id: string;
  code: string;
  kind: "tip" | "question" | "feedback";
  status: TicketStatus;
  categoryNameVi: string;
  categoryNameEn: string;
  createdAt: Date;
  dueAt: Date | null;
  satisfactionRating: number | null;
}

const SELECT_CITIZEN_TICKET = `
  SELECT ticket.id, ticket.code, ticket.kind, ticket.status, ticket."createdAt", ticket."dueAt", ticket."satisfactionRating",
         category."nameVi" AS "categoryNameVi", category."nameEn" AS "categoryNameEn"
    FROM "Ticket" ticket JOIN "Category" category ON category.id = ticket."categoryId"`;

/** A citizen's own tickets, newest first (optionally only some statuses). Never another citizen's. */
export async function listCitizenTickets(
  tx: SqlRunner,
  citizenId: string,
  options: { statuses?: readonly TicketStatus[]; take?: number } = {},
): Promise<TCitizenTicket[]> {
  return tx.query<TCitizenTicket>(
    `${SELECT_CITIZEN_TICKET}
      WHERE ticket."citizenId" = $1 AND ticket."mergedIntoId" IS NULL AND ($2::text[] IS NULL OR ticket.status::text = ANY($2::text[]))
      ORDER BY ticket."createdAt" DESC
      LIMIT $3::int`,
    [citizenId, options.statuses ? [...options.statuses] : null, options.take ?? 10],
  );
}

/** One of the citizen's tickets by code or id, or null (someone else's ticket is "not found" too). */
export async function findCitizenTicket(tx: SqlRunner, citizenId: string, where: { code: string } | { id: string }): Promise<TCitizenTicket | null> {
  const [column, value] = "code" in where ? ["code", where.code] : ["id", where.id];
  const rows = await tx.query<TCitizenTicket>(`${SELECT_CITIZEN_TICKET} WHERE ticket."citizenId" = $1 AND ticket.${column} = $2 LIMIT 1`, [citizenId, value]);
  return rows[0] ?? null;
}

/** The citizen's open tickets, just enough to add a message to one (checked on every message: one query). */
export async function listOpenTicketRefs(
  tx: SqlRunner,
  citizenId: string,
  statuses: readonly TicketStatus[],
  take = 5,
): Promise<{ id: string; code: string; kind: TCitizenTicket["kind"] }[]> {
  return tx.query(
    `SELECT id, code, kind FROM "Ticket"
      WHERE "citizenId" = $1 AND "mergedIntoId" IS NULL AND status::text = ANY($2::text[])
      ORDER BY "createdAt" DESC
      LIMIT $3::int`,
    [citizenId, [...statuses], take],
  );
}
