import { CHOICE } from "./choice-values.ts";
import { promptFeedback } from "./steps/feedback.ts";
import { showMenu } from "./steps/menu.ts";
import { promptQuestion } from "./steps/question.ts";
import { promptTip } from "./steps/tip.ts";
import { ask, choice, type TTurn } from "./turn.ts";

/** Asks again what the current step is waiting for (after a stale button, a language change…). */
export function promptStep(turn: TTurn): void {
  const step = turn.state.step;
  if (step.name.startsWith("tip.")) return promptTip(turn);
  if (step.name.startsWith("question.")) return promptQuestion(turn);
  if (step.name.startsWith("feedback.")) return promptFeedback(turn);
  if (step.name === "rate.comment") return ask(turn, "bot-expected-choice", [choice(turn, CHOICE.noComment, "bot-button-no-comment")]);
  showMenu(turn);
}
