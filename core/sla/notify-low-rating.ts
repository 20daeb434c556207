import type { SqlRunner } from "../db/sql-runner.ts";
import { AppError } from "../errors/app-error.ts";
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
  tx: SqlRunner,
  box: SecretBox,
  input: { ticketId: string; rating: number | null; isNotResolved?: boolean },
  at: Date,
  groupText: TGroupText,
): Promise<{ notified: number }> {
  const [ticket] = await tx.query<{ id: string; code: string; unitId: string; unitCode: string; notifyTelegramChatId: string | null; groupLanguage: string }>(
    `SELECT ticket.id, ticket.code, ticket."unitId", unit.code AS "unitCode", unit."notifyTelegramChatId", unit."groupLanguage"
       FROM "Ticket" ticket JOIN "Unit" unit ON unit.id = ticket."unitId" WHERE ticket.id = $1`,
    [input.ticketId],
  );
  if (!ticket) throw new AppError("NOT_FOUND", "ticket not found");
  const isNotResolved = input.isNotResolved ?? false;
  const data = JSON.stringify({ code: ticket.code, rating: input.rating, isNotResolved, unitCode: ticket.unitCode });
  // One notification per active leader of the unit, or one for the whole unit when it has none.
  const [{ notified } = { notified: 0 }] = await tx.query<{ notified: number }>(
    `WITH leaders AS (SELECT id FROM "StaffUser" WHERE "unitId" = $1 AND role = 'leader' AND "isActive"),
          recipients AS (
            SELECT id AS "userId", NULL::text AS "unitId" FROM leaders
            UNION ALL SELECT NULL, $1 WHERE NOT EXISTS (SELECT 1 FROM leaders)),
          inserted AS (
            INSERT INTO "Notification" (id, "userId", "unitId", "ticketId", kind, data, "createdAt", "updatedAt")
            SELECT gen_random_uuid()::text, "userId", "unitId", $2, 'rating.low', $3::jsonb, $4, $4 FROM recipients
            RETURNING 1)
     SELECT count(*)::int AS notified FROM inserted`,
    [ticket.unitId, ticket.id, data, at],
  );
  if (ticket.notifyTelegramChatId) {
    const t = groupTextFor(ticket.groupLanguage, groupText);
    const text = formatLowRatingForGroup({ code: ticket.code, unitCode: ticket.unitCode, rating: input.rating, isNotResolved }, t);
    await enqueueOutbox(tx, box, { channel: "telegram", chatId: ticket.notifyTelegramChatId, payload: { text }, ticketId: ticket.id }, at);
  }
  return { notified };
}
