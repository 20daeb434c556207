/**
 * The numbered choices last shown in a Zalo chat, kept in the database (ChatSession) so that the
 * instance receiving the citizen's "2" need not be the one that sent the list. The chat id is
 * never stored in clear: the key holds its keyed hash.
 */
import { z } from "zod";
import type { SqlRunner } from "../../../core/db/sql-runner.ts";
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

/**
 * Plain SQL (like the chat turn, ARCHITECTURE.md): it runs on every message a Zalo citizen sends
 * and every one delivered to them.
 */
export function createOfferedChoicesStore(sql: SqlRunner, box: SecretBox): OfferedChoicesStore {
  return {
    async remember(chatId, choices, at) {
      const key = offeredChoicesKey(box, chatId);
      const data = JSON.stringify({ choices: choices.map(({ value, label }) => ({ value, label })), offeredAt: at.getTime() });
      if (choices.length === 0) {
        // Nothing to forget in a chat that never had a list: avoid creating a row per chat.
        await sql.query(`UPDATE "ChatSession" SET data = $2::jsonb, "updatedAt" = $3 WHERE key = $1`, [key, data, at]);
        return;
      }
      await sql.query(
        `INSERT INTO "ChatSession" (key, data, "updatedAt", "createdAt") VALUES ($1, $2::jsonb, $3, $3)
         ON CONFLICT (key) DO UPDATE SET data = EXCLUDED.data, "updatedAt" = EXCLUDED."updatedAt"`,
        [key, data, at],
      );
    },
    async recall(chatId, at) {
      const [row] = await sql.query<{ data: unknown }>(`SELECT data FROM "ChatSession" WHERE key = $1`, [offeredChoicesKey(box, chatId)]);
      const parsed = ZOfferedChoices.safeParse(row?.data ?? {});
      if (!parsed.success || at.getTime() - parsed.data.offeredAt > CHOICES_TTL_MS) return [];
      return parsed.data.choices;
    },
    async prune(at) {
      const deleted = await sql.query(`DELETE FROM "ChatSession" WHERE key LIKE 'zalo-choices:%' AND "updatedAt" < $1 RETURNING 1`, [
        new Date(at.getTime() - CHOICES_TTL_MS),
      ]);
      return deleted.length;
    },
  };
}
