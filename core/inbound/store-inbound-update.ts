import { randomUUID } from "node:crypto";
import type { Channel } from "../../prisma/generated/enums.ts";
import type { Db } from "../db/open-database.ts";
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
 * redelivered update a no-op: callers stop at `isDuplicate`.
 */
export async function storeInboundUpdate(prisma: Db, box: SecretBox, input: TStoreInboundInput, at: Date): Promise<TStoredInbound> {
  const id = randomUUID();
  const payloadEnc = box.encrypt(JSON.stringify(input.payload));
  const inserted = await prisma.$executeRaw`
    INSERT INTO "InboundUpdate" (id, channel, "updateKey", "payloadEnc", status, attempts, "createdAt")
    VALUES (${id}, ${input.channel}::"Channel", ${input.updateKey}, ${payloadEnc}, 'received', 0, ${at})
    ON CONFLICT (channel, "updateKey") DO NOTHING`;
  return inserted === 1 ? { isDuplicate: false, id } : { isDuplicate: true, id: null };
}
