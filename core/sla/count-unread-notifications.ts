import type { TActor } from "../access/actor.ts";
import type { Db } from "../db/open-database.ts";

/**
 * How many notices the staff member has not read: theirs and their whole unit's. One count over
 * the (userId, readAt, createdAt) and (unitId, readAt, createdAt) indexes — cheap enough for the
 * menu badge of every page; the panel caches it for a few seconds per person.
 */
export async function countUnreadNotifications(actor: TActor, deps: { prisma: Db }): Promise<number> {
  return deps.prisma.notification.count({
    where: { readAt: null, OR: [{ userId: actor.id }, { userId: null, unitId: actor.unitId }] },
  });
}
