import { describe, expect, it } from "vitest";
import { detectFlood, FLOOD_RULES } from "../../../core/tickets/detect-flood.ts";

const start = new Date("2026-11-20T08:00:00Z").getTime();
const at = (minutes: number) => new Date(start + minutes * 60_000);

describe("detectFlood", () => {
  it("flags the same text sent again and again in a short time, ignoring case, diacritics and punctuation", () => {
    const texts = ["Cứu với!!!", "cuu voi", "CỨU VỚI", "Cứu với.", "cứu với"];
    const messages = texts.map((text, index) => ({ ticketId: "t1", text, createdAt: at(index) }));
    expect(detectFlood(messages, [])).toEqual(new Map([["t1", "repeated_text"]]));
  });

  it("does not flag a sender who repeats themself slowly, writes different things, or sends bare photos", () => {
    const slow = Array.from({ length: FLOOD_RULES.repeatedTextCount }, (_, index) => ({ ticketId: "t1", text: "alo", createdAt: at(index * 3) }));
    expect(detectFlood(slow, []).size).toBe(0);
    const varied = Array.from({ length: 8 }, (_, index) => ({ ticketId: "t1", text: `chi tiết thứ ${index}`, createdAt: at(index) }));
    expect(detectFlood(varied, []).size).toBe(0);
    const photos = Array.from({ length: 8 }, (_, index) => ({ ticketId: "t1", text: "", createdAt: at(index / 10) }));
    expect(detectFlood(photos, []).size).toBe(0);
  });

  it("flags many new tickets in an hour, and only those in the burst", () => {
    const tickets = [
      { id: "early", createdAt: at(-180) },
      ...Array.from({ length: FLOOD_RULES.manyTicketsCount }, (_, index) => ({ id: `n${index}`, createdAt: at(index * 10) })),
    ];
    const flags = detectFlood([], tickets);
    expect([...flags.keys()].sort()).toEqual(["n0", "n1", "n2", "n3", "n4"]);
    expect(new Set(flags.values())).toEqual(new Set(["many_tickets"]));
    expect(detectFlood([], tickets.slice(0, FLOOD_RULES.manyTicketsCount)).size).toBe(0);
  });
});
