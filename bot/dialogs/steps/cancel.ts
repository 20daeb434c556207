import { CHOICE } from "../choice-values.ts";
import { ask, choice, say, type TTurn } from "../turn.ts";
import { promptStep } from "../prompt-step.ts";
import { showMenu } from "./menu.ts";

/** Whether leaving now would lose something the citizen typed or sent. */
export function hasUnsavedDraft(turn: TTurn): boolean {
  const draft = turn.state.draft;
  return draft !== null && (draft.messageIds.length > 0 || draft.text !== "");
}

/** Deletes the messages of a report that will not be sent (they were never on a ticket). */
export async function discardDraft(turn: TTurn): Promise<void> {
  const draft = turn.state.draft;
  if (draft && draft.messageIds.length > 0) {
    await turn.tx.query(`DELETE FROM "Message" WHERE id = ANY($1::text[]) AND "citizenId" = $2 AND "ticketId" IS NULL`, [draft.messageIds, turn.citizen.id]);
  }
  turn.state.draft = null;
  turn.state.cancelling = null;
  turn.state.step = { name: "idle" };
}

/**
 * /huy, or leaving a half-filled report for the menu: asks before discarding anything the
 * citizen entered; with nothing to lose, cancels at once and shows the menu.
 */
export function requestCancel(turn: TTurn): void {
  if (!hasUnsavedDraft(turn)) {
    turn.state.draft = null;
    turn.state.step = { name: "idle" };
    say(turn, turn.t("bot-cancel-done"));
    showMenu(turn);
    return;
  }
  turn.state.cancelling = turn.state.step;
  ask(turn, "bot-cancel-confirm", [choice(turn, CHOICE.discardYes, "bot-button-discard"), choice(turn, CHOICE.discardNo, "bot-button-continue")]);
}

/** The answer to "discard what you entered?". Returns false for anything else. */
export async function handleCancelAnswer(turn: TTurn): Promise<boolean> {
  const resume = turn.state.cancelling;
  if (resume === null || turn.event.kind !== "choice") return false;
  if (turn.event.choiceValue === CHOICE.discardYes) {
    await discardDraft(turn);
    say(turn, turn.t("bot-cancel-done"));
    showMenu(turn);
    return true;
  }
  if (turn.event.choiceValue === CHOICE.discardNo) {
    turn.state.cancelling = null;
    turn.state.step = resume;
    say(turn, turn.t("bot-continue"));
    promptStep(turn);
    return true;
  }
  return false;
}
