import { randomUUID } from "node:crypto";
import type { Prisma } from "../../prisma/generated/client.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { AppError } from "../errors/app-error.ts";
import { foldForMatching } from "../understanding/index.ts";

export type TAttachmentKind = "photo" | "video" | "voice" | "audio" | "document" | "location" | "contact";

/** A file or place the citizen sent: the channel's file id and metadata, never the bytes. */
export interface TCitizenAttachment {
  kind: TAttachmentKind;
  channelFileId?: string | null;
  url?: string | null;
  mimeType?: string | null;
  fileName?: string | null;
  sizeBytes?: number | null;
}

export interface TAddCitizenMessageInput {
  citizenId: string;
  /** The ticket it adds to; null while a report is still being filled in. */
  ticketId: string | null;
  text: string;
  channelMessageId?: string | null;
  attachments?: TCitizenAttachment[];
}

/** Statuses in which a citizen's new messages join the ticket. */
export const OPEN_TICKET_STATUSES = ["new", "in_progress", "waiting_citizen"] as const;
const MAX_SEARCH_TEXT = 20_000;

/**
 * Stores one message from a citizen with its attachments. Added to a ticket, it also extends the
 * ticket's search text and, when officers were waiting for the citizen, puts the ticket back in
 * progress (with a status event). A finished ticket refuses new messages (TICKET_CLOSED).
 */
export async function addCitizenMessage(tx: Prisma.TransactionClient, input: TAddCitizenMessageInput, at: Date): Promise<{ id: string }> {
  if (input.ticketId) await touchTicketForCitizenMessage(tx, input.citizenId, input.ticketId, input.text, at);
  // Raw inserts: this runs on most incoming messages, and raw SQL costs a third of a model query.
  const id = randomUUID();
  await tx.$executeRaw`
    INSERT INTO "Message" (id, "ticketId", "citizenId", direction, text, "channelMessageId", "deliveryStatus", "createdAt", "updatedAt")
    VALUES (${id}, ${input.ticketId}, ${input.citizenId}, 'in', ${input.text}, ${input.channelMessageId ?? null}, 'not_applicable', ${at}, ${at})`;
  for (const attachment of input.attachments ?? []) {
    await tx.$executeRaw`
      INSERT INTO "Attachment" (id, "messageId", kind, "channelFileId", url, "mimeType", "fileName", "sizeBytes", "createdAt")
      VALUES (${randomUUID()}, ${id}, ${attachment.kind}, ${attachment.channelFileId ?? null}, ${attachment.url ?? null},
              ${attachment.mimeType ?? null}, ${attachment.fileName ?? null}, ${attachment.sizeBytes ?? null}, ${at})`;
  }
  return { id };
}

/**
 * Moves a message the citizen sent before saying which ticket it belongs to onto that ticket, or
 * off a ticket (`ticketId` null: "this is a new matter"), with the same checks as addCitizenMessage.
 */
export async function attachCitizenMessage(
  tx: Prisma.TransactionClient,
  input: { citizenId: string; messageId: string; ticketId: string | null },
  at: Date,
): Promise<{ text: string }> {
  const message = await tx.message.findFirst({ where: { id: input.messageId, citizenId: input.citizenId, direction: "in" }, select: { text: true } });
  if (!message) throw new AppError("NOT_FOUND", "message not found");
  if (input.ticketId) await touchTicketForCitizenMessage(tx, input.citizenId, input.ticketId, message.text, at);
  await tx.message.update({ where: { id: input.messageId }, data: { ticketId: input.ticketId } });
  return message;
}

async function touchTicketForCitizenMessage(tx: Prisma.TransactionClient, citizenId: string, ticketId: string, text: string, at: Date) {
  const ticket = await tx.ticket.findUnique({ where: { id: ticketId }, select: { status: true, searchText: true, citizenId: true } });
  if (!ticket || ticket.citizenId !== citizenId) throw new AppError("NOT_FOUND", "ticket not found");
  if (!(OPEN_TICKET_STATUSES as readonly string[]).includes(ticket.status)) throw new AppError("TICKET_CLOSED", "ticket is finished");
  const searchText = `${ticket.searchText} ${foldForMatching(text)}`.slice(0, MAX_SEARCH_TEXT);
  const isWaking = ticket.status === "waiting_citizen";
  await tx.ticket.update({ where: { id: ticketId }, data: { searchText, updatedAt: at, ...(isWaking && { status: "in_progress" }) } });
  if (isWaking) {
    await tx.ticketEvent.create({ data: { ticketId, type: "status", data: { from: "waiting_citizen", to: "in_progress", by: "citizen" }, createdAt: at } });
    await recordAudit(tx, { actorId: null, actorLabel: "citizen", action: "ticket.status", entityType: "ticket", entityId: ticketId, details: { from: "waiting_citizen", to: "in_progress" } }, at);
  }
}
