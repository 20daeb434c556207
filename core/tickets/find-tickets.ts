import type { Prisma } from "../../prisma/generated/client.ts";
import type { Channel, TicketKind, TicketStatus } from "../../prisma/generated/enums.ts";
import type { TActor } from "../access/actor.ts";
import { loadUnitScope } from "../access/load-access-scope.ts";
import { ticketScopeWhere } from "../access/unit-scope.ts";
import type { Db } from "../db/open-database.ts";
import { foldForMatching } from "../understanding/normalize-text.ts";
import { withQueueCountCache } from "./queue-count-cache.ts";
import { OPEN_STATUSES } from "./ticket-workflow.ts";

export const DUE_SOON_MS = 24 * 3_600_000;

export interface TFindTicketsInput {
  /** "open" = new, in progress or waiting; absent = every status. */
  status?: TicketStatus | "open";
  categoryCode?: string;
  kind?: TicketKind;
  unitCode?: string;
  channel?: Channel;
  assignee?: "mine" | "unassigned";
  isAnonymous?: boolean;
  isUrgent?: boolean;
  due?: "overdue" | "soon";
  /** Free text; diacritics and case are ignored ("ma tuy" finds "ma túy"). */
  query?: string;
  sort?: "due" | "created";
  page?: number;
  pageSize?: number;
}

export interface TTicketListItem {
  code: string;
  kind: TicketKind;
  status: TicketStatus;
  channel: Channel;
  categoryCode: string;
  categoryNameVi: string;
  categoryNameEn: string;
  unitCode: string;
  unitName: string;
  assigneeName: string | null;
  summary: string;
  isUrgent: boolean;
  isAnonymous: boolean;
  isOverdue: boolean;
  isDueSoon: boolean;
  dueAt: Date | null;
  createdAt: Date;
}

export interface TTicketPage {
  items: TTicketListItem[];
  total: number;
  page: number;
  pageSize: number;
  /** Tickets per status under every filter except the status one (the tabs of the queue). */
  countsByStatus: Record<TicketStatus, number>;
}

/**
 * The queue: the actor's tickets (scoped in the query), filtered, sorted by due time (most urgent
 * first) by default, one page at a time, with counts per status for the tabs (slow counts over
 * large scopes may be up to 15 s old: see queue-count-cache.ts).
 */
export async function findTickets(prisma: Db, actor: TActor, input: TFindTicketsInput, now: Date): Promise<TTicketPage> {
  const scope = await loadUnitScope(prisma, actor);
  const pageSize = Math.min(Math.max(input.pageSize ?? 25, 1), 100);
  const page = Math.max(input.page ?? 1, 1);
  // Merged duplicates are closed, so they leave the open queue by status and stay findable among closed ones.
  const base: Prisma.TicketWhereInput[] = [ticketScopeWhere(actor, scope)];
  if (input.categoryCode) base.push({ category: { code: input.categoryCode } });
  if (input.kind) base.push({ kind: input.kind });
  if (input.unitCode) base.push({ unit: { code: input.unitCode } });
  if (input.channel) base.push({ channel: input.channel });
  if (input.assignee === "mine") base.push({ assigneeId: actor.id });
  if (input.assignee === "unassigned") base.push({ assigneeId: null });
  if (input.isAnonymous !== undefined) base.push({ isAnonymous: input.isAnonymous });
  if (input.isUrgent !== undefined) base.push({ isUrgent: input.isUrgent });
  // Deadlines compared at the minute: the same filter a minute long, so its slow counts can be reused.
  const minute = new Date(Math.floor(now.getTime() / 60_000) * 60_000);
  if (input.due === "overdue") base.push({ status: { in: [...OPEN_STATUSES] }, dueAt: { lt: minute } });
  if (input.due === "soon") base.push({ status: { in: [...OPEN_STATUSES] }, dueAt: { gte: minute, lt: new Date(minute.getTime() + DUE_SOON_MS) } });
  for (const term of foldForMatching(input.query ?? "").split(" ").filter(Boolean).slice(0, 8)) {
    base.push({ searchText: { contains: term } });
  }
  const statusFilter: Prisma.TicketWhereInput =
    input.status === "open" ? { status: { in: [...OPEN_STATUSES] } } : input.status ? { status: input.status } : {};
  const where: Prisma.TicketWhereInput = { AND: [...base, statusFilter] };
  const orderBy: Prisma.TicketOrderByWithRelationInput[] =
    input.sort === "created" ? [{ createdAt: "desc" }] : [{ dueAt: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }];

  const countsKey = JSON.stringify(where);
  const [rows, [total, groups]] = await Promise.all([
    prisma.ticket.findMany({
      where,
      orderBy,
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: {
        code: true, kind: true, status: true, channel: true, summary: true, isUrgent: true, isAnonymous: true, dueAt: true, createdAt: true,
        category: { select: { code: true, nameVi: true, nameEn: true } },
        unit: { select: { code: true, name: true } },
        assignee: { select: { displayName: true } },
      },
    }),
    withQueueCountCache(countsKey, () =>
      Promise.all([prisma.ticket.count({ where }), prisma.ticket.groupBy({ by: ["status"], where: { AND: base }, _count: { _all: true } })]),
    ),
  ]);
  const countsByStatus = { new: 0, in_progress: 0, waiting_citizen: 0, resolved: 0, closed: 0, rejected: 0 } as Record<TicketStatus, number>;
  for (const group of groups) countsByStatus[group.status] = group._count._all;
  return {
    total,
    page,
    pageSize,
    countsByStatus,
    items: rows.map((row) => {
      const isOpen = OPEN_STATUSES.includes(row.status);
      const dueMs = row.dueAt?.getTime();
      return {
        code: row.code,
        kind: row.kind,
        status: row.status,
        channel: row.channel,
        categoryCode: row.category.code,
        categoryNameVi: row.category.nameVi,
        categoryNameEn: row.category.nameEn,
        unitCode: row.unit.code,
        unitName: row.unit.name,
        assigneeName: row.assignee?.displayName ?? null,
        summary: row.summary.length > 160 ? `${row.summary.slice(0, 157)}…` : row.summary,
        isUrgent: row.isUrgent,
        isAnonymous: row.isAnonymous,
        isOverdue: isOpen && dueMs !== undefined && dueMs < now.getTime(),
        isDueSoon: isOpen && dueMs !== undefined && dueMs >= now.getTime() && dueMs < now.getTime() + DUE_SOON_MS,
        dueAt: row.dueAt,
        createdAt: row.createdAt,
      };
    }),
  };
}
