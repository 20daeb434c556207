import { CHOICE, CHOICE_PREFIX, choiceWith, parseChoice } from "../choice-values.ts";
import { isEvidence } from "../inbound-event.ts";
import { ask, choice, say, storeCitizenMessage, type TTurn } from "../turn.ts";
import { understandText } from "../understand-text.ts";
import { startFeedback } from "./feedback.ts";
import { handleFollowUp } from "./follow-up.ts";
import { answerQuestion } from "./question.ts";
import { startTip } from "./tip.ts";

/** Below this the classifier's guess is asked back ("a tip, a question or feedback?"). */
export const MINIMUM_KIND_CONFIDENCE = 0.3;

/**
 * What the citizen sends outside any dialog: added to an open ticket if there is one, otherwise
 * understood — a tip starts the tip dialog with its category, a question gets the FAQ, feedback the
 * feedback dialog — so "hàng xóm bán ma túy ở xóm 3" needs no menu.
 */
export async function handleIdleMessage(turn: TTurn): Promise<boolean> {
  const event = turn.event;
  if (event.kind !== "text" && !isEvidence(event)) return false;
  if (await handleFollowUp(turn)) return true;
  const messageId = await storeCitizenMessage(turn, null);
  if (event.kind === "text") await understandNewText(turn, event.text ?? "", messageId);
  else startTipWithEvidence(turn, messageId);
  return true;
}

function startTipWithEvidence(turn: TTurn, messageId: string): void {
  startTip(turn, {});
  const draft = turn.state.draft!;
  draft.messageIds.push(messageId);
  draft.attachmentCount = 1;
  if (turn.event.location) {
    draft.latitude = turn.event.location.latitude;
    draft.longitude = turn.event.location.longitude;
  }
}

async function understandNewText(turn: TTurn, text: string, messageId: string): Promise<void> {
  const understanding = understandText(turn, text);
  if (understanding.kind === "question") return answerQuestion(turn, text, messageId, understanding.categoryCode);
  if (understanding.confidence < MINIMUM_KIND_CONFIDENCE) {
    turn.state.step = { name: "classify", messageId, text };
    return ask(turn, "bot-classify-ask", [
      choice(turn, choiceWith(CHOICE_PREFIX.classifyAs, "tip"), "bot-button-type-tip"),
      choice(turn, choiceWith(CHOICE_PREFIX.classifyAs, "question"), "bot-button-type-question"),
      choice(turn, choiceWith(CHOICE_PREFIX.classifyAs, "feedback"), "bot-button-type-feedback"),
      choice(turn, CHOICE.menu, "bot-button-menu"),
    ]);
  }
  if (understanding.kind === "feedback") return startFeedback(turn, { categoryCode: understanding.categoryCode, text, messageId });
  startTip(turn, { categoryCode: understanding.categoryCode, text, messageId });
}

/** A message stored earlier (a follow-up the citizen says is a new matter), handled as new. */
export async function handleStoredMessageAsNew(turn: TTurn, messageId: string): Promise<void> {
  const [message] = await turn.tx.query<{ text: string; hasAttachments: boolean }>(
    `SELECT text, EXISTS (SELECT 1 FROM "Attachment" WHERE "messageId" = $1) AS "hasAttachments" FROM "Message" WHERE id = $1`,
    [messageId],
  );
  if (!message) throw new Error("handleStoredMessageAsNew: the stored message is gone");
  if (message.hasAttachments) return startTipWithEvidence(turn, messageId);
  await understandNewText(turn, message.text, messageId);
}

/** The answer to "a tip, a question or feedback?". */
export async function handleClassifyChoice(turn: TTurn): Promise<boolean> {
  const step = turn.state.step;
  if (step.name !== "classify" || turn.event.kind !== "choice") return false;
  const [prefix, kind] = parseChoice(turn.event.choiceValue ?? "");
  if (prefix !== CHOICE_PREFIX.classifyAs) return false;
  const understanding = understandText(turn, step.text);
  const category = understanding.kind === kind ? understanding.categoryCode : undefined;
  turn.state.step = { name: "idle" };
  if (kind === "question") await answerQuestion(turn, step.text, step.messageId, category ?? "question.other");
  else if (kind === "feedback") startFeedback(turn, { categoryCode: category, text: step.text, messageId: step.messageId });
  else if (kind === "tip") startTip(turn, { categoryCode: category ?? "tip.other", text: step.text, messageId: step.messageId });
  else say(turn, turn.t("bot-stale-button"));
  return true;
}
