import { openTicketFromChat } from "../../../core/tickets/open-ticket-from-chat.ts";
import { confidentWardCode } from "../understanding-resources.ts";
import { CHOICE, CHOICE_PREFIX, FEEDBACK_TYPES, choiceWith, parseChoice } from "../choice-values.ts";
import { newDraft, type TDraft } from "../dialog-state.ts";
import { formatDateTime } from "../format.ts";
import { ask, choice, say, storeCitizenMessage, type TTurn } from "../turn.ts";
import { discardDraft } from "./cancel.ts";
import { showMenu } from "./menu.ts";

/** Feedback, from the menu (type first) or from a message understood as feedback (type known). */
export function startFeedback(turn: TTurn, options: { categoryCode?: string; text?: string; messageId?: string } = {}): void {
  const draft = newDraft("feedback", options.categoryCode ?? "feedback.suggestion");
  if (options.text) draft.text = options.text;
  if (options.messageId) draft.messageIds.push(options.messageId);
  turn.state.draft = draft;
  turn.state.step = { name: !options.categoryCode ? "feedback.type" : draft.text ? "feedback.details" : "feedback.text" };
  promptFeedback(turn);
}

export function promptFeedback(turn: TTurn): void {
  const cancel = choice(turn, CHOICE.cancelReport, "bot-button-cancel");
  switch (turn.state.step.name) {
    case "feedback.type":
      return ask(turn, "bot-feedback-ask-type", [
        ...FEEDBACK_TYPES.map((type) => choice(turn, choiceWith(CHOICE_PREFIX.feedbackType, type), `bot-feedback-type-${type}`)),
        cancel,
      ]);
    case "feedback.text":
      return ask(turn, "bot-feedback-ask-text", [cancel]);
    case "feedback.details":
      return ask(turn, "bot-feedback-ask-details", [choice(turn, CHOICE.detailsSkip, "bot-button-skip"), cancel]);
    default:
      return;
  }
}

export async function handleFeedbackStep(turn: TTurn): Promise<boolean> {
  const draft = turn.state.draft;
  const event = turn.event;
  const step = turn.state.step;
  if (!draft || draft.kind !== "feedback") return false;
  const value = event.kind === "choice" ? event.choiceValue ?? "" : null;
  if (value === CHOICE.cancelReport) {
    await discardDraft(turn);
    say(turn, turn.t("bot-cancel-done"));
    showMenu(turn);
    return true;
  }
  if (step.name === "feedback.type" && value !== null) {
    const [prefix, type = ""] = parseChoice(value);
    if (prefix !== CHOICE_PREFIX.feedbackType || !(FEEDBACK_TYPES as readonly string[]).includes(type)) return false;
    draft.categoryCode = `feedback.${type}`;
    turn.state.step = { name: draft.text ? "feedback.details" : "feedback.text" };
    promptFeedback(turn);
    return true;
  }
  if (step.name === "feedback.text" && (event.kind === "text" || event.kind === "photo" || event.kind === "document")) {
    draft.messageIds.push(await storeCitizenMessage(turn, null));
    draft.text = [draft.text, event.text ?? ""].filter(Boolean).join("\n");
    turn.state.step = { name: "feedback.details" };
    promptFeedback(turn);
    return true;
  }
  if (step.name === "feedback.details") {
    if (value === CHOICE.detailsSkip) {
      await submitFeedback(turn, draft);
      return true;
    }
    if (event.kind === "text") {
      draft.messageIds.push(await storeCitizenMessage(turn, null));
      draft.details = (event.text ?? "").trim();
      draft.wardCode = confidentWardCode(turn.understanding, draft.details) ?? draft.wardCode;
      await submitFeedback(turn, draft);
      return true;
    }
  }
  return false;
}

async function submitFeedback(turn: TTurn, draft: TDraft): Promise<void> {
  const ticket = await openTicketFromChat(
    turn.tx,
    {
      kind: "feedback",
      categoryCode: draft.categoryCode,
      channel: turn.event.channel,
      citizenId: turn.citizen.id,
      text: draft.details ? `${draft.text}\n— ${draft.details}` : draft.text || turn.t("bot-none"),
      wardCode: draft.wardCode,
      locationText: draft.details ? draft.details.slice(0, 300) : null,
      messageIds: draft.messageIds,
    },
    turn.now,
  );
  turn.state.draft = null;
  turn.state.step = { name: "idle" };
  say(turn, turn.t("bot-feedback-created", { code: ticket.code, due: formatDateTime(ticket.dueAt, turn.language) }), {
    choices: [choice(turn, CHOICE.menu, "bot-button-menu")],
  });
}
