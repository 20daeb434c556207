import { randomUUID } from "node:crypto";
import { recordAudit } from "../audit/record-audit.ts";
import { sqlParameters, type SqlRunner } from "../db/sql-runner.ts";
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
export async function addCitizenMessage(tx: SqlRunner, input: TAddCitizenMessageInput, at: Date): Promise<{ id: string }> {
  if (input.ticketId) await touchTicketForCitizenMessage(tx, input.citizenId, input.ticketId, input.text, at);
  const id = randomUUID();
  // The message and its attachments in one statement.
  const params = sqlParameters();
  const atParam = params.add(at);
  const idParam = params.add(id);
  const message = `INSERT INTO "Message" (id, "ticketId", "citizenId", direction, text, "channelMessageId", "deliveryStatus", "createdAt", "updatedAt")
    VALUES (${idParam}, ${params.add(input.ticketId)}, ${params.add(input.citizenId)}, 'in', ${params.add(input.text)}, ${params.add(input.channelMessageId ?? null)},
            'not_applicable', ${atParam}, ${atParam})`;
  const attachments = (input.attachments ?? []).map(
    (attachment) =>
      `(${params.add(randomUUID())}, ${idParam}, ${params.add(attachment.kind)}, ${params.add(attachment.channelFileId ?? null)}, ${params.add(attachment.url ?? null)},
        ${params.add(attachment.mimeType ?? null)}, ${params.add(attachment.fileName ?? null)}, ${params.add(attachment.sizeBytes ?? null)}::int, ${atParam})`,
  );
  const sql =
    attachments.length === 0
      ? message
      : `WITH message AS (${message} RETURNING id)
         INSERT INTO "Attachment" (id, "messageId", kind, "channelFileId", url, "mimeType", "fileName", "sizeBytes", "createdAt")
         SELECT * FROM (VALUES ${attachments.join(", ")}) AS attachment WHERE EXISTS (SELECT 1 FROM message)`;
  await tx.query(sql, params.values);
  return { id };
}

/**
 * Moves a message the citizen sent before saying which ticket it belongs to onto that ticket, or
 * off a ticket (`ticketId` null: "this is a new matter"), with the same checks as addCitizenMessage.
 */
export async function attachCitizenMessage(tx: SqlRunner, input: { citizenId: string; messageId: string; ticketId: string | null }, at: Date): Promise<{ text: string }> {
  const [message] = await tx.query<{ text: string }>(`SELECT text FROM "Message" WHERE id = $1 AND "citizenId" = $2 AND direction = 'in'`, [input.messageId, input.citizenId]);
  if (!message) throw new AppError("NOT_FOUND", "message not found");
  if (input.ticketId) await touchTicketForCitizenMessage(tx, input.citizenId, input.ticketId, message.text, at);
  await tx.query(`UPDATE "Message" SET "ticketId" = $2, "updatedAt" = $3 WHERE id = $1`, [input.messageId, input.ticketId, at]);
  return message;
}

async function touchTicketForCitizenMessage(tx: SqlRunner, citizenId: string, ticketId: string, text: string, at: Date) {
  const [ticket] = await tx.query<{ status: string; searchText: string; citizenId: string | null }>(
    `SELECT status, "searchText", "citizenId" FROM "Ticket" WHERE id = $1`,
    [ticketId],
  );
  if (!ticket || ticket.citizenId !== citizenId) throw new AppError("NOT_FOUND", "ticket not found");
  if (!(OPEN_TICKET_STATUSES as readonly string[]).includes(ticket.status)) throw new AppError("TICKET_CLOSED", "ticket is finished");
  const searchText = `${ticket.searchText} ${foldForMatching(text)}`.slice(0, MAX_SEARCH_TEXT);
  const isWaking = ticket.status === "waiting_citizen";
  if (!isWaking) {
    await tx.query(`UPDATE "Ticket" SET "searchText" = $2, "updatedAt" = $3 WHERE id = $1`, [ticketId, searchText, at]);
    return;
  }
  const change = JSON.stringify({ from: "waiting_citizen", to: "in_progress", by: "citizen" });
  await tx.query(
    `WITH ticket AS (UPDATE "Ticket" SET "searchText" = $2, "updatedAt" = $3, status = 'in_progress' WHERE id = $1 RETURNING id)
     INSERT INTO "TicketEvent" (id, "ticketId", type, data, "createdAt") SELECT $4, ticket.id, 'status', $5::jsonb, $3 FROM ticket`,
    [ticketId, searchText, at, randomUUID(), change],
  );
  await recordAudit(tx, { actorId: null, actorLabel: "citizen", action: "ticket.status", entityType: "ticket", entityId: ticketId, details: { from: "waiting_citizen", to: "in_progress" } }, at);
}
