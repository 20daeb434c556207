import { randomUUID } from "node:crypto";
import type { Channel } from "../../prisma/generated/enums.ts";
import type { Prisma } from "../../prisma/generated/client.ts";
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
 * that produced it commits, and it survives a crash between commit and delivery.
 */
export async function enqueueOutbox(tx: Prisma.TransactionClient, box: SecretBox, input: TEnqueueInput, at: Date): Promise<{ id: string }> {
  // Raw insert: every answer goes through here, and raw SQL costs a third of a model query.
  const id = randomUUID();
  await tx.$executeRaw`
    INSERT INTO "OutboxMessage" (id, channel, "chatIdEnc", "recipientKey", "citizenId", "ticketId", "messageId", payload,
                                 status, attempts, "nextAttemptAt", "createdAt", "updatedAt")
    VALUES (${id}, ${input.channel}::"Channel", ${box.encrypt(input.chatId)}, ${recipientKeyOf(box, input.channel, input.chatId)},
            ${input.citizenId ?? null}, ${input.ticketId ?? null}, ${input.messageId ?? null}, ${JSON.stringify(input.payload)}::jsonb,
            'pending', 0, ${at}, ${at}, ${at})`;
  return { id };
}
