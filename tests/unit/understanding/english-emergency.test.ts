import { describe, expect, it } from "vitest";
import { detectEmergency } from "../../../core/understanding/detect-emergency.ts";
import { detectEnglishEmergency, looksEnglish } from "../../../core/understanding/english-emergency.ts";

describe("detectEnglishEmergency", () => {
  it("answers dangers told in English with the right hotlines", () => {
    const cases: [string, string[]][] = [
      ["There is a fire in the building next to my hotel, people are trapped", ["114"]],
      ["Help! A man with a knife is outside our room", ["113"]],
      ["my friend is not breathing, we are at the beach near the pier", ["115"]],
      ["Someone fell into the river and is drowning, please come", ["114", "115"]],
      ["I can smell gas in the whole corridor of my apartment", ["114"]],
      ["Two guys are fighting with bottles in front of the bar right now", ["113"]],
      ["they are breaking in to the house next door, I can hear them", ["113"]],
      ["My daughter is missing at the night market, she is 6", ["113"]],
      ["a girl was pulled into a car and kidnapped on my street", ["113"]],
      ["There was a crash on the highway, a driver is bleeding and stuck", ["113", "115"]],
    ];
    for (const [text, hotlines] of cases) {
      const verdict = detectEnglishEmergency(text);
      expect(verdict.isEmergency, text).toBe(true);
      expect(verdict.hotlines, text).toEqual(hotlines);
    }
  });

  it("stays calm on past events, procedure questions, resolved cases and ordinary requests", () => {
    for (const text of [
      "There was a fire in our street last week, I want to know if the owner will be fined",
      "How do I report a fire hazard in my building?",
      "What should I do if someone is drowning?",
      "I was robbed yesterday near the station and lost my passport",
      "The fire was put out, everyone is safe, thank you",
      "Can you help me with my residence registration?",
      "Our son was found, thank you officers",
      "If it is happening now or someone is in danger, call 113 (police), 114 (fire and rescue) or 115 (ambulance) first.",
      "How to apply for a passport for my child",
    ]) {
      expect(detectEnglishEmergency(text).isEmergency, text).toBe(false);
    }
  });

  it("leaves Vietnamese, even without diacritics, to the Vietnamese rules", () => {
    expect(looksEnglish("nha toi bi chay, cuu voi")).toBe(false);
    expect(detectEnglishEmergency("co sung o quan bia, dang ban nhau")).toEqual({ isEmergency: false, hotlines: [], matched: [] });
    expect(looksEnglish("There is smoke in my room")).toBe(true);
  });
});

describe("detectEmergency on English text", () => {
  it("answers an English emergency through the product's detector, naming the English cue", () => {
    const verdict = detectEmergency("There is a fire in the building next to my hotel, people are trapped");
    expect(verdict).toMatchObject({ isEmergency: true, hotlines: ["114"] });
    expect(verdict.matched).toContain("en:fire");
    expect(detectEmergency("How do I report a fire hazard in my building?").isEmergency).toBe(false);
  });
});
