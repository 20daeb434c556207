import type { Update } from "grammy/types";
import type { TActor } from "../../../core/access/actor.ts";
import { isAppError } from "../../../core/errors/app-error.ts";
import type { TStaffDeps } from "../../../core/staff/staff-deps.ts";
import { replyToTicket } from "../../../core/tickets/reply-to-ticket.ts";

const TICKET_CODE = /\b(?:TG|HT|PA)-\d{2}-\d{6}\b/;

/** A message in a group or supergroup: staff groups, never citizens (citizens talk in private chats). */
export function isGroupMessage(update: Update): boolean {
  const type = update.message?.chat.type;
  return type === "group" || type === "supergroup";
}

export type TGroupReplyOutcome = "ignored" | "sent" | "not_linked" | "not_found" | "rejected";

/**
 * An officer answering from the unit's linked Telegram group: a reply to one of the bot's posts
 * (new ticket, reminder, escalation — each names the ticket code) from a Telegram account linked to
 * an active staff user is delivered to the citizen as that officer's reply, with the same scoping,
 * outbox and audit as the panel. Anything else said in the group is ignored.
 */
export async function handleStaffGroupReply(update: Update, deps: TStaffDeps): Promise<{ outcome: TGroupReplyOutcome; code?: string }> {
  const message = update.message;
  const original = message?.reply_to_message;
  const text = message?.text?.trim();
  if (!message?.from || message.from.is_bot || !original?.from?.is_bot || !text) return { outcome: "ignored" };
  const code = TICKET_CODE.exec(original.text ?? original.caption ?? "")?.[0];
  if (!code) return { outcome: "ignored" };
  const staff = await deps.prisma.staffUser.findUnique({ where: { telegramUserId: String(message.from.id) } });
  if (!staff?.isActive) return { outcome: "not_linked", code };
  const actor: TActor = { id: staff.id, username: staff.username, displayName: staff.displayName, role: staff.role, unitId: staff.unitId };
  try {
    await replyToTicket(actor, { code, text }, deps);
    return { outcome: "sent", code };
  } catch (error) {
    if (isAppError(error, "NOT_FOUND")) return { outcome: "not_found", code };
    if (isAppError(error)) return { outcome: "rejected", code };
    throw error;
  }
}
