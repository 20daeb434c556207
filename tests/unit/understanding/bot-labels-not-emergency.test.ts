import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { detectEmergency } from "../../../core/understanding/detect-emergency.ts";
import { stripDiacritics } from "../../../core/understanding/normalize-text.ts";

/**
 * What the bot itself offers a citizen to press or type back — buttons, menu entries, choices,
 * Zalo's numbered answers, yes/no — must never start the emergency flow: a citizen who types a
 * label back when it is no longer offered (or Zalo's "1") would get the hotlines and an urgent
 * ticket instead of the dialog. (Texts the bot only shows — category names in a summary,
 * command descriptions — are not answers and are not listed.)
 */
const LABEL_KEY = /^bot-(button-|menu-(?!prompt)|consent-agree$|yes$|no$|none$|feedback-type-)/;

function labelsOf(language: "vi" | "en"): string[] {
  const file = readFileSync(new URL(`../../../locales/${language}/bot.ftl`, import.meta.url), "utf8");
  return file
    .split("\n")
    .map((line) => /^(bot-[a-z0-9_-]+) = (.+)$/.exec(line))
    .filter((match): match is RegExpExecArray => match !== null && LABEL_KEY.test(match[1] ?? ""))
    .map((match) => (match[2] ?? "").replace(/\{ *\$code *\}/g, "HB-250101-0042").trim());
}

const REPLIES = ["1", "2", "3", "4", "5", "có", "không", "co", "khong", "ok", "dạ", "vâng", "Lãnh đạo", "lừa đảo", "Bỏ qua", "Tiếp tục"];

describe("the bot's own labels and short replies", () => {
  const labels = [
    ...labelsOf("vi"),
    ...labelsOf("en"),
    ...REPLIES,
  ];

  it("reads every locale file's labels (the list is not empty by accident)", () => {
    expect(labelsOf("vi").length).toBeGreaterThan(30);
    expect(labelsOf("en").length).toBe(labelsOf("vi").length);
    expect(labelsOf("vi")).toContain("Bỏ qua");
  });

  it("are never emergencies, with or without diacritics", () => {
    const alarming = [...labels, ...labels.map(stripDiacritics)].filter((label) => detectEmergency(label).isEmergency);
    expect(alarming).toEqual([]);
  });
});
