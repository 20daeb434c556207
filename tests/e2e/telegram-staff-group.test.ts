import type { Update } from "grammy/types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedStaff } from "../../prisma/seed/seed-staff.ts";
import { createCitizenTicket } from "../admin/support/citizen-ticket.ts";
import type { TTestDatabase } from "../support/test-database.ts";
import { startTelegramHarness, type TTelegramHarness } from "./telegram-harness.ts";

const GROUP = { id: -1001234567, type: "supergroup" as const, title: "PC04 – trực ban" };
let h: TTelegramHarness;
let nextMessageId = 500;

beforeAll(async () => {
  h = await startTelegramHarness();
  await seedStaff(h.prisma, { withDemoStaff: true });
  await h.prisma.staffUser.update({ where: { username: "canbo.pc04" }, data: { telegramUserId: "7001" } });
  await h.prisma.staffUser.update({ where: { username: "canbo.pc06" }, data: { telegramUserId: "7002" } });
}, 120_000);
afterAll(async () => {
  await h?.stop();
}, 120_000);

/** An officer answering, in the unit's group, the bot's post about a ticket. */
function groupReply(fromId: number, postText: string, text: string): Update {
  const date = Math.floor(Date.now() / 1000);
  const bot = { id: Number(h.fake.token.split(":")[0]), is_bot: true, first_name: "LangNghe" };
  return h.fake.pushUpdate({
    message: {
      message_id: ++nextMessageId,
      date,
      chat: GROUP,
      from: { id: fromId, is_bot: false, first_name: "Cán bộ" },
      text,
      reply_to_message: { message_id: ++nextMessageId, date, chat: GROUP, from: bot, text: postText },
    },
  } as Omit<Update, "update_id">);
}

describe("officers answering from the unit's linked Telegram group", () => {
  it("delivers a linked officer's reply to the citizen as that officer's answer, once", async () => {
    const db = { prisma: h.prisma, box: h.app.deps.box } as unknown as TTestDatabase;
    const { code, chatId } = await createCitizenTicket(db, { text: "Có người bán ma túy gần trường", unitCode: "PC04" });
    const update = groupReply(7001, `⏰ Hồ sơ ${code} (PC04) đã dùng 50% thời gian giải quyết`, "Chúng tôi đã tiếp nhận và đang xác minh.");
    await h.fake.waitForMessage((message) => String(message.chat_id) === chatId && String(message.text).includes("đang xác minh"), 10_000);
    await h.fake.waitForMessage((message) => String(message.chat_id) === String(GROUP.id) && String(message.text).includes(`Đã gửi trả lời của đồng chí cho người dân (hồ sơ ${code})`), 10_000);
    const officer = await h.prisma.staffUser.findUniqueOrThrow({ where: { username: "canbo.pc04" } });
    const replies = await h.prisma.message.findMany({ where: { ticket: { code }, direction: "out" } });
    expect(replies).toHaveLength(1);
    expect(replies[0]!.authorId).toBe(officer.id);

    h.fake.deliverDuplicate(update);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await h.prisma.message.count({ where: { ticket: { code }, direction: "out" } })).toBe(1);
  });

  it("refuses accounts that are not linked and officers of other units, and ignores other chatter", async () => {
    const db = { prisma: h.prisma, box: h.app.deps.box } as unknown as TTestDatabase;
    const { code } = await createCitizenTicket(db, { text: "Tụ tập đánh bạc", unitCode: "PC04" });
    groupReply(7999, `Hồ sơ ${code}`, "Tôi trả lời đây");
    await h.fake.waitForMessage((message) => String(message.chat_id) === String(GROUP.id) && String(message.text).includes("chưa được liên kết"), 10_000);
    groupReply(7002, `Hồ sơ ${code}`, "Tôi trả lời đây");
    await h.fake.waitForMessage((message) => String(message.chat_id) === String(GROUP.id) && String(message.text).includes(`không có quyền trả lời hồ sơ ${code}`), 10_000);
    groupReply(7001, "Chào các đồng chí", "Chào buổi sáng");
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await h.prisma.message.count({ where: { ticket: { code }, direction: "out" } })).toBe(0);
  });
});
