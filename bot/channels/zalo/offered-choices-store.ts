/**
 * The numbered choices last shown in a Zalo chat, kept in the database (ChatSession) so that the
 * instance receiving the citizen's "2" need not be the one that sent the list. The chat id is
 * never stored in clear: the key holds its keyed hash.
 */
import { z } from "zod";
import type { Db } from "../../../core/db/open-database.ts";
import type { TChoice } from "../../../core/outbox/outbox-types.ts";
import type { SecretBox } from "../../../core/security/secret-box.ts";

/** A list older than this no longer explains a typed number. */
const CHOICES_TTL_MS = 24 * 60 * 60_000;

const ZOfferedChoices = z.object({
  choices: z.array(z.object({ value: z.string(), label: z.string() })).default([]),
  offeredAt: z.number().default(0),
});

export interface OfferedChoicesStore {
  /** Records what the chat now shows: the list of the message just delivered, or none. */
  remember(chatId: string, choices: readonly TChoice[], at: Date): Promise<void>;
  /** The list the chat shows, [] when none or too old. */
  recall(chatId: string, at: Date): Promise<TChoice[]>;
  /** Deletes lists too old to matter (they hold ticket ids); returns how many. */
  prune(at: Date): Promise<number>;
}

export function offeredChoicesKey(box: SecretBox, chatId: string): string {
  return `zalo-choices:${box.hash(`zalo-choices:${chatId}`)}`;
}

export function createOfferedChoicesStore(prisma: Db, box: SecretBox): OfferedChoicesStore {
  return {
    async remember(chatId, choices, at) {
      const key = offeredChoicesKey(box, chatId);
      const data = { choices: choices.map(({ value, label }) => ({ value, label })), offeredAt: at.getTime() };
      if (data.choices.length === 0) {
        // Nothing to forget in a chat that never had a list: avoid creating a row per chat.
        await prisma.chatSession.updateMany({ where: { key }, data: { data, updatedAt: at } });
        return;
      }
      await prisma.chatSession.upsert({ where: { key }, create: { key, data, updatedAt: at, createdAt: at }, update: { data, updatedAt: at } });
    },
    async recall(chatId, at) {
      const row = await prisma.chatSession.findUnique({ where: { key: offeredChoicesKey(box, chatId) }, select: { data: true } });
      const parsed = ZOfferedChoices.safeParse(row?.data ?? {});
      if (!parsed.success || at.getTime() - parsed.data.offeredAt > CHOICES_TTL_MS) return [];
      return parsed.data.choices;
    },
    async prune(at) {
      const { count } = await prisma.chatSession.deleteMany({
        where: { key: { startsWith: "zalo-choices:" }, updatedAt: { lt: new Date(at.getTime() - CHOICES_TTL_MS) } },
      });
      return count;
    },
  };
}
