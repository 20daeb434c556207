import { setCitizenPreferences } from "../../../core/citizens/set-citizen-preferences.ts";
import type { TLanguage } from "../../../locales/translator.ts";
import { CHOICE, CHOICE_PREFIX, choiceWith } from "../choice-values.ts";
import { ask, choice, say, type TTurn } from "../turn.ts";

/** The main menu: the four things a citizen can do, and the other language. */
export function showMenu(turn: TTurn): void {
  turn.state.step = { name: "idle" };
  ask(turn, "bot-menu-prompt", [
    choice(turn, CHOICE.menuTip, "bot-menu-tip"),
    choice(turn, CHOICE.menuQuestion, "bot-menu-question"),
    choice(turn, CHOICE.menuFeedback, "bot-menu-feedback"),
    choice(turn, CHOICE.menuTickets, "bot-menu-tickets"),
    choice(turn, CHOICE.menuLanguage, "bot-menu-language"),
  ]);
}

/** The privacy notice; with the "I agree" button until the citizen has agreed. */
export function showPrivacyNotice(turn: TTurn, withGreeting: boolean): void {
  const hasConsent = turn.citizen.consentAt !== null;
  const greeting = withGreeting ? `${turn.t("bot-welcome", { name: turn.event.displayName ?? "" })}\n\n` : "";
  const text = `${greeting}${turn.t("bot-privacy-notice")}`;
  if (hasConsent) return say(turn, text);
  say(turn, text, {
    choices: [
      choice(turn, CHOICE.consent, "bot-consent-agree"),
      { value: choiceWith(CHOICE_PREFIX.language, turn.language === "vi" ? "en" : "vi"), label: turn.language === "vi" ? "🌐 English" : "🌐 Tiếng Việt" },
    ],
  });
}

export function askLanguage(turn: TTurn): void {
  ask(turn, "bot-language-prompt", [
    { value: choiceWith(CHOICE_PREFIX.language, "vi"), label: "🇻🇳 Tiếng Việt" },
    { value: choiceWith(CHOICE_PREFIX.language, "en"), label: "🇬🇧 English" },
  ]);
}

/** Switches the citizen's language for this and later answers. */
export async function applyLanguage(turn: TTurn, language: TLanguage): Promise<void> {
  await setCitizenPreferences(turn.tx, turn.citizen.id, { language }, turn.now);
  turn.citizen.language = language;
  turn.language = language;
  turn.t = turn.deps.translator.t(language);
  say(turn, turn.t("bot-language-set"));
}
