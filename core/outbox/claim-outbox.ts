import type { SqlExecutor } from "../db/sql-executor.ts";

export interface TClaimedOutboxRow {
  id: string;
  channel: "telegram" | "zalo";
  chatIdEnc: string;
  payload: unknown;
  attempts: number;
  partsSent: number;
  messageId: string | null;
  ticketId: string | null;
}

/**
 * Claims up to `limit` due messages for this worker. `FOR UPDATE SKIP LOCKED` lets several
 * workers (and instances) claim concurrently without taking the same row; `lockedUntil` keeps a
 * claimed row from being claimed again while it is being sent, and frees it if the worker dies.
 * Only the oldest pending message of each chat is eligible, so one chat's messages keep their order.
 */
export async function claimOutbox(sql: SqlExecutor, options: { now: Date; limit: number; lockMs: number }): Promise<TClaimedOutboxRow[]> {
  const lockedUntil = new Date(options.now.getTime() + options.lockMs);
  const rows = await sql.query<TClaimedOutboxRow & { payload: unknown }>(
    `UPDATE "OutboxMessage" AS o
        SET "lockedUntil" = $2, "attempts" = o."attempts" + 1, "updatedAt" = $1
      WHERE o.id IN (
        SELECT c.id FROM "OutboxMessage" AS c
         WHERE c.status = 'pending'
           AND c."nextAttemptAt" <= $1
           AND (c."lockedUntil" IS NULL OR c."lockedUntil" < $1)
           AND NOT EXISTS (
             SELECT 1 FROM "OutboxMessage" AS e
              WHERE e."recipientKey" = c."recipientKey" AND e.status = 'pending'
                AND (e."createdAt", e.id) < (c."createdAt", c.id))
         ORDER BY c."nextAttemptAt", c."createdAt"
         LIMIT $3
         FOR UPDATE SKIP LOCKED)
      RETURNING o.id, o.channel, o."chatIdEnc", o.payload, o.attempts, o."partsSent", o."messageId", o."ticketId"`,
    [options.now, lockedUntil, options.limit],
  );
  return rows.map((row) => ({ ...row, payload: typeof row.payload === "string" ? JSON.parse(row.payload) : row.payload }));
}
