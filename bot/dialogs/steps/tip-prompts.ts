import { CHOICE, CHOICE_PREFIX, choiceWith } from "../choice-values.ts";
import type { TDraft } from "../dialog-state.ts";
import { excerpt, maskPhone } from "../format.ts";
import { ask, categoryName, choice, say, type TTurn } from "../turn.ts";

const WARDS_PER_PAGE = 8;

/** Asks what the current tip step needs. */
export function promptTip(turn: TTurn): void {
  const step = turn.state.step;
  const draft = turn.state.draft;
  const cancel = choice(turn, CHOICE.cancelReport, "bot-button-cancel");
  switch (step.name) {
    case "tip.description":
      return ask(turn, "bot-tip-ask-description", [cancel]);
    case "tip.media":
      return ask(turn, "bot-tip-ask-media", [choice(turn, CHOICE.next, "bot-button-next"), cancel]);
    case "tip.place":
      return ask(
        turn,
        "bot-tip-ask-place",
        [choice(turn, CHOICE.placeAddress, "bot-button-type-address"), choice(turn, CHOICE.placeWard, "bot-button-choose-ward"), choice(turn, CHOICE.placeSkip, "bot-button-skip")],
        { requestLocation: true, requestLabel: turn.t("bot-button-share-location") },
      );
    case "tip.address":
      return ask(turn, "bot-tip-ask-address", [choice(turn, CHOICE.placeSkip, "bot-button-skip")]);
    case "tip.ward":
      return askWard(turn, step.page, step.candidates);
    case "tip.anonymous":
      return ask(turn, "bot-tip-ask-anonymous", [choice(turn, CHOICE.anonymousYes, "bot-button-anonymous"), choice(turn, CHOICE.anonymousNo, "bot-button-named")]);
    case "tip.phone":
      return ask(turn, "bot-tip-ask-phone", [choice(turn, CHOICE.phoneSkip, "bot-button-skip")], { requestPhone: true, requestLabel: turn.t("bot-button-share-phone") });
    case "tip.confirm":
      if (draft) say(turn, summaryText(turn, draft), { choices: [choice(turn, CHOICE.send, "bot-button-send"), cancel] });
      return;
    default:
      return;
  }
}

function askWard(turn: TTurn, page: number, candidates: readonly string[]): void {
  const wards = turn.understanding.wards;
  const unknown = choice(turn, CHOICE.wardNone, "bot-button-unknown");
  if (candidates.length > 0) {
    const offered = candidates.map((code) => wards.find((ward) => ward.code === code)).filter((ward) => ward !== undefined);
    return ask(turn, "bot-tip-ask-ward-candidates", [
      ...offered.map((ward) => ({ value: choiceWith(CHOICE_PREFIX.ward, ward.code), label: ward.name })),
      choice(turn, CHOICE.placeWard, "bot-button-choose-ward"),
      unknown,
    ]);
  }
  const pageCount = Math.max(1, Math.ceil(wards.length / WARDS_PER_PAGE));
  const current = ((page % pageCount) + pageCount) % pageCount;
  const shown = wards.slice(current * WARDS_PER_PAGE, (current + 1) * WARDS_PER_PAGE);
  const more = pageCount > 1 ? [choice(turn, choiceWith(CHOICE_PREFIX.wardPage, (current + 1) % pageCount), "bot-button-more")] : [];
  ask(turn, "bot-tip-ask-ward", [...shown.map((ward) => ({ value: choiceWith(CHOICE_PREFIX.ward, ward.code), label: ward.name })), ...more, unknown]);
}

export function placeText(turn: TTurn, draft: TDraft): string {
  const ward = draft.wardCode ? turn.understanding.wards.find((candidate) => candidate.code === draft.wardCode)?.name : undefined;
  const coordinates = draft.latitude !== null && draft.longitude !== null ? `📍 ${draft.latitude.toFixed(5)}, ${draft.longitude.toFixed(5)}` : undefined;
  const parts = [draft.locationText ?? undefined, ward, coordinates].filter((part): part is string => Boolean(part));
  return parts.length > 0 ? parts.join(" – ") : turn.t("bot-none");
}

function summaryText(turn: TTurn, draft: TDraft): string {
  const phone = draft.hasPhone && !draft.isAnonymous && turn.citizen.phoneEncrypted ? maskPhone(turn.deps.box.decrypt(turn.citizen.phoneEncrypted)) : turn.t("bot-none");
  return turn.t("bot-tip-summary", {
    category: categoryName(turn, draft.categoryCode),
    text: draft.text ? excerpt(draft.text, 600) : turn.t("bot-none"),
    files: draft.attachmentCount,
    place: placeText(turn, draft),
    anonymous: turn.t(draft.isAnonymous ? "bot-yes" : "bot-no"),
    phone,
  });
}

