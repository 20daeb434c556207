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
export async function enqueueOutbox(tx: Prisma.TransactionClient, box: SecretBox, input: TEnqueueInput, at: Date) {
  return tx.outboxMessage.create({
    data: {
      channel: input.channel,
      chatIdEnc: box.encrypt(input.chatId),
      recipientKey: recipientKeyOf(box, input.channel, input.chatId),
      citizenId: input.citizenId ?? null,
      ticketId: input.ticketId ?? null,
      messageId: input.messageId ?? null,
      payload: input.payload as unknown as Prisma.InputJsonValue,
      nextAttemptAt: at,
      createdAt: at,
    },
    select: { id: true },
  });
}
