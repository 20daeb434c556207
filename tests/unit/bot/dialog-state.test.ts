import { describe, expect, it } from "vitest";
import { parseChoice, choiceWith } from "../../../bot/dialogs/choice-values.ts";
import { newDraft, parseDialogState } from "../../../bot/dialogs/dialog-state.ts";
import { excerpt, formatDateTime, maskPhone } from "../../../bot/dialogs/format.ts";

describe("dialog state", () => {
  it("starts idle, and starts over rather than failing on a state it cannot read", () => {
    expect(parseDialogState({})).toMatchObject({ step: { name: "idle" }, draft: null, choices: [] });
    expect(parseDialogState({ step: { name: "no-such-step" } }).step).toEqual({ name: "idle" });
    expect(parseDialogState(null).step).toEqual({ name: "idle" });
    const kept = parseDialogState({ step: { name: "tip.ward", page: 2 }, draft: newDraft("tip", "tip.drugs") });
    expect(kept.step).toEqual({ name: "tip.ward", page: 2, candidates: [] });
    expect(kept.draft?.categoryCode).toBe("tip.drugs");
  });

  it("builds and reads button values within Telegram's 64 bytes", () => {
    const value = choiceWith("rate", "0b6f8a4e-3c1d-4f59-9a55-1d2e3f4a5b6c", 5);
    expect(Buffer.byteLength(value)).toBeLessThanOrEqual(64);
    expect(parseChoice(value)).toEqual(["rate", "0b6f8a4e-3c1d-4f59-9a55-1d2e3f4a5b6c", "5"]);
  });
});

describe("formatting for citizens", () => {
  it("shows dates in Vietnam's time zone, masks phones and shortens long text on a word", () => {
    expect(formatDateTime(new Date("2026-11-22T17:30:00Z"), "vi")).toBe("00:30 23/11/2026");
    expect(maskPhone("+84912345678")).toBe("+84 91••••678");
    expect(excerpt("một hai ba bốn năm sáu", 12)).toBe("một hai ba…");
  });
});
