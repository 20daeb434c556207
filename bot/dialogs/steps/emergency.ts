import { confidentWardCode } from "../understanding-resources.ts";
import { openTicketFromChat } from "../../../core/tickets/open-ticket-from-chat.ts";
import type { Hotline } from "../../../core/understanding/index.ts";
import { say, storeCitizenMessage, type TTurn } from "../turn.ts";
import { understandText } from "../understand-text.ts";
import { promptStep } from "../prompt-step.ts";

/** The hotline block: call 113 / 114 / 115 first. */
export function hotlineText(turn: TTurn, hotlines: readonly Hotline[]): string {
  const lines = (hotlines.length > 0 ? hotlines : (["113"] as const)).map((hotline) => turn.t(`bot-hotline-${hotline}`));
  return turn.t("bot-emergency", { hotlines: lines.join("\n") });
}

/**
 * A crime or danger in progress: the hotlines come first, then the message becomes an urgent tip
 * at once (no questions asked) — or, if a tip is being filled in, that tip becomes urgent.
 * Handled even before the privacy notice is accepted: a threat to life comes first.
 */
export async function handleEmergency(turn: TTurn, hotlines: readonly Hotline[]): Promise<void> {
  say(turn, hotlineText(turn, hotlines));
  const draft = turn.state.draft;
  if (draft && draft.kind === "tip") {
    draft.isUrgent = true;
    draft.messageIds.push(await storeCitizenMessage(turn, null));
    draft.text = [draft.text, turn.event.text ?? ""].filter(Boolean).join("\n");
    promptStep(turn);
    return;
  }
  const text = turn.event.text ?? "";
  const messageId = await storeCitizenMessage(turn, null);
  // Never waits for the model: the hotlines go out now (its answer is used if the turn has it).
  const classification = understandText(turn, text, { whenUnknown: "baseline" });
  const ticket = await openTicketFromChat(
    turn.tx,
    {
      kind: "tip",
      categoryCode: classification.kind === "tip" ? classification.categoryCode : "tip.other",
      channel: turn.event.channel,
      citizenId: turn.citizen.id,
      text,
      isUrgent: true,
      wardCode: confidentWardCode(turn.understanding, text),
      messageIds: [messageId],
    },
    turn.now,
  );
  turn.hasUrgentTicket = true;
  turn.state.draft = null;
  turn.state.step = { name: "idle" };
  say(turn, turn.t("bot-emergency-recorded", { code: ticket.code }), { requestLocation: true, requestLabel: turn.t("bot-button-share-location") });
}
