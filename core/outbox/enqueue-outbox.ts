import { randomUUID } from "node:crypto";
import type { Channel } from "../../prisma/generated/enums.ts";
import type { SqlRunner } from "../db/sql-runner.ts";
import type { SecretBox } from "../security/secret-box.ts";
import type { TOutgoingPayload } from "./outbox-types.ts";

export interface TEnqueueInput {
  channel: Channel;
  chatId: string;
  payload: TOutgoingPayload;
  citizenId?: string | null;
  ticketId?: string | null;
  /** The Message row whose delivery status follows this outbox row. */
  messageId?: string | null;
}

export function recipientKeyOf(box: SecretBox, channel: Channel, chatId: string): string {
  return box.hash(`recipient:${channel}:${chatId}`);
}

/**
 * Queues a message for delivery inside the caller's transaction: it is sent only if the change
 * that produced it commits, and it survives a crash between commit and delivery. Callers inside a
 * Prisma transaction pass `sqlRunnerOf(tx)`.
 */
export async function enqueueOutbox(tx: SqlRunner, box: SecretBox, input: TEnqueueInput, at: Date): Promise<{ id: string }> {
  const id = randomUUID();
  await tx.query(
    `INSERT INTO "OutboxMessage" (id, channel, "chatIdEnc", "recipientKey", "citizenId", "ticketId", "messageId", payload,
                                  status, attempts, "nextAttemptAt", "createdAt", "updatedAt")
     VALUES ($1, $2::"Channel", $3, $4, $5, $6, $7, $8::jsonb, 'pending', 0, $9, $9, $9)`,
    [
      id,
      input.channel,
      box.encrypt(input.chatId),
      recipientKeyOf(box, input.channel, input.chatId),
      input.citizenId ?? null,
      input.ticketId ?? null,
      input.messageId ?? null,
      JSON.stringify(input.payload),
      at,
    ],
  );
  return { id };
}
