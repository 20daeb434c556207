import { isLowRating, notifyLowRating } from "../../../core/sla/notify-low-rating.ts";
import { closeTicketByCitizen } from "../../../core/tickets/close-ticket-by-citizen.ts";
import { findCitizenTicket, listCitizenTickets, type TCitizenTicket } from "../../../core/tickets/list-citizen-tickets.ts";
import { rateTicket } from "../../../core/tickets/rate-ticket.ts";
import { parseTicketCode } from "../../../core/tickets/ticket-code.ts";
import { isAppError } from "../../../core/errors/app-error.ts";
import { OPEN_TICKET_STATUSES } from "../../../core/tickets/add-citizen-message.ts";
import { CHOICE, CHOICE_PREFIX, choiceWith, parseChoice } from "../choice-values.ts";
import { formatDate, formatDateTime } from "../format.ts";
import { ratingPromptPayload } from "../rating-prompt.ts";
import { ask, choice, say, type TTurn } from "../turn.ts";
import { showMenu } from "./menu.ts";

const isOpen = (ticket: TCitizenTicket) => (OPEN_TICKET_STATUSES as readonly string[]).includes(ticket.status);
const isRateable = (ticket: TCitizenTicket) => ticket.status === "resolved" || ticket.status === "closed";

/** "My tickets": the latest ten with their status, each a button to open it. */
export async function showMyTickets(turn: TTurn): Promise<void> {
  const tickets = await listCitizenTickets(turn.tx, turn.citizen.id, { take: 10 });
  if (tickets.length === 0) {
    say(turn, turn.t("bot-tickets-none"));
    return showMenu(turn);
  }
  const lines = tickets.map((ticket) =>
    turn.t("bot-ticket-line", { code: ticket.code, kind: turn.t(`bot-kind-${ticket.kind}`), status: turn.t(`bot-status-${ticket.status}`), date: formatDate(ticket.createdAt, turn.language) }),
  );
  say(turn, [turn.t("bot-tickets-header"), ...lines].join("\n"), {
    choices: [
      ...tickets.slice(0, 8).map((ticket) => choice(turn, choiceWith(CHOICE_PREFIX.view, ticket.id), "bot-button-view-ticket", { code: ticket.code })),
      choice(turn, CHOICE.menu, "bot-button-menu"),
    ],
  });
}

/** One ticket's status, with "close" while open and "rate" once resolved. */
export function showTicket(turn: TTurn, ticket: TCitizenTicket): void {
  const category = turn.language === "en" ? ticket.categoryNameEn : ticket.categoryNameVi;
  const text = turn.t("bot-ticket-detail", {
    code: ticket.code,
    kind: turn.t(`bot-kind-${ticket.kind}`),
    category,
    status: turn.t(`bot-status-${ticket.status}`),
    date: formatDateTime(ticket.createdAt, turn.language),
    due: ticket.dueAt ? formatDateTime(ticket.dueAt, turn.language) : "—",
  });
  const choices = [
    ...(isOpen(ticket) ? [choice(turn, choiceWith(CHOICE_PREFIX.close, ticket.id), "bot-button-close-ticket", { code: ticket.code })] : []),
    ...(isRateable(ticket) && ticket.satisfactionRating === null ? [choice(turn, choiceWith(CHOICE_PREFIX.ratePrompt, ticket.id), "bot-button-rate-ticket", { code: ticket.code })] : []),
    choice(turn, CHOICE.menu, "bot-button-menu"),
  ];
  say(turn, text, { choices });
}

/** /tracuu <code>: only the citizen's own tickets are found. */
export async function trackTicket(turn: TTurn, argument: string): Promise<void> {
  if (!argument.trim()) return say(turn, turn.t("bot-track-usage"));
  const code = parseTicketCode(argument);
  const ticket = code ? await findCitizenTicket(turn.tx, turn.citizen.id, { code }) : null;
  if (!ticket) return say(turn, turn.t("bot-track-not-found", { code: code ?? argument.trim().slice(0, 30) }));
  showTicket(turn, ticket);
}

/** Ticket buttons valid at any point of the dialog: view, close, rate. Returns false for others. */
export async function handleTicketChoice(turn: TTurn, value: string): Promise<boolean> {
  const [prefix, ticketId = "", argument] = parseChoice(value);
  const known = [CHOICE_PREFIX.view, CHOICE_PREFIX.close, CHOICE_PREFIX.closeConfirmed, CHOICE_PREFIX.ratePrompt, CHOICE_PREFIX.rate] as string[];
  if (!known.includes(prefix)) return false;
  const ticket = await findCitizenTicket(turn.tx, turn.citizen.id, { id: ticketId });
  if (!ticket) {
    say(turn, turn.t("bot-stale-button"));
    return true;
  }
  if (prefix === CHOICE_PREFIX.view) showTicket(turn, ticket);
  else if (prefix === CHOICE_PREFIX.close) {
    ask(turn, "bot-close-confirm", [choice(turn, choiceWith(CHOICE_PREFIX.closeConfirmed, ticket.id), "bot-button-yes-close"), choice(turn, CHOICE.menu, "bot-button-menu")], {}, { code: ticket.code });
  } else if (prefix === CHOICE_PREFIX.closeConfirmed) await closeTicket(turn, ticket);
  else if (prefix === CHOICE_PREFIX.ratePrompt) turn.replies.push(ratingPromptPayload(turn.t, ticket.id, ticket.code));
  else await rate(turn, ticket, Number(argument), null);
  return true;
}

async function closeTicket(turn: TTurn, ticket: TCitizenTicket): Promise<void> {
  try {
    const closed = await closeTicketByCitizen(turn.tx, { citizenId: turn.citizen.id, ticketId: ticket.id }, turn.now);
    say(turn, turn.t("bot-close-done", { code: closed.code }));
    if (closed.wasResolved && ticket.satisfactionRating === null) turn.replies.push(ratingPromptPayload(turn.t, ticket.id, ticket.code));
  } catch (error) {
    if (!isAppError(error, "TICKET_CLOSED")) throw error;
    say(turn, turn.t("bot-close-not-allowed", { code: ticket.code }));
  }
}

async function rate(turn: TTurn, ticket: TCitizenTicket, rating: number, comment: string | null): Promise<void> {
  try {
    await rateTicket(turn.tx, { citizenId: turn.citizen.id, ticketId: ticket.id, rating, comment }, turn.now);
    if (isLowRating(rating)) await notifyLowRating(turn.tx, turn.deps.box, { ticketId: ticket.id, rating }, turn.now, (language) => turn.deps.translator.t(language));
  } catch (error) {
    if (!isAppError(error, "INVALID_TRANSITION") && !isAppError(error, "VALIDATION")) throw error;
    return say(turn, turn.t("bot-rate-not-allowed", { code: ticket.code }));
  }
  turn.state.step = { name: "rate.comment", ticketId: ticket.id, rating };
  ask(turn, "bot-rate-ask-comment", [choice(turn, CHOICE.noComment, "bot-button-no-comment")], {}, { rating });
}

/** The optional comment after a rating. */
export async function handleRatingComment(turn: TTurn): Promise<boolean> {
  const step = turn.state.step;
  if (step.name !== "rate.comment") return false;
  if (turn.event.kind === "choice" && turn.event.choiceValue === CHOICE.noComment) {
    turn.state.step = { name: "idle" };
    say(turn, turn.t("bot-rate-done"), { choices: [choice(turn, CHOICE.menu, "bot-button-menu")] });
    return true;
  }
  if (turn.event.kind !== "text") return false;
  await rateTicket(turn.tx, { citizenId: turn.citizen.id, ticketId: step.ticketId, rating: step.rating, comment: turn.event.text ?? "" }, turn.now);
  turn.state.step = { name: "idle" };
  say(turn, turn.t("bot-rate-done"), { choices: [choice(turn, CHOICE.menu, "bot-button-menu")] });
  return true;
}
