import { foldForMatching } from "../understanding/normalize-text.ts";

export type TAbuseFlag = "repeated_text" | "many_tickets";

export const FLOOD_RULES = {
  /** The same text this many times … */
  repeatedTextCount: 5,
  /** … within this time. */
  repeatedTextWindowMs: 10 * 60 * 1000,
  /** This many new tickets from one sender … */
  manyTicketsCount: 5,
  /** … within this time. */
  manyTicketsWindowMs: 60 * 60 * 1000,
} as const;

export interface TSentMessage {
  ticketId: string | null;
  text: string;
  createdAt: Date;
}

export interface TOpenedTicket {
  id: string;
  createdAt: Date;
}

/**
 * Floods from one sender, as the tickets to flag and why: the same text sent
 * `repeatedTextCount` times within `repeatedTextWindowMs` (case, diacritics and punctuation
 * ignored; empty texts such as bare photos not counted), or `manyTicketsCount` new tickets within
 * `manyTicketsWindowMs`. Pure: the caller loads one sender's recent messages and tickets.
 * "many_tickets" wins when a ticket qualifies for both.
 */
export function detectFlood(messages: readonly TSentMessage[], tickets: readonly TOpenedTicket[], rules = FLOOD_RULES): Map<string, TAbuseFlag> {
  const flags = new Map<string, TAbuseFlag>();
  const byText = new Map<string, TSentMessage[]>();
  for (const message of messages) {
    const folded = foldForMatching(message.text);
    if (!folded || !message.ticketId) continue;
    byText.set(folded, [...(byText.get(folded) ?? []), message]);
  }
  for (const group of byText.values()) {
    for (const burst of burstsOf(group, rules.repeatedTextCount, rules.repeatedTextWindowMs)) {
      for (const message of burst) flags.set(message.ticketId!, "repeated_text");
    }
  }
  for (const burst of burstsOf(tickets, rules.manyTicketsCount, rules.manyTicketsWindowMs)) {
    for (const ticket of burst) flags.set(ticket.id, "many_tickets");
  }
  return flags;
}

/** Every run of at least `count` items whose first and last are less than `windowMs` apart. */
function burstsOf<T extends { createdAt: Date }>(items: readonly T[], count: number, windowMs: number): T[][] {
  const sorted = [...items].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  const bursts: T[][] = [];
  let start = 0;
  for (let end = 0; end < sorted.length; end += 1) {
    while (sorted[end]!.createdAt.getTime() - sorted[start]!.createdAt.getTime() >= windowMs) start += 1;
    if (end - start + 1 >= count) bursts.push(sorted.slice(start, end + 1));
  }
  return bursts;
}
