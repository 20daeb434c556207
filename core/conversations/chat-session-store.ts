import type { Prisma } from "../../prisma/generated/client.ts";
import type { Channel } from "../../prisma/generated/enums.ts";
import type { SecretBox } from "../security/secret-box.ts";

/** The ChatSession key of a chat: channel plus a keyed hash of the chat id (never the id in clear). */
export function chatSessionKey(box: SecretBox, channel: Channel, chatId: string): string {
  return `${channel}:${box.hash(`chat:${channel}:${chatId}`)}`;
}

/**
 * Loads a chat's dialog state inside the caller's transaction and locks its row until commit, so
 * two updates of one chat handled at once (two instances, concurrent webhooks) apply one after
 * the other instead of overwriting each other's state. Creates an empty state on first contact.
 * One round trip: the no-op upsert both creates and row-locks.
 */
export async function loadChatSessionForUpdate(tx: Prisma.TransactionClient, key: string, at: Date): Promise<unknown> {
  const rows = await tx.$queryRaw<{ data: unknown }[]>`
    INSERT INTO "ChatSession" (key, data, "updatedAt", "createdAt") VALUES (${key}, '{}'::jsonb, ${at}, ${at})
    ON CONFLICT (key) DO UPDATE SET key = EXCLUDED.key
    RETURNING data`;
  const data = rows[0]?.data;
  return typeof data === "string" ? (JSON.parse(data) as unknown) : (data ?? {});
}

/** Saves a chat's dialog state (in the same transaction that loaded it). */
export async function saveChatSession(tx: Prisma.TransactionClient, key: string, data: unknown, at: Date): Promise<void> {
  const json = JSON.stringify(data);
  await tx.$executeRaw`UPDATE "ChatSession" SET data = ${json}::jsonb, "updatedAt" = ${at} WHERE key = ${key}`;
}

/** Forgets a chat's dialog state (data erasure). */
export async function deleteChatSession(tx: Prisma.TransactionClient, key: string): Promise<void> {
  await tx.chatSession.deleteMany({ where: { key } });
}
