import { recordFaqFeedback } from "../../../core/conversations/record-faq-feedback.ts";
import { openTicketFromChat } from "../../../core/tickets/open-ticket-from-chat.ts";
import { isConfident } from "../../../core/understanding/index.ts";
import { CHOICE } from "../choice-values.ts";
import { formatDateTime } from "../format.ts";
import { ask, choice, say, storeCitizenMessage, type TTurn } from "../turn.ts";
import { understandText } from "../understand-text.ts";
import { showMenu } from "./menu.ts";

export function startQuestion(turn: TTurn): void {
  turn.state.draft = null;
  turn.state.step = { name: "question.text" };
  promptQuestion(turn);
}

export function promptQuestion(turn: TTurn): void {
  const step = turn.state.step;
  if (step.name === "question.text") ask(turn, "bot-question-ask", [choice(turn, CHOICE.menu, "bot-button-menu")]);
  if (step.name === "question.answered") {
    ask(turn, "bot-question-faq-prompt", [choice(turn, CHOICE.faqHelpful, "bot-button-faq-helpful"), choice(turn, CHOICE.faqOfficer, "bot-button-faq-need-officer")]);
  }
}

function questionCategory(turn: TTurn, text: string): string {
  const classification = understandText(turn, text);
  return classification.kind === "question" ? classification.categoryCode : "question.other";
}

/**
 * Answers a question from the FAQ when the best match is confident (and asks whether it helped),
 * otherwise passes it to an officer as a question ticket.
 */
export async function answerQuestion(turn: TTurn, text: string, messageId: string, categoryCode = questionCategory(turn, text)): Promise<void> {
  const matches = turn.understanding.faqIndex.search(text, { limit: 3 });
  const top = matches[0];
  const entry = top ? turn.understanding.faqBySlug.get(top.slug) : undefined;
  if (!entry || !isConfident(matches)) return openQuestionTicket(turn, text, [messageId], categoryCode);
  const source = entry.sourceUrl ? `\n${turn.t("bot-question-faq-source", { source: entry.sourceUrl })}` : "";
  say(turn, `${turn.t("bot-question-faq-answer", { question: entry.question, answer: entry.answer })}${source}`);
  turn.state.step = { name: "question.answered", slug: entry.slug, messageId, text, categoryCode };
  promptQuestion(turn);
}

async function openQuestionTicket(turn: TTurn, text: string, messageIds: string[], categoryCode: string): Promise<void> {
  const ticket = await openTicketFromChat(
    turn.tx,
    { kind: "question", categoryCode, channel: turn.event.channel, citizenId: turn.citizen.id, text, messageIds },
    turn.now,
  );
  turn.state.draft = null;
  turn.state.step = { name: "idle" };
  say(turn, turn.t("bot-question-created", { code: ticket.code, due: formatDateTime(ticket.dueAt, turn.language) }), {
    choices: [choice(turn, CHOICE.menu, "bot-button-menu")],
  });
}

/** The question steps: the question itself, then the verdict on an instant answer. */
export async function handleQuestionStep(turn: TTurn): Promise<boolean> {
  const step = turn.state.step;
  const event = turn.event;
  if (step.name === "question.text" && event.kind === "text") {
    const messageId = await storeCitizenMessage(turn, null);
    await answerQuestion(turn, event.text ?? "", messageId);
    return true;
  }
  if (step.name === "question.answered" && event.kind === "choice") {
    if (event.choiceValue === CHOICE.faqHelpful) {
      await recordFaqFeedback(turn.tx, step.slug, true, turn.now);
      say(turn, turn.t("bot-question-thanks"));
      showMenu(turn);
      return true;
    }
    if (event.choiceValue === CHOICE.faqOfficer) {
      await recordFaqFeedback(turn.tx, step.slug, false, turn.now);
      await openQuestionTicket(turn, step.text, [step.messageId], step.categoryCode);
      return true;
    }
  }
  return false;
}
