import type { TicketKind } from "../../prisma/generated/enums.ts";
import type { SqlRunner } from "../db/sql-runner.ts";

/** Citizens read these aloud on the phone: TG = tố giác/tin báo, HT = hỏi thủ tục, PA = phản ánh/góp ý. */
export const TICKET_CODE_PREFIX: Record<TicketKind, string> = { tip: "TG", question: "HT", feedback: "PA" };

export function formatTicketCode(kind: TicketKind, at: Date, sequence: number): string {
  const year = String(at.getUTCFullYear() % 100).padStart(2, "0");
  return `${TICKET_CODE_PREFIX[kind]}-${year}-${String(sequence).padStart(6, "0")}`;
}

/** Loose input ("tg 26 123", "TG-26-000123") → canonical code, or null. */
export function parseTicketCode(input: string): string | null {
  const match = /^\s*(TG|HT|PA)[\s-]*(\d{2})[\s-]*(\d{1,9})\s*$/i.exec(input);
  if (!match) return null;
  return `${match[1]!.toUpperCase()}-${match[2]}-${match[3]!.padStart(6, "0")}`;
}

/** Takes the next number from the database sequence shared by every instance. */
export async function nextTicketCode(tx: SqlRunner, kind: TicketKind, at: Date): Promise<string> {
  // int8: a string from pg, a BigInt through Prisma, a number from PGlite.
  const rows = await tx.query<{ n: bigint | number | string }>(`SELECT nextval('ticket_code_seq') AS n`);
  return formatTicketCode(kind, at, Number(rows[0]!.n));
}
