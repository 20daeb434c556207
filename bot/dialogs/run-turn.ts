import { setCitizenPreferences } from "../../core/citizens/set-citizen-preferences.ts";
import { detectEmergency } from "../../core/understanding/index.ts";
import { CHOICE, CHOICE_PREFIX, parseChoice } from "./choice-values.ts";
import { matchTypedChoice } from "./dialog-state.ts";
import { isEvidence } from "./inbound-event.ts";
import { promptStep } from "./prompt-step.ts";
import { handleCancelAnswer, hasUnsavedDraft, requestCancel } from "./steps/cancel.ts";
import { handleEmergency } from "./steps/emergency.ts";
import { handleEraseAnswer, requestErase } from "./steps/erase.ts";
import { handleFeedbackStep, startFeedback } from "./steps/feedback.ts";
import { handleFollowUpChoice } from "./steps/follow-up.ts";
import { handleClassifyChoice, handleIdleMessage } from "./steps/free-text.ts";
import { applyLanguage, askLanguage, showMenu, showPrivacyNotice } from "./steps/menu.ts";
import { handleQuestionStep, startQuestion } from "./steps/question.ts";
import { handleRatingComment, handleTicketChoice, showMyTickets, trackTicket } from "./steps/tickets.ts";
import { handleTipStep, startTip } from "./steps/tip.ts";
import { say, type TTurn } from "./turn.ts";

/**
 * Decides what one citizen event means and answers it. Order matters: edits and odd messages,
 * typed labels of offered buttons, emergencies (before anything else, even the privacy notice),
 * the consent gate, commands, buttons valid anywhere, the current step, and finally messages
 * outside any dialog.
 */
export async function runTurn(turn: TTurn): Promise<void> {
  if (turn.event.isEdit) return say(turn, turn.t("bot-edit-ignored"));
  if (turn.event.kind === "sticker" || turn.event.kind === "unsupported") return say(turn, turn.t("bot-unsupported"));
  if (turn.event.kind === "text") {
    const typed = matchTypedChoice(turn.state.choices, turn.event.text ?? "", turn.event.channel === "zalo");
    if (typed) turn.event = { ...turn.event, kind: "choice", choiceValue: typed.value };
  }
  if ((turn.event.kind === "text" || isEvidence(turn.event)) && turn.event.text) {
    const emergency = detectEmergency(turn.event.text);
    if (emergency.isEmergency) {
      await handleEmergency(turn, emergency.hotlines);
      if (!turn.citizen.consentAt) showPrivacyNotice(turn, false);
      return;
    }
  }
  if (!turn.citizen.consentAt) return handleConsentGate(turn);
  if (turn.event.kind === "command") return handleCommand(turn);
  if (turn.event.kind === "choice" && (await handleAnywhereChoice(turn, turn.event.choiceValue ?? ""))) return;
  if (await handleCancelAnswer(turn)) return;
  turn.state.cancelling = null;
  if (await handleStep(turn)) return;
  if (turn.state.step.name === "idle" && (await handleIdleMessage(turn))) return;
  if (turn.event.kind === "choice") say(turn, turn.t("bot-stale-button"));
  else if (turn.state.step.name !== "idle") say(turn, turn.t("bot-expected-choice"));
  promptStep(turn);
}

async function handleConsentGate(turn: TTurn): Promise<void> {
  const value = turn.event.kind === "choice" ? turn.event.choiceValue ?? "" : "";
  const [prefix, language] = parseChoice(value);
  if (prefix === CHOICE_PREFIX.language && (language === "vi" || language === "en")) {
    await applyLanguage(turn, language);
    return showPrivacyNotice(turn, false);
  }
  if (value === CHOICE.consent) {
    await setCitizenPreferences(turn.tx, turn.citizen.id, { consentAt: turn.now }, turn.now);
    turn.citizen.consentAt = turn.now;
    say(turn, turn.t("bot-consent-thanks"));
    const pending = turn.state.pendingText;
    turn.state.pendingText = null;
    if (!pending) return showMenu(turn);
    turn.event = { ...turn.event, kind: "text", text: pending, choiceValue: undefined, channelMessageId: null };
    if (!(await handleIdleMessage(turn))) showMenu(turn);
    return;
  }
  if (turn.event.kind === "text" && turn.event.text) turn.state.pendingText = turn.event.text.slice(0, 4000);
  const isFirstContact = turn.event.kind === "command" && turn.event.command === "start";
  if (!isFirstContact && turn.event.kind !== "text") say(turn, turn.t("bot-consent-required"));
  showPrivacyNotice(turn, true);
}

async function handleCommand(turn: TTurn): Promise<void> {
  const command = turn.event.command ?? "";
  const argument = turn.event.text ?? "";
  switch (command) {
    case "start":
      turn.state.step = hasUnsavedDraft(turn) ? turn.state.step : { name: "idle" };
      say(turn, turn.t("bot-welcome", { name: turn.event.displayName ?? "" }));
      return hasUnsavedDraft(turn) ? promptStep(turn) : showMenu(turn);
    case "huy":
    case "cancel":
      return requestCancel(turn);
    case "tracuu":
      return trackTicket(turn, argument);
    case "phieu":
      return showMyTickets(turn);
    case "ngonngu":
    case "language":
      return askLanguage(turn);
    case "riengtu":
    case "privacy":
      return showPrivacyNotice(turn, false);
    case "xoadulieu":
      return requestErase(turn);
    default:
      return hasUnsavedDraft(turn) ? requestCancel(turn) : showMenu(turn);
  }
}

/** Menu, language and ticket buttons work at any step (old messages keep their buttons). */
async function handleAnywhereChoice(turn: TTurn, value: string): Promise<boolean> {
  const [prefix, argument] = parseChoice(value);
  if (value === CHOICE.consent) {
    showMenu(turn);
    return true;
  }
  if (prefix === CHOICE_PREFIX.language && (argument === "vi" || argument === "en")) {
    await applyLanguage(turn, argument);
    promptStep(turn);
    return true;
  }
  if (value === CHOICE.menuLanguage) {
    await applyLanguage(turn, turn.language === "vi" ? "en" : "vi");
    promptStep(turn);
    return true;
  }
  const starts: Record<string, () => void | Promise<void>> = {
    [CHOICE.menu]: () => showMenu(turn),
    [CHOICE.menuTip]: () => startTip(turn),
    [CHOICE.menuQuestion]: () => startQuestion(turn),
    [CHOICE.menuFeedback]: () => startFeedback(turn),
    [CHOICE.menuTickets]: () => showMyTickets(turn),
  };
  const start = starts[value];
  if (start) {
    if (hasUnsavedDraft(turn) && value !== CHOICE.menuTickets) {
      requestCancel(turn);
      return true;
    }
    await start();
    return true;
  }
  return handleTicketChoice(turn, value);
}

async function handleStep(turn: TTurn): Promise<boolean> {
  const name = turn.state.step.name;
  if (name.startsWith("tip.")) return handleTipStep(turn);
  if (name.startsWith("feedback.")) return handleFeedbackStep(turn);
  if (name === "question.text") return handleQuestionStep(turn);
  if (name === "question.answered") {
    if (await handleQuestionStep(turn)) return true;
    if (turn.event.kind === "choice") return false;
    turn.state.step = { name: "idle" };
    return false;
  }
  if (name === "classify") return handleClassifyChoice(turn);
  if (name === "rate.comment") return handleRatingComment(turn);
  if (name === "erase.confirm") return handleEraseAnswer(turn);
  if (name === "followup.choose" || turn.event.kind === "choice") return handleFollowUpChoice(turn);
  return false;
}
