import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runSlaSweep } from "../../core/sla/run-sla-sweep.ts";
import { createTicket } from "../../core/tickets/create-ticket.ts";
import { fixedClock } from "../../core/time/clock.ts";
import { createSeededTestDatabase, type TTestDatabase } from "../support/test-database.ts";

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
      db.prisma.$transaction((tx) => createTicket(tx, { kind, categoryCode, channel: "telegram", citizenId: null, summary, unitCode, isUrgent: kind === "tip" }, now));
    const tip = await open("tip", "tip.drugs", "Nhà số 5 bán ma túy, người báo tên Hùng", "PC04");
    const question = await open("question", "question.other", "Hỏi về giấy xác nhận", "PC04");
    await open("tip", "tip.drugs", "Đơn vị không liên kết nhóm", "PC06");

    const clock = fixedClock(new Date(now.getTime() + 60_000));
    const deps = { prisma: db.prisma, clock, box: db.box, panelUrl: "https://langnghe.example" };
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
});
