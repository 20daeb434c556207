import type { SqlRunner } from "../db/sql-runner.ts";
import { createTicket, type TCreateTicketInput, type TCreatedTicket } from "./create-ticket.ts";

/** The longest summary stored on a ticket; the citizen's full text stays in its messages. */
export const MAX_SUMMARY_LENGTH = 500;

export interface TOpenTicketFromChatInput
  extends Pick<TCreateTicketInput, "kind" | "categoryCode" | "channel" | "isAnonymous" | "isUrgent" | "wardCode" | "locationText" | "latitude" | "longitude"> {
  citizenId: string;
  /** The citizen's text; shortened for the summary. */
  text: string;
  /** Messages the citizen sent while filling the report (stored before the ticket existed). */
  messageIds: string[];
}

/** Shortens a citizen's text for a ticket summary, on a word boundary, with an ellipsis. */
export function summarize(text: string, maxLength = MAX_SUMMARY_LENGTH): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= maxLength) return flat;
  const cut = flat.slice(0, maxLength - 1);
  const space = cut.lastIndexOf(" ");
  return `${space > maxLength * 0.6 ? cut.slice(0, space) : cut}…`;
}

/**
 * Opens a ticket from a finished chat dialog: routes it and sets its deadlines (createTicket), then
 * attaches the messages the citizen sent while filling it in — all in the caller's transaction.
 * An anonymous ticket still links the citizen row (answers must reach the chat); the admin side
 * never shows who it is.
 */
export async function openTicketFromChat(tx: SqlRunner, input: TOpenTicketFromChatInput, at: Date): Promise<TCreatedTicket> {
  const created = await createTicket(
    tx,
    {
      kind: input.kind,
      categoryCode: input.categoryCode,
      channel: input.channel,
      citizenId: input.citizenId,
      summary: summarize(input.text) || "—",
      isAnonymous: input.isAnonymous ?? false,
      isUrgent: input.isUrgent ?? false,
      wardCode: input.wardCode ?? null,
      locationText: input.locationText ?? null,
      latitude: input.latitude ?? null,
      longitude: input.longitude ?? null,
    },
    at,
  );
  if (input.messageIds.length > 0) {
    await tx.query(`UPDATE "Message" SET "ticketId" = $1, "updatedAt" = $2 WHERE id = ANY($3::text[]) AND "citizenId" = $4 AND "ticketId" IS NULL`, [
      created.id,
      at,
      input.messageIds,
      input.citizenId,
    ]);
  }
  return created;
}
