import type { BotCommand } from "grammy/types";
import type { TTranslate } from "../../../locales/translator.ts";

/** The commands the bot announces (setMyCommands), Vietnamese names as citizens know them. */
export const BOT_COMMANDS = ["start", "menu", "huy", "tracuu", "phieu", "ngonngu", "riengtu", "xoadulieu"] as const;

export function botCommands(t: TTranslate): BotCommand[] {
  return BOT_COMMANDS.map((command) => ({ command, description: t(`bot-command-${command}`) }));
}
