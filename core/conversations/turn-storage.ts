import { randomUUID } from "node:crypto";
import type { Citizen } from "../../prisma/generated/client.ts";
import type { Channel } from "../../prisma/generated/enums.ts";
import { citizenLookupHash } from "../citizens/find-or-create-citizen.ts";
import { sqlParameters, type SqlRunner } from "../db/sql-runner.ts";
import { InboundAlreadyProcessedError } from "../inbound/mark-inbound-update.ts";
import { recipientKeyOf } from "../outbox/enqueue-outbox.ts";
import type { TOutgoingPayload } from "../outbox/outbox-types.ts";
import type { SecretBox } from "../security/secret-box.ts";

/*
 * The first and last statements of every chat turn, each one round trip. A turn used to open with
 * two (find the citizen, lock the dialog state) and close with two or more (one INSERT per answer,
 * save the state, mark the update processed); on the webhook path each round trip costs more than
 * the statement itself, so merging them is most of what a plain message costs.
 */

export interface TTurnStart {
  /** The chat's dialog state as stored (an empty object on first contact), row-locked until commit. */
  sessionData: unknown;
  /** The citizen behind the chat, or null on first contact (then findOrCreateCitizen creates them). */
  citizen: Citizen | null;
}

/**
 * Locks (creating on first contact) the chat's ChatSession row and reads the citizen, in one
 * statement. The row lock lasts until commit, so two updates of one chat handled at once (two
 * instances, concurrent webhooks) apply one after the other instead of overwriting each other's
 * state; the no-op upsert both creates and row-locks.
 */
export async function startTurn(
  tx: SqlRunner,
  box: SecretBox,
  input: { sessionKey: string; channel: Channel; channelUserId: string },
  at: Date,
): Promise<TTurnStart> {
  const hash = citizenLookupHash(box, input.channel, input.channelUserId);
  const rows = await tx.query<Citizen & { sessionData: unknown }>(
    `WITH session AS (
       INSERT INTO "ChatSession" (key, data, "updatedAt", "createdAt") VALUES ($1, '{}'::jsonb, $2, $2)
       ON CONFLICT (key) DO UPDATE SET key = EXCLUDED.key
       RETURNING data)
     SELECT session.data AS "sessionData", citizen.*
       FROM session LEFT JOIN "Citizen" citizen ON citizen.channel = $3::"Channel" AND citizen."channelUserIdHash" = $4`,
    [input.sessionKey, at, input.channel, hash],
  );
  const row = rows[0];
  if (!row) throw new Error("startTurn: the chat session upsert returned no row");
  const { sessionData, ...citizen } = row;
  const data = typeof sessionData === "string" ? (JSON.parse(sessionData) as unknown) : (sessionData ?? {});
  return { sessionData: data, citizen: citizen.id ? (citizen as Citizen) : null };
}

export interface TTurnEnd {
  channel: Channel;
  chatId: string;
  /** Null after the citizen erased their data (the answers are not linked to the erased row). */
  citizenId: string | null;
  /** The answers, in the order the citizen must read them. */
  replies: readonly TOutgoingPayload[];
  sessionKey: string;
  state: unknown;
  /** The stored inbound update this turn applied, marked processed (and its payload dropped). */
  inboundId?: string;
}

/**
 * Queues the answers in the outbox, saves the dialog state and marks the inbound update processed,
 * in one statement. The outbox delivers a chat's messages in (createdAt, id) order: answers are one
 * millisecond apart to keep the turn's order. Throws InboundAlreadyProcessedError (rolling the turn
 * back) when another worker already processed the update, as markInboundProcessed does.
 */
export async function endTurn(tx: SqlRunner, box: SecretBox, input: TTurnEnd, at: Date): Promise<void> {
  const params = sqlParameters();
  const atParam = params.add(at);
  const ctes: string[] = [];
  if (input.replies.length > 0) {
    const channel = params.add(input.channel);
    const chatIdEnc = params.add(box.encrypt(input.chatId));
    const recipientKey = params.add(recipientKeyOf(box, input.channel, input.chatId));
    const citizenId = params.add(input.citizenId);
    const rows = input.replies.map((payload, index) => {
      const queuedAt = params.add(new Date(at.getTime() + index));
      return `(${params.add(randomUUID())}, ${channel}::"Channel", ${chatIdEnc}, ${recipientKey}, ${citizenId}, NULL, NULL,
               ${params.add(JSON.stringify(payload))}::jsonb, 'pending', 0, ${queuedAt}, ${queuedAt}, ${queuedAt})`;
    });
    ctes.push(`queued AS (
      INSERT INTO "OutboxMessage" (id, channel, "chatIdEnc", "recipientKey", "citizenId", "ticketId", "messageId", payload,
                                   status, attempts, "nextAttemptAt", "createdAt", "updatedAt")
      VALUES ${rows.join(",\n")}
      RETURNING 1)`);
  }
  ctes.push(
    input.inboundId
      ? `marked AS (
      UPDATE "InboundUpdate" SET status = 'processed', "processedAt" = ${atParam}, "payloadEnc" = '', "lastError" = NULL, attempts = attempts + 1
       WHERE id = ${params.add(input.inboundId)} AND status <> 'processed'
      RETURNING 1)`
      : `marked AS (SELECT 1 WHERE false)`,
  );
  ctes.push(`saved AS (UPDATE "ChatSession" SET data = ${params.add(JSON.stringify(input.state))}::jsonb, "updatedAt" = ${atParam} WHERE key = ${params.add(input.sessionKey)} RETURNING 1)`);
  const rows = await tx.query<{ marked: number }>(
    `WITH ${ctes.join(",\n")}
     SELECT (SELECT count(*) FROM marked)::int AS marked, (SELECT count(*) FROM saved)::int AS saved`,
    params.values,
  );
  if (input.inboundId && Number(rows[0]?.marked) !== 1) throw new InboundAlreadyProcessedError(input.inboundId);
}
