import { attachCitizenMessage, OPEN_TICKET_STATUSES } from "../../../core/tickets/add-citizen-message.ts";
import { listOpenTicketRefs } from "../../../core/tickets/list-citizen-tickets.ts";
import { isAppError } from "../../../core/errors/app-error.ts";
import { CHOICE, CHOICE_PREFIX, choiceWith, parseChoice } from "../choice-values.ts";
import { ask, choice, say, storeCitizenMessage, storedText, type TTurn } from "../turn.ts";
import { handleStoredMessageAsNew } from "./free-text.ts";

/**
 * While the citizen has open tickets, what they send is added to one: to the only open ticket at
 * once (with a "this is a new matter" button), or to the one they pick when several are open.
 * Returns false when nothing is open.
 */
export async function handleFollowUp(turn: TTurn): Promise<boolean> {
  const open = await listOpenTicketRefs(turn.tx, turn.citizen.id, OPEN_TICKET_STATUSES);
  const only = open.length === 1 ? open[0] : undefined;
  if (open.length === 0) return false;
  if (only) {
    const messageId = await storeCitizenMessage(turn, only.id);
    turn.state.lastFollowUp = { messageId, ticketId: only.id };
    confirmAdded(turn, only.id, only.code);
    return true;
  }
  const messageId = await storeCitizenMessage(turn, null);
  turn.state.step = { name: "followup.choose", messageId, text: storedText(turn) };
  ask(turn, "bot-followup-choose", [
    ...open.map((ticket) => ({ value: choiceWith(CHOICE_PREFIX.followUpTicket, ticket.id), label: `${ticket.code} · ${turn.t(`bot-kind-${ticket.kind}`)}` })),
    choice(turn, CHOICE.newMatter, "bot-button-new-matter"),
  ]);
  return true;
}

function confirmAdded(turn: TTurn, ticketId: string, code: string): void {
  ask(turn, "bot-followup-added", [choice(turn, CHOICE.newMatter, "bot-button-new-matter"), choice(turn, choiceWith(CHOICE_PREFIX.close, ticketId), "bot-button-close-ticket", { code })], {}, { code });
}

/** The answer to "which ticket?", and "a new matter" after an automatic follow-up. */
export async function handleFollowUpChoice(turn: TTurn): Promise<boolean> {
  if (turn.event.kind !== "choice") return false;
  const value = turn.event.choiceValue ?? "";
  const step = turn.state.step;
  const pendingMessageId = step.name === "followup.choose" ? step.messageId : turn.state.lastFollowUp?.messageId;
  if (!pendingMessageId) return false;
  if (value === CHOICE.newMatter) {
    turn.state.step = { name: "idle" };
    turn.state.lastFollowUp = null;
    await attachCitizenMessage(turn.tx, { citizenId: turn.citizen.id, messageId: pendingMessageId, ticketId: null }, turn.now);
    await handleStoredMessageAsNew(turn, pendingMessageId);
    return true;
  }
  const [prefix, ticketId = ""] = parseChoice(value);
  if (step.name !== "followup.choose" || prefix !== CHOICE_PREFIX.followUpTicket) return false;
  turn.state.step = { name: "idle" };
  try {
    await attachCitizenMessage(turn.tx, { citizenId: turn.citizen.id, messageId: pendingMessageId, ticketId }, turn.now);
  } catch (error) {
    if (!isAppError(error, "TICKET_CLOSED") && !isAppError(error, "NOT_FOUND")) throw error;
    say(turn, turn.t("bot-stale-button"));
    return true;
  }
  const [ticket] = await turn.tx.query<{ code: string }>(`SELECT code FROM "Ticket" WHERE id = $1`, [ticketId]);
  turn.state.lastFollowUp = { messageId: pendingMessageId, ticketId };
  confirmAdded(turn, ticketId, ticket?.code ?? "");
  return true;
}
