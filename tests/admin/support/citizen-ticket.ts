import { randomBytes } from "node:crypto";
import { findOrCreateCitizen } from "../../../core/citizens/find-or-create-citizen.ts";
import { createTicket } from "../../../core/tickets/create-ticket.ts";
import { foldForMatching } from "../../../core/understanding/normalize-text.ts";
import type { TTestDatabase } from "../../support/test-database.ts";
import { sqlRunnerOf } from "../../../core/db/sql-runner.ts";

export interface TCitizenTicketInput {
  text: string;
  unitCode: string;
  categoryCode?: string;
  kind?: "tip" | "question" | "feedback";
  isAnonymous?: boolean;
  displayName?: string;
  phone?: string;
  excludedUnitCode?: string;
  at?: Date;
}

/** A ticket as the chat side would open it: a citizen (with an encrypted chat id), the ticket and the first message. */
export async function createCitizenTicket(db: TTestDatabase, input: TCitizenTicketInput): Promise<{ code: string; chatId: string; citizenId: string }> {
  const at = input.at ?? new Date();
  const chatId = String(100000 + Math.floor(Math.random() * 900000));
  return db.prisma.$transaction(async (tx) => {
    const citizen = await findOrCreateCitizen(sqlRunnerOf(tx), db.box, { channel: "telegram", channelUserId: `u-${randomBytes(6).toString("hex")}`, chatId, displayName: input.displayName ?? "Nguyễn Văn Dân" }, at);
    if (input.phone) await tx.citizen.update({ where: { id: citizen.id }, data: { phoneEncrypted: db.box.encrypt(input.phone) } });
    const ticket = await createTicket(
      sqlRunnerOf(tx),
      {
        kind: input.kind ?? "tip",
        categoryCode: input.categoryCode ?? "tip.other",
        channel: "telegram",
        citizenId: citizen.id,
        summary: input.text,
        isAnonymous: input.isAnonymous ?? false,
        unitCode: input.unitCode,
        excludedUnitCode: input.excludedUnitCode ?? null,
      },
      at,
    );
    if (input.excludedUnitCode) {
      const excluded = await tx.unit.findUniqueOrThrow({ where: { code: input.excludedUnitCode } });
      await tx.ticket.update({ where: { id: ticket.id }, data: { excludedUnitId: excluded.id } });
    }
    await tx.message.create({ data: { ticketId: ticket.id, citizenId: citizen.id, direction: "in", text: input.text, createdAt: at } });
    await tx.ticket.update({ where: { id: ticket.id }, data: { searchText: foldForMatching(`${ticket.code} ${input.text}`) } });
    return { code: ticket.code, chatId, citizenId: citizen.id };
  });
}
