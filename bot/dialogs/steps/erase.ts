import { eraseCitizenData } from "../../../core/citizens/erase-citizen-data.ts";
import { CHOICE } from "../choice-values.ts";
import { ask, choice, say, type TTurn } from "../turn.ts";
import { discardDraft } from "./cancel.ts";
import { showMenu } from "./menu.ts";

/** /xoadulieu: asks for confirmation first. */
export function requestErase(turn: TTurn): void {
  turn.state.step = { name: "erase.confirm" };
  ask(turn, "bot-erase-confirm", [choice(turn, CHOICE.eraseYes, "bot-button-erase"), choice(turn, CHOICE.eraseNo, "bot-button-keep")]);
}

/** Erases (name, phone, account hash, unsent report, dialog state) or keeps everything. */
export async function handleEraseAnswer(turn: TTurn): Promise<boolean> {
  if (turn.state.step.name !== "erase.confirm" || turn.event.kind !== "choice") return false;
  if (turn.event.choiceValue === CHOICE.eraseYes) {
    await discardDraft(turn);
    await eraseCitizenData(turn.tx, turn.citizen.id, turn.now);
    turn.isErased = true;
    say(turn, turn.t("bot-erase-done"));
    return true;
  }
  if (turn.event.choiceValue === CHOICE.eraseNo) {
    say(turn, turn.t("bot-erase-kept"));
    showMenu(turn);
    return true;
  }
  return false;
}
