import type { Prisma } from "../../prisma/generated/client.ts";
import type { TicketStatus } from "../../prisma/generated/enums.ts";

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

const SELECT = {
  id: true, code: true, kind: true, status: true, createdAt: true, dueAt: true, satisfactionRating: true,
  category: { select: { nameVi: true, nameEn: true } },
} as const;

type TRow = Prisma.TicketGetPayload<{ select: typeof SELECT }>;
const toCitizenTicket = (row: TRow): TCitizenTicket => ({
  id: row.id, code: row.code, kind: row.kind, status: row.status, createdAt: row.createdAt, dueAt: row.dueAt,
  satisfactionRating: row.satisfactionRating, categoryNameVi: row.category.nameVi, categoryNameEn: row.category.nameEn,
});

/** A citizen's own tickets, newest first (optionally only some statuses). Never another citizen's. */
export async function listCitizenTickets(
  tx: Prisma.TransactionClient,
  citizenId: string,
  options: { statuses?: readonly TicketStatus[]; take?: number } = {},
): Promise<TCitizenTicket[]> {
  const rows = await tx.ticket.findMany({
    where: { citizenId, mergedIntoId: null, ...(options.statuses && { status: { in: [...options.statuses] } }) },
    orderBy: { createdAt: "desc" },
    take: options.take ?? 10,
    select: SELECT,
  });
  return rows.map(toCitizenTicket);
}

/** One of the citizen's tickets by code or id, or null (someone else's ticket is "not found" too). */
export async function findCitizenTicket(
  tx: Prisma.TransactionClient,
  citizenId: string,
  where: { code: string } | { id: string },
): Promise<TCitizenTicket | null> {
  const row = await tx.ticket.findFirst({ where: { citizenId, ...where }, select: SELECT });
  return row ? toCitizenTicket(row) : null;
}

/** The citizen's open tickets, just enough to add a message to one (checked on every message: one query). */
export async function listOpenTicketRefs(
  tx: Prisma.TransactionClient,
  citizenId: string,
  statuses: readonly TicketStatus[],
  take = 5,
): Promise<{ id: string; code: string; kind: TCitizenTicket["kind"] }[]> {
  return tx.ticket.findMany({
    where: { citizenId, mergedIntoId: null, status: { in: [...statuses] } },
    orderBy: { createdAt: "desc" },
    take,
    select: { id: true, code: true, kind: true },
  });
}
