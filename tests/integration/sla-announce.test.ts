import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { notifyLowRating } from "../../core/sla/notify-low-rating.ts";
import { runSlaSweep } from "../../core/sla/run-sla-sweep.ts";
import { createTicket } from "../../core/tickets/create-ticket.ts";
import { fixedClock } from "../../core/time/clock.ts";
import { createTranslator } from "../../locales/translator.ts";
import { createSeededTestDatabase, type TTestDatabase } from "../support/test-database.ts";
import { sqlRunnerOf } from "../../core/db/sql-runner.ts";

const translator = createTranslator();
const groupText = (language: string) => translator.t(language);

describe("new tickets posted to the unit's linked Telegram group", () => {
  let db: TTestDatabase;
  const now = new Date("2026-11-18T03:00:00Z");

  beforeAll(async () => {
    db = await createSeededTestDatabase();
    await db.prisma.unit.update({ where: { code: "PC04" }, data: { notifyTelegramChatId: "-100404" } });
  }, 240_000);
  afterAll(async () => {
    await db.dispose();
  });

  it("posts each new ticket once, with a link and without a tip's content, across repeated and concurrent sweeps", async () => {
    const open = (kind: "tip" | "question", categoryCode: string, summary: string, unitCode: string) =>
      db.prisma.$transaction((tx) => createTicket(sqlRunnerOf(tx), { kind, categoryCode, channel: "telegram", citizenId: null, summary, unitCode, isUrgent: kind === "tip" }, now));
    const tip = await open("tip", "tip.drugs", "Nhà số 5 bán ma túy, người báo tên Hùng", "PC04");
    const question = await open("question", "question.other", "Hỏi về giấy xác nhận", "PC04");
    await open("tip", "tip.drugs", "Đơn vị không liên kết nhóm", "PC06");

    const clock = fixedClock(new Date(now.getTime() + 60_000));
    const deps = { prisma: db.prisma, clock, box: db.box, panelUrl: "https://langnghe.example", groupText };
    await Promise.all([runSlaSweep(deps), runSlaSweep({ ...deps })]);
    await runSlaSweep(deps);

    const posts = await db.prisma.outboxMessage.findMany({ orderBy: { createdAt: "asc" } });
    const toGroup = posts.filter((row) => db.box.decrypt(row.chatIdEnc) === "-100404");
    expect(toGroup.map((row) => row.ticketId).sort()).toEqual([tip.id, question.id].sort());
    const textOf = (ticketId: string) => (toGroup.find((row) => row.ticketId === ticketId)!.payload as { text: string }).text;
    expect(textOf(tip.id)).toContain(`🚨 KHẨN — Hồ sơ mới ${tip.code} (PC04)`);
    expect(textOf(tip.id)).not.toContain("Hùng");
    expect(textOf(tip.id)).toContain(`https://langnghe.example/tickets/${tip.code}`);
    expect(textOf(question.id)).toContain("Nội dung: Hỏi về giấy xác nhận");
    expect(textOf(question.id)).toContain("Trả lời tin nhắn này");
    expect(await db.prisma.ticketReminder.count({ where: { kind: "announced" } })).toBe(2);
  });

  it("writes to a group in the unit's language: English for a unit set to en, Vietnamese by default", async () => {
    await db.prisma.unit.update({ where: { code: "PC06" }, data: { notifyTelegramChatId: "-100606", groupLanguage: "en" } });
    const at = new Date(now.getTime() + 2 * 60_000);
    const ticket = await db.prisma.$transaction((tx) =>
      createTicket(sqlRunnerOf(tx), { kind: "question", categoryCode: "question.identity", channel: "telegram", citizenId: null, summary: "Hỏi về cấp căn cước", unitCode: "PC06" }, at),
    );
    await runSlaSweep({ prisma: db.prisma, clock: fixedClock(new Date(at.getTime() + 60_000)), box: db.box, groupText });
    await db.prisma.$transaction((tx) => notifyLowRating(sqlRunnerOf(tx), db.box, { ticketId: ticket.id, rating: 2 }, at, groupText));
    await db.prisma.$transaction((tx) => notifyLowRating(sqlRunnerOf(tx), db.box, { ticketId: ticket.id, rating: null, isNotResolved: true }, at, groupText));
    const texts = (await db.prisma.outboxMessage.findMany({ where: { ticketId: ticket.id }, orderBy: { createdAt: "asc" } }))
      .filter((row) => db.box.decrypt(row.chatIdEnc) === "-100606")
      .map((row) => (row.payload as { text: string }).text);
    const category = await db.prisma.category.findUniqueOrThrow({ where: { code: "question.identity" } });
    expect(texts).toHaveLength(3);
    const announcement = texts.find((text) => text.startsWith("🆕"))!;
    expect(announcement).toContain(`🆕 New ticket ${ticket.code} (PC06): ${category.nameEn}; deadline `);
    expect(announcement).toContain("Content: Hỏi về cấp căn cước");
    expect(announcement).toContain("Reply to this message to send your answer to the citizen.");
    expect(texts.some((text) => text.includes("Hồ sơ"))).toBe(false);
    expect(texts.filter((text) => text.includes(`Ticket ${ticket.code} (PC06): the citizen rated the answer 2/5.`))).toHaveLength(1);
    expect(texts.filter((text) => text.includes("the citizen says the matter is NOT resolved"))).toHaveLength(1);

    // Back in Vietnamese once the unit's group language changes.
    await db.prisma.unit.update({ where: { code: "PC06" }, data: { groupLanguage: "vi" } });
    await db.prisma.$transaction((tx) => notifyLowRating(sqlRunnerOf(tx), db.box, { ticketId: ticket.id, rating: 1 }, at, groupText));
    const all = (await db.prisma.outboxMessage.findMany({ where: { ticketId: ticket.id } })).map((row) => (row.payload as { text: string }).text);
    expect(all).toHaveLength(4);
    expect(all.filter((text) => text.includes(`⚠️ Hồ sơ ${ticket.code} (PC06): người dân đánh giá 1/5.`))).toHaveLength(1);
  });
});
