import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findOrCreateCitizen } from "../../core/citizens/find-or-create-citizen.ts";
import { startSlaWorker } from "../../core/sla/start-sla-worker.ts";
import { createTicket } from "../../core/tickets/create-ticket.ts";
import { linkPossibleDuplicates } from "../../core/tickets/link-possible-duplicates.ts";
import { runTicketChecks } from "../../core/tickets/run-ticket-checks.ts";
import { fixedClock } from "../../core/time/clock.ts";
import { createTranslator } from "../../locales/translator.ts";
import { createSeededTestDatabase, type TTestDatabase } from "../support/test-database.ts";
import { sqlRunnerOf } from "../../core/db/sql-runner.ts";

/** The background checks on new tickets over a real database: possible duplicates and floods. */
describe("background checks on new tickets", () => {
  let db: TTestDatabase;
  const now = new Date("2026-11-18T03:00:00Z");
  const minutesAgo = (minutes: number) => new Date(now.getTime() - minutes * 60_000);

  beforeAll(async () => {
    db = await createSeededTestDatabase();
  }, 240_000);
  afterAll(async () => {
    await db.dispose();
  });

  const newCitizen = () =>
    db.prisma.$transaction((tx) => findOrCreateCitizen(sqlRunnerOf(tx), db.box, { channel: "telegram", channelUserId: `u-${randomBytes(6).toString("hex")}`, chatId: "555", displayName: "Dân" }, now));

  /** A tip as the bot opens it: the ticket and the citizen's first message. */
  const openTip = async (text: string, options: { wardCode: string; at: Date; categoryCode?: string; citizenId?: string }) =>
    db.prisma.$transaction(async (tx) => {
      const citizenId = options.citizenId ?? null;
      const ticket = await createTicket(sqlRunnerOf(tx), { kind: "tip", categoryCode: options.categoryCode ?? "tip.gambling", channel: "telegram", citizenId, summary: text, wardCode: options.wardCode, unitCode: "PC04" }, options.at);
      await tx.message.create({ data: { ticketId: ticket.id, citizenId, direction: "in", text, createdAt: options.at } });
      return ticket;
    });
  const linkOf = async (id: string) => (await db.prisma.ticket.findUniqueOrThrow({ where: { id } })).possibleDuplicateOfId;

  it("links a new tip to a similar open tip of the same ward, once, whatever the number of sweepers", async () => {
    const original = await openTip("Nhà ông Tư ở xóm 3 tối nào cũng có người đến đánh bạc", { wardCode: "X-LAMTHAO", at: minutesAgo(90) });
    const repeat = await openTip("toi nao nha ong Tu xom 3 cung tu tap danh bac, on ao lam", { wardCode: "X-LAMTHAO", at: minutesAgo(5) });
    const unrelated = await openTip("Có người tổ chức đánh bạc ở quán karaoke gần chợ", { wardCode: "X-LAMTHAO", at: minutesAgo(4) });

    const results = await Promise.all([linkPossibleDuplicates(db, now), linkPossibleDuplicates(db, now)]);
    await linkPossibleDuplicates(db, now);

    expect(results[0]! + results[1]!).toBe(1);
    expect(await linkOf(repeat.id)).toBe(original.id);
    expect(await linkOf(original.id)).toBeNull();
    expect(await linkOf(unrelated.id)).toBeNull();
    const events = await db.prisma.ticketEvent.findMany({ where: { type: "possible_duplicate" } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ ticketId: repeat.id, data: { of: original.code } });
    expect((events[0]!.data as { score: number }).score).toBeGreaterThanOrEqual(0.5);
    expect(await db.prisma.ticketReminder.count({ where: { kind: "duplicate_check", ticketId: { in: [original.id, repeat.id, unrelated.id] } } })).toBe(3);
  });

  it("does not link tips of another ward, another category, or to an original that is closed", async () => {
    const text = "Có nhóm thanh niên tụ tập đánh bạc ở nhà ông Ba xóm 7 mỗi tối";
    const closed = await openTip(text, { wardCode: "X-DOANHUNG", at: minutesAgo(120) });
    await db.prisma.ticket.update({ where: { id: closed.id }, data: { status: "closed", closedAt: minutesAgo(60) } });
    await linkPossibleDuplicates(db, now);
    const afterClosed = await openTip(text, { wardCode: "X-DOANHUNG", at: minutesAgo(3) });
    const otherWard = await openTip(text, { wardCode: "X-THANHSON", at: minutesAgo(3) });
    const otherCategory = await openTip(text, { wardCode: "X-DOANHUNG", at: minutesAgo(2), categoryCode: "tip.public_order" });
    await linkPossibleDuplicates(db, now);
    expect(await linkOf(afterClosed.id)).toBeNull();
    expect(await linkOf(otherWard.id)).toBeNull();
    expect(await linkOf(otherCategory.id)).toBeNull();
  });

  it("runs from the periodic worker, and flags floods once without losing a message", async () => {
    const citizen = await newCitizen();
    const first = await openTip("Nhà số 9 thôn Đông chứa đồ ăn trộm", { wardCode: "X-VINHTUONG", at: minutesAgo(8), citizenId: citizen.id, categoryCode: "tip.theft_robbery" });
    for (let index = 0; index < 5; index += 1) {
      await db.prisma.message.create({ data: { ticketId: first.id, citizenId: citizen.id, direction: "in", text: index % 2 ? "GIÚP TÔI VỚI!!!" : "giup toi voi", createdAt: minutesAgo(7 - index) } });
    }
    const calm = await newCitizen();
    const other = await openTip("Nhà số 11 thôn Đông mất trộm gà", { wardCode: "X-VINHTUONG", at: minutesAgo(8), citizenId: calm.id, categoryCode: "tip.theft_robbery" });
    const later = await openTip("Nha so 9 thon Dong chua do an trom, xe may khong bien", { wardCode: "X-VINHTUONG", at: minutesAgo(1), citizenId: calm.id, categoryCode: "tip.theft_robbery" });

    const translator = createTranslator();
    const worker = startSlaWorker({ prisma: db.prisma, clock: fixedClock(now), box: db.box, groupText: (language) => translator.t(language) }, { intervalMs: 3_600_000 });
    await worker.runNow();
    await Promise.all([runTicketChecks({ prisma: db.prisma, clock: fixedClock(now) }), runTicketChecks({ prisma: db.prisma, clock: fixedClock(now) })]);
    await worker.stop();

    expect((await db.prisma.ticket.findUniqueOrThrow({ where: { id: first.id } })).abuseFlag).toBe("repeated_text");
    expect((await db.prisma.ticket.findUniqueOrThrow({ where: { id: other.id } })).abuseFlag).toBeNull();
    expect(await db.prisma.ticketEvent.count({ where: { ticketId: first.id, type: "flagged" } })).toBe(1);
    expect(await db.prisma.message.count({ where: { ticketId: first.id, direction: "in" } })).toBe(6);
    expect(await linkOf(later.id)).toBe(first.id);
  });

  it("flags a sender who opens many tickets in an hour", async () => {
    const citizen = await newCitizen();
    const tickets = [];
    for (let index = 0; index < 5; index += 1) {
      tickets.push(await openTip(`Tin báo số ${index}: chuyện khác nhau ${"abcde"[index]}`, { wardCode: "X-TAMDAO", at: minutesAgo(50 - index * 10), citizenId: citizen.id, categoryCode: "tip.other" }));
    }
    await runTicketChecks({ prisma: db.prisma, clock: fixedClock(now) });
    const flags = await db.prisma.ticket.findMany({ where: { id: { in: tickets.map((ticket) => ticket.id) } }, select: { abuseFlag: true } });
    expect(flags.map((row) => row.abuseFlag)).toEqual(Array(5).fill("many_tickets"));
  });
});
