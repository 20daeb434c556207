import type { Prisma } from "../../prisma/generated/client.ts";
import { AppError } from "../errors/app-error.ts";
import { enqueueOutbox } from "../outbox/enqueue-outbox.ts";
import { sqlRunnerOf } from "../db/sql-runner.ts";
import type { SecretBox } from "../security/secret-box.ts";

/**
 * Records an outgoing message on the ticket (delivery "pending") and queues it in the outbox, in
 * the caller's transaction; the outbox worker delivers it after commit and updates the status.
 */
export async function sendToCitizen(
  tx: Prisma.TransactionClient,
  box: SecretBox,
  ticket: { id: string; channel: "telegram" | "zalo"; citizenId: string | null },
  message: { text: string; authorId: string | null },
  at: Date,
): Promise<{ messageId: string }> {
  const citizen = ticket.citizenId ? await tx.citizen.findUnique({ where: { id: ticket.citizenId } }) : null;
  if (!citizen || citizen.erasedAt) throw new AppError("CONFLICT", "This ticket has no citizen to write to (erased or never linked)");
  const row = await tx.message.create({
    data: { ticketId: ticket.id, citizenId: null, authorId: message.authorId, direction: "out", text: message.text, deliveryStatus: "pending", createdAt: at },
  });
  await enqueueOutbox(
    sqlRunnerOf(tx),
    box,
    { channel: ticket.channel, chatId: box.decrypt(citizen.chatIdEncrypted), payload: { text: message.text }, citizenId: citizen.id, ticketId: ticket.id, messageId: row.id },
    at,
  );
  return { messageId: row.id };
}

/** The citizen's language (for notices composed by the edge), "vi" when unknown. */
export async function citizenLanguage(tx: Prisma.TransactionClient, citizenId: string | null): Promise<string> {
  if (!citizenId) return "vi";
  return (await tx.citizen.findUnique({ where: { id: citizenId }, select: { language: true } }))?.language ?? "vi";
}
