import type { Channel } from "../../prisma/generated/enums.ts";
import type { SqlRunner } from "../db/sql-runner.ts";
import type { SecretBox } from "../security/secret-box.ts";

/*
 * A chat's dialog state is read (row-locked) and saved by the turn's first and last statements:
 * see startTurn and endTurn in turn-storage.ts.
 */

/** The ChatSession key of a chat: channel plus a keyed hash of the chat id (never the id in clear). */
export function chatSessionKey(box: SecretBox, channel: Channel, chatId: string): string {
  return `${channel}:${box.hash(`chat:${channel}:${chatId}`)}`;
}

/** Forgets a chat's dialog state (data erasure). */
export async function deleteChatSession(tx: SqlRunner, key: string): Promise<void> {
  await tx.query(`DELETE FROM "ChatSession" WHERE key = $1`, [key]);
}
