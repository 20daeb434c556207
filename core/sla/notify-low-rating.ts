import type { Prisma } from "../../prisma/generated/client.ts";
import { enqueueOutbox } from "../outbox/enqueue-outbox.ts";
import type { SecretBox } from "../security/secret-box.ts";
import { formatLowRatingForGroup, groupTextFor, type TGroupText } from "./reminder-text.ts";

/** Ratings at or below this (or "not resolved") reach the unit's leaders. */
export const LOW_RATING_THRESHOLD = 2;

export function isLowRating(rating: number | null, isNotResolved = false): boolean {
  return isNotResolved || (rating !== null && rating <= LOW_RATING_THRESHOLD);
}

/**
 * Tells the unit's leaders (panel notifications; the whole unit when it has no leader account) and
 * the unit's Telegram group that a citizen was unhappy with an answer, inside the caller's
 * transaction — call it from the rating flow right after rateTicket when isLowRating(...). The
 * comment is not posted to the group (it may identify the citizen); leaders read it in the panel.
 * The group post is in the unit's group language (`groupText`).
 */
export async function notifyLowRating(
  tx: Prisma.TransactionClient,
  box: SecretBox,
  input: { ticketId: string; rating: number | null; isNotResolved?: boolean },
  at: Date,
  groupText: TGroupText,
): Promise<{ notified: number }> {
  const ticket = await tx.ticket.findUniqueOrThrow({
    where: { id: input.ticketId },
    select: { id: true, code: true, unitId: true, unit: { select: { code: true, notifyTelegramChatId: true, groupLanguage: true } } },
  });
  const leaders = await tx.staffUser.findMany({ where: { unitId: ticket.unitId, role: "leader", isActive: true }, select: { id: true } });
  const data = { code: ticket.code, rating: input.rating, isNotResolved: input.isNotResolved ?? false, unitCode: ticket.unit.code } satisfies Prisma.InputJsonObject;
  const rows: Prisma.NotificationCreateManyInput[] =
    leaders.length > 0
      ? leaders.map((leader) => ({ userId: leader.id, ticketId: ticket.id, kind: "rating.low", data, createdAt: at, updatedAt: at }))
      : [{ unitId: ticket.unitId, ticketId: ticket.id, kind: "rating.low", data, createdAt: at, updatedAt: at }];
  await tx.notification.createMany({ data: rows });
  if (ticket.unit.notifyTelegramChatId) {
    const t = groupTextFor(ticket.unit.groupLanguage, groupText);
    const text = formatLowRatingForGroup({ code: ticket.code, unitCode: ticket.unit.code, rating: input.rating, isNotResolved: input.isNotResolved ?? false }, t);
    await enqueueOutbox(tx, box, { channel: "telegram", chatId: ticket.unit.notifyTelegramChatId, payload: { text }, ticketId: ticket.id }, at);
  }
  return { notified: rows.length };
}
