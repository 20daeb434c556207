import { randomUUID } from "node:crypto";
import { Prisma, type Citizen } from "../../prisma/generated/client.ts";
import type { Channel } from "../../prisma/generated/enums.ts";
import { citizenLookupHash } from "../citizens/find-or-create-citizen.ts";
import { InboundAlreadyProcessedError } from "../inbound/mark-inbound-update.ts";
import { recipientKeyOf } from "../outbox/enqueue-outbox.ts";
import type { TOutgoingPayload } from "../outbox/outbox-types.ts";
import type { SecretBox } from "../security/secret-box.ts";

/*
 * The first and last statements of every chat turn, each one round trip. A turn used to open with
 * two (find the citizen, lock the dialog state) and close with two or more (one INSERT per answer,
 * save the state, mark the update processed); on the webhook path each round trip through Prisma
 * costs more than the statement itself, so merging them is most of what a plain message costs.
 */

export interface TTurnStart {
  /** The chat's dialog state as stored (an empty object on first contact), row-locked until commit. */
  sessionData: unknown;
  /** The citizen behind the chat, or null on first contact (then findOrCreateCitizen creates them). */
  citizen: Citizen | null;
}

/**
 * Locks (creating on first contact) the chat's ChatSession row and reads the citizen, in one
 * statement. Same semantics as loadChatSessionForUpdate followed by the citizen look-up.
 */
export async function startTurn(
  tx: Prisma.TransactionClient,
  box: SecretBox,
  input: { sessionKey: string; channel: Channel; channelUserId: string },
  at: Date,
): Promise<TTurnStart> {
  const hash = citizenLookupHash(box, input.channel, input.channelUserId);
  const rows = await tx.$queryRaw<(Citizen & { sessionData: unknown })[]>`
    WITH session AS (
      INSERT INTO "ChatSession" (key, data, "updatedAt", "createdAt") VALUES (${input.sessionKey}, '{}'::jsonb, ${at}, ${at})
      ON CONFLICT (key) DO UPDATE SET key = EXCLUDED.key
      RETURNING data)
    SELECT session.data AS "sessionData", citizen.*
      FROM session LEFT JOIN "Citizen" citizen ON citizen.channel = ${input.channel}::"Channel" AND citizen."channelUserIdHash" = ${hash}`;
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
export async function endTurn(tx: Prisma.TransactionClient, box: SecretBox, input: TTurnEnd, at: Date): Promise<void> {
  const encryptedChatId = input.replies.length > 0 ? box.encrypt(input.chatId) : "";
  const recipientKey = recipientKeyOf(box, input.channel, input.chatId);
  const outboxRows = input.replies.map((payload, index) => {
    const queuedAt = new Date(at.getTime() + index);
    return Prisma.sql`(${randomUUID()}, ${input.channel}::"Channel", ${encryptedChatId}, ${recipientKey}, ${input.citizenId}, NULL, NULL,
                       ${JSON.stringify(payload)}::jsonb, 'pending', 0, ${queuedAt}, ${queuedAt}, ${queuedAt})`;
  });
  const outbox = outboxRows.length === 0 ? Prisma.empty : Prisma.sql`
    queued AS (
      INSERT INTO "OutboxMessage" (id, channel, "chatIdEnc", "recipientKey", "citizenId", "ticketId", "messageId", payload,
                                   status, attempts, "nextAttemptAt", "createdAt", "updatedAt")
      VALUES ${Prisma.join(outboxRows)}
      RETURNING 1),`;
  const inbound = input.inboundId
    ? Prisma.sql`
    marked AS (
      UPDATE "InboundUpdate" SET status = 'processed', "processedAt" = ${at}, "payloadEnc" = '', "lastError" = NULL, attempts = attempts + 1
       WHERE id = ${input.inboundId} AND status <> 'processed'
      RETURNING 1),`
    : Prisma.sql`marked AS (SELECT 1 WHERE false),`;
  const rows = await tx.$queryRaw<{ marked: number }[]>`
    WITH ${outbox} ${inbound}
    saved AS (UPDATE "ChatSession" SET data = ${JSON.stringify(input.state)}::jsonb, "updatedAt" = ${at} WHERE key = ${input.sessionKey} RETURNING 1)
    SELECT (SELECT count(*) FROM marked)::int AS marked, (SELECT count(*) FROM saved)::int AS saved`;
  if (input.inboundId && Number(rows[0]?.marked) !== 1) throw new InboundAlreadyProcessedError(input.inboundId);
}
