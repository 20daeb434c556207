import { confidentWardCode } from "../understanding-resources.ts";
import { setCitizenPhone } from "../../../core/citizens/set-citizen-phone.ts";
import { openTicketFromChat } from "../../../core/tickets/open-ticket-from-chat.ts";
import { MINIMUM_PLACE_SCORE, normalizePhone } from "../../../core/understanding/index.ts";
import { CHOICE, CHOICE_PREFIX, parseChoice } from "../choice-values.ts";
import { newDraft, type TDraft } from "../dialog-state.ts";
import { formatDateTime } from "../format.ts";
import { isEvidence } from "../inbound-event.ts";
import { ask, choice, say, storeCitizenMessage, type TTurn } from "../turn.ts";
import { understandText } from "../understand-text.ts";
import { discardDraft } from "./cancel.ts";
import { showMenu } from "./menu.ts";
import { placeText, promptTip } from "./tip-prompts.ts";

export { promptTip } from "./tip-prompts.ts";

/** Starts a tip, possibly from a message already understood as one ("hàng xóm bán ma túy…"). */
export function startTip(turn: TTurn, options: { categoryCode?: string; text?: string; messageId?: string } = {}): void {
  const draft = newDraft("tip", options.categoryCode ?? "tip.other");
  if (options.text) {
    draft.text = options.text;
    setWardFromText(turn, draft, options.text);
  }
  if (options.messageId) draft.messageIds.push(options.messageId);
  turn.state.draft = draft;
  turn.state.step = { name: draft.text ? "tip.media" : "tip.description" };
  // The emergency detector misses some wordings (see core/understanding/eval/README.md), so every
  // tip starts with the hotlines: a citizen in danger must not wait for a form.
  say(turn, turn.t("bot-tip-hotline-reminder"));
  promptTip(turn);
}

function setWardFromText(turn: TTurn, draft: TDraft, text: string): void {
  draft.wardCode ??= confidentWardCode(turn.understanding, text);
}

function appendText(turn: TTurn, draft: TDraft, text: string): void {
  draft.text = [draft.text, text].filter(Boolean).join("\n");
  if (draft.categoryCode === "tip.other") {
    const classification = understandText(turn, draft.text);
    if (classification.kind === "tip") draft.categoryCode = classification.categoryCode;
  }
  setWardFromText(turn, draft, text);
}

function goTo(turn: TTurn, name: "tip.media" | "tip.place" | "tip.address" | "tip.anonymous" | "tip.phone" | "tip.confirm"): void {
  turn.state.step = { name };
  promptTip(turn);
}

/** Handles the citizen's answer inside the tip dialog. Returns false when the answer does not fit. */
export async function handleTipStep(turn: TTurn): Promise<boolean> {
  const draft = turn.state.draft;
  const step = turn.state.step;
  const event = turn.event;
  if (!draft || draft.kind !== "tip") return false;
  const value = event.kind === "choice" ? event.choiceValue ?? "" : null;
  if (value === CHOICE.cancelReport) {
    await discardDraft(turn);
    say(turn, turn.t("bot-cancel-done"));
    showMenu(turn);
    return true;
  }
  // Evidence is welcome at any step before the place: it joins the report.
  const isFileOrCard = isEvidence(event) && event.kind !== "location" && !(event.kind === "contact" && step.name === "tip.phone");
  if (isFileOrCard) {
    draft.messageIds.push(await storeCitizenMessage(turn, null));
    draft.attachmentCount += 1;
    if (event.text) appendText(turn, draft, event.text);
    if (step.name === "tip.description" || step.name === "tip.media") {
      turn.state.step = { name: "tip.media" };
      ask(turn, "bot-tip-media-received", [choice(turn, CHOICE.next, "bot-button-next")], {}, { count: draft.attachmentCount });
    } else promptTip(turn);
    return true;
  }
  if (event.kind === "location" && event.location && step.name !== "tip.confirm") {
    draft.messageIds.push(await storeCitizenMessage(turn, null));
    draft.latitude = event.location.latitude;
    draft.longitude = event.location.longitude;
    say(turn, turn.t("bot-tip-place-recorded", { place: placeText(turn, draft) }));
    goTo(turn, "tip.anonymous");
    return true;
  }
  switch (step.name) {
    case "tip.description":
    case "tip.media":
      if (event.kind === "text") {
        draft.messageIds.push(await storeCitizenMessage(turn, null));
        const wasEmpty = draft.text === "";
        appendText(turn, draft, turn.event.text ?? "");
        if (wasEmpty && step.name === "tip.description") goTo(turn, "tip.media");
        else ask(turn, "bot-tip-text-added", [choice(turn, CHOICE.next, "bot-button-next")]);
        return true;
      }
      if (value === CHOICE.next) {
        if (!draft.text && draft.attachmentCount === 0) {
          turn.state.step = { name: "tip.description" };
          promptTip(turn);
        } else goTo(turn, "tip.place");
        return true;
      }
      return false;
    case "tip.place":
    case "tip.address": {
      const action = value === null ? undefined : PLACE_CHOICES[value];
      if (action) action(turn);
      else if (event.kind === "text") handleAddress(turn, draft);
      else return false;
      return true;
    }
    case "tip.ward":
      return handleWardChoice(turn, draft, value);
    case "tip.anonymous":
      if (value === CHOICE.anonymousYes || value === CHOICE.anonymousNo) {
        draft.isAnonymous = value === CHOICE.anonymousYes;
        if (draft.isAnonymous) draft.hasPhone = false;
        else if (turn.citizen.phoneEncrypted) draft.hasPhone = true;
        goTo(turn, draft.isAnonymous || draft.hasPhone ? "tip.confirm" : "tip.phone");
        return true;
      }
      return false;
    case "tip.phone":
      return handlePhone(turn, draft, value);
    case "tip.confirm":
      if (value === CHOICE.send) {
        await submitTip(turn, draft);
        return true;
      }
      if (event.kind === "text") {
        draft.messageIds.push(await storeCitizenMessage(turn, null));
        appendText(turn, draft, event.text ?? "");
        promptTip(turn);
        return true;
      }
      return false;
    default:
      return false;
  }
}

/** The buttons of the place question (the location itself arrives as a location event). */
const PLACE_CHOICES: Record<string, (turn: TTurn) => void> = {
  [CHOICE.placeAddress]: (turn) => goTo(turn, "tip.address"),
  [CHOICE.placeWard]: (turn) => showWards(turn, 0, []),
  [CHOICE.placeSkip]: (turn) => goTo(turn, "tip.anonymous"),
};

function showWards(turn: TTurn, page: number, candidates: string[]): void {
  turn.state.step = { name: "tip.ward", page, candidates };
  promptTip(turn);
}

function handleAddress(turn: TTurn, draft: TDraft): void {
  const text = (turn.event.text ?? "").trim().slice(0, 500);
  draft.locationText = text;
  const places = turn.understanding.gazetteer.findPlaces(text);
  const best = places[0];
  if (best && best.score >= MINIMUM_PLACE_SCORE) {
    draft.wardCode = best.wardCode;
    say(turn, turn.t("bot-tip-place-recorded", { place: placeText(turn, draft) }));
    return goTo(turn, "tip.anonymous");
  }
  showWards(turn, 0, places.slice(0, 4).map((place) => place.wardCode));
}

function handleWardChoice(turn: TTurn, draft: TDraft, value: string | null): boolean {
  if (value === null) return false;
  const [prefix, argument = ""] = parseChoice(value);
  if (value === CHOICE.wardNone) {
    goTo(turn, "tip.anonymous");
    return true;
  }
  if (value === CHOICE.placeWard) {
    showWards(turn, 0, []);
    return true;
  }
  if (prefix === CHOICE_PREFIX.wardPage) {
    showWards(turn, Number(argument) || 0, []);
    return true;
  }
  if (prefix === CHOICE_PREFIX.ward && turn.understanding.wards.some((ward) => ward.code === argument)) {
    draft.wardCode = argument;
    say(turn, turn.t("bot-tip-place-recorded", { place: placeText(turn, draft) }));
    goTo(turn, "tip.anonymous");
    return true;
  }
  return false;
}

async function handlePhone(turn: TTurn, draft: TDraft, value: string | null): Promise<boolean> {
  if (value === CHOICE.phoneSkip) {
    goTo(turn, "tip.confirm");
    return true;
  }
  const event = turn.event;
  const typed = event.kind === "contact" ? event.contact?.phone : event.kind === "text" ? event.text : undefined;
  if (typed === undefined) return false;
  const digits = typed.trim();
  const phone = normalizePhone(digits) ?? (/^84\d{9}$/.test(digits) ? `+${digits}` : null);
  if (!phone) {
    ask(turn, "bot-tip-phone-invalid", [choice(turn, CHOICE.phoneSkip, "bot-button-skip")], { requestPhone: true, requestLabel: turn.t("bot-button-share-phone") });
    return true;
  }
  await setCitizenPhone(turn.tx, turn.deps.box, { citizenId: turn.citizen.id, phoneE164: phone, isVerified: event.kind === "contact" && event.contact?.isOwn === true }, turn.now);
  turn.citizen.phoneEncrypted = turn.deps.box.encrypt(phone);
  draft.hasPhone = true;
  say(turn, turn.t("bot-tip-phone-saved"));
  goTo(turn, "tip.confirm");
  return true;
}

async function submitTip(turn: TTurn, draft: TDraft): Promise<void> {
  const ticket = await openTicketFromChat(
    turn.tx,
    {
      kind: "tip",
      categoryCode: draft.categoryCode,
      channel: turn.event.channel,
      citizenId: turn.citizen.id,
      text: draft.text || turn.t("bot-none"),
      isAnonymous: draft.isAnonymous,
      isUrgent: draft.isUrgent,
      wardCode: draft.wardCode,
      locationText: draft.locationText,
      latitude: draft.latitude,
      longitude: draft.longitude,
      messageIds: draft.messageIds,
    },
    turn.now,
  );
  if (draft.isUrgent) turn.hasUrgentTicket = true;
  turn.state.draft = null;
  turn.state.step = { name: "idle" };
  say(turn, turn.t("bot-tip-created", { code: ticket.code, unit: ticket.unitName, due: formatDateTime(ticket.dueAt, turn.language) }), {
    choices: [choice(turn, CHOICE.menu, "bot-button-menu")],
  });
}
