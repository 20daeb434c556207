import type { Prisma } from "../../prisma/generated/client.ts";
import type { TActor } from "../access/actor.ts";
import type { Db } from "../db/open-database.ts";

export interface TNotificationItem {
  id: string;
  kind: string;
  /** {code, kind, unitCode, ticketUnitCode, dueAt, level}: render it in the reader's language. */
  data: Record<string, unknown>;
  ticketId: string | null;
  isForWholeUnit: boolean;
  readAt: Date | null;
  createdAt: Date;
}

/** A staff member's notices: addressed to them, or to their whole unit. */
function mine(actor: TActor): Prisma.NotificationWhereInput {
  return { OR: [{ userId: actor.id }, { userId: null, unitId: actor.unitId }] };
}

/** The panel's bell: newest first, unread only unless asked, with the unread count. */
export async function findNotifications(actor: TActor, input: { unreadOnly?: boolean; limit?: number }, deps: { prisma: Db }): Promise<{ items: TNotificationItem[]; unread: number }> {
  const where: Prisma.NotificationWhereInput = { AND: [mine(actor), input.unreadOnly ? { readAt: null } : {}] };
  const [rows, unread] = await Promise.all([
    deps.prisma.notification.findMany({ where, orderBy: { createdAt: "desc" }, take: Math.min(Math.max(input.limit ?? 20, 1), 100) }),
    deps.prisma.notification.count({ where: { AND: [mine(actor), { readAt: null }] } }),
  ]);
  return {
    items: rows.map((row) => ({
      id: row.id, kind: row.kind, data: (row.data ?? {}) as Record<string, unknown>, ticketId: row.ticketId,
      isForWholeUnit: row.userId === null, readAt: row.readAt, createdAt: row.createdAt,
    })),
    unread,
  };
}

/**
 * Marks notices read (the given ids, or all). A notice to the whole unit is read for the unit once
 * someone has opened it — the ticket is then in someone's hands.
 */
export async function markNotificationsRead(actor: TActor, input: { ids?: string[] }, deps: { prisma: Db; clock: { now(): Date } }): Promise<number> {
  const result = await deps.prisma.notification.updateMany({
    where: { AND: [mine(actor), { readAt: null }, input.ids ? { id: { in: input.ids } } : {}] },
    data: { readAt: deps.clock.now() },
  });
  return result.count;
}
