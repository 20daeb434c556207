import { randomUUID } from "node:crypto";
import type { Channel } from "../../prisma/generated/enums.ts";
import type { SqlRunner } from "../db/sql-runner.ts";
import type { SecretBox } from "../security/secret-box.ts";

export interface TStoreInboundInput {
  channel: Channel;
  /** Telegram update_id, Zalo message id: the channel's own key of the update. */
  updateKey: string;
  /** The raw update; stored encrypted (it holds message text and chat ids). */
  payload: unknown;
}

export type TStoredInbound = { isDuplicate: false; id: string } | { isDuplicate: true; id: null };

/**
 * Stores an incoming update before anything that can fail touches it, so a crash or a bug in the
 * dialog loses nothing (the recovery pass replays it). The unique (channel, updateKey) makes a
 * redelivered update a no-op: callers stop at `isDuplicate`. The channels pass the database's
 * SqlExecutor: one statement on its own, outside any transaction.
 */
export async function storeInboundUpdate(db: SqlRunner, box: SecretBox, input: TStoreInboundInput, at: Date): Promise<TStoredInbound> {
  const id = randomUUID();
  const payloadEnc = box.encrypt(JSON.stringify(input.payload));
  const inserted = await db.query(
    `INSERT INTO "InboundUpdate" (id, channel, "updateKey", "payloadEnc", status, attempts, "createdAt")
     VALUES ($1, $2::"Channel", $3, $4, 'received', 0, $5)
     ON CONFLICT (channel, "updateKey") DO NOTHING
     RETURNING 1`,
    [id, input.channel, input.updateKey, payloadEnc, at],
  );
  return inserted.length === 1 ? { isDuplicate: false, id } : { isDuplicate: true, id: null };
}
