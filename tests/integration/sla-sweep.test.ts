import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TActor } from "../../core/access/actor.ts";
import { openDatabase, type TDatabase } from "../../core/db/open-database.ts";
import { isAppError } from "../../core/errors/app-error.ts";
import { extendTicketDeadline } from "../../core/sla/extend-ticket-deadline.ts";
import { findNotifications, markNotificationsRead } from "../../core/sla/find-notifications.ts";
import { isLowRating, notifyLowRating } from "../../core/sla/notify-low-rating.ts";
import { runSlaSweep, type TSlaSweepDeps } from "../../core/sla/run-sla-sweep.ts";
import { createTranslator } from "../../locales/translator.ts";
import { startSlaWorker } from "../../core/sla/start-sla-worker.ts";
import { startRetentionWorker } from "../../core/retention/start-retention-worker.ts";
import { changeTicketStatus } from "../../core/tickets/change-ticket-status.ts";
import { createTicket } from "../../core/tickets/create-ticket.ts";
import { fixedClock } from "../../core/time/clock.ts";
import { createSeededTestDatabase, type TTestDatabase } from "../support/test-database.ts";
import { sqlRunnerOf } from "../../core/db/sql-runner.ts";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
// Monday 2026-11-16, 09:00 in Vietnam.
const T0 = new Date("2026-11-16T02:00:00Z");

describe("SLA sweep: reminders once, escalation, pauses, extension, auto-close", () => {
  let db: TTestDatabase;
  let second: TDatabase;
  let admin: TActor;
  let leaderPc06: { id: string };
  let leaderCat: { id: string };
  let officer: { id: string; displayName: string };

  beforeAll(async () => {
    db = await createSeededTestDatabase();
    second = db.url ? await openDatabase({ kind: "postgres", url: db.url }, { poolSize: 5 }) : db;
    await db.prisma.unit.update({ where: { code: "PC06" }, data: { notifyTelegramChatId: "-100606" } });
    await db.prisma.unit.update({ where: { code: "CAT" }, data: { notifyTelegramChatId: "-100001" } });
    const pc06 = await db.prisma.unit.findUniqueOrThrow({ where: { code: "PC06" } });
    const cat = await db.prisma.unit.findUniqueOrThrow({ where: { code: "CAT" } });
    const staff = (username: string, role: "leader" | "officer", unitId: string) =>
      db.prisma.staffUser.create({ data: { username, displayName: username, role, unitId, passwordHash: "x" } });
    leaderPc06 = await staff("sla.leader.pc06", "leader", pc06.id);
    leaderCat = await staff("sla.leader.cat", "leader", cat.id);
    officer = await staff("sla.officer.pc06", "officer", pc06.id);
    const adminRow = await db.prisma.staffUser.findUniqueOrThrow({ where: { username: "admin" } });
    admin = { id: adminRow.id, username: adminRow.username, displayName: adminRow.displayName, role: "admin", unitId: adminRow.unitId };
  }, 240_000);
  afterAll(async () => {
    if (second !== db) await second.close();
    await db.dispose();
  });

  const translator = createTranslator();
  const groupText = (language: string) => translator.t(language);
  const sweepDeps = (database: TDatabase, clock: ReturnType<typeof fixedClock>): TSlaSweepDeps => ({ prisma: database.prisma, clock, box: db.box, groupText });

  async function openQuestion(at: Date, assigneeId: string | null = null) {
    const ticket = await db.prisma.$transaction((tx) =>
      createTicket(sqlRunnerOf(tx), { kind: "question", categoryCode: "question.identity", channel: "telegram", citizenId: null, summary: "Hỏi về cấp căn cước", unitCode: "PC06" }, at),
    );
    await db.prisma.ticket.update({ where: { id: ticket.id }, data: { assigneeId, firstRespondedAt: new Date(at.getTime() + HOUR) } });
    return ticket;
  }

  async function groupPosts(ticketId: string) {
    const rows = await db.prisma.outboxMessage.findMany({ where: { ticketId }, orderBy: { createdAt: "asc" } });
    return rows.map((row) => ({ chatId: db.box.decrypt(row.chatIdEnc), text: (row.payload as { text: string }).text }));
  }

  it("sends 50%, 80%, overdue and escalation once each, across a restart", async () => {
    const ticket = await openQuestion(T0, officer.id);
    // 5 working days from Monday 09:00 → due Monday 23 Nov 23:59:59 local.
    expect(ticket.dueAt.toISOString()).toBe("2026-11-23T16:59:59.999Z");
    const budget = ticket.dueAt.getTime() - T0.getTime();
    const at = (fraction: number) => new Date(T0.getTime() + budget * fraction);

    const clock = fixedClock(at(0.4));
    expect((await runSlaSweep(sweepDeps(db, clock))).remindersSent).toBe(0);
    clock.set(at(0.55));
    expect((await runSlaSweep(sweepDeps(db, clock))).byKind).toEqual({ due_50: 1 });
    // "Restart": fresh deps, same time — nothing new.
    expect((await runSlaSweep(sweepDeps(db, fixedClock(at(0.56))))).remindersSent).toBe(0);
    clock.set(at(0.85));
    expect((await runSlaSweep(sweepDeps(db, clock))).byKind).toEqual({ due_80: 1 });
    clock.set(new Date(ticket.dueAt.getTime() + HOUR));
    expect((await runSlaSweep(sweepDeps(db, clock))).byKind).toEqual({ overdue: 1 });
    clock.set(new Date(ticket.dueAt.getTime() + 25 * HOUR));
    expect((await runSlaSweep(sweepDeps(db, clock))).byKind).toEqual({ escalate_1: 1 });
    // PC06's parent is the province: no second level however long it stays overdue.
    clock.set(new Date(ticket.dueAt.getTime() + 30 * DAY));
    expect((await runSlaSweep(sweepDeps(db, clock))).remindersSent).toBe(0);

    const reminders = await db.prisma.ticketReminder.findMany({ where: { ticketId: ticket.id }, orderBy: { createdAt: "asc" } });
    expect(reminders.map((row) => row.kind)).toEqual(["due_50", "due_80", "overdue", "escalate_1"]);

    const notes = await db.prisma.notification.findMany({ where: { ticketId: ticket.id } });
    const to = (kind: string) => notes.filter((note) => note.kind === kind).map((note) => note.userId ?? `unit:${note.unitId}`).sort();
    expect(to("sla.due_50")).toEqual([officer.id]);
    expect(to("sla.due_80")).toEqual([officer.id]);
    expect(to("sla.overdue")).toEqual([leaderPc06.id, officer.id].sort());
    expect(to("sla.escalated")).toEqual([leaderCat.id]);

    const posts = await groupPosts(ticket.id);
    expect(posts.map((post) => post.chatId)).toEqual(["-100606", "-100606", "-100606", "-100001"]);
    expect(posts[2]!.text).toContain("QUÁ HẠN");
    expect(posts[0]!.text).toContain(ticket.code);

    const events = await db.prisma.ticketEvent.findMany({ where: { ticketId: ticket.id, type: "sla" } });
    expect(events.map((event) => (event.data as { kind: string }).kind).sort()).toEqual(["due_50", "due_80", "escalate_1", "overdue"]);
  });

  it("two instances sweeping at once send each reminder exactly once", async () => {
    const start = new Date(T0.getTime() + 1000);
    const tickets = [];
    for (let index = 0; index < 6; index++) tickets.push(await openQuestion(new Date(start.getTime() + index * 1000), index % 2 === 0 ? officer.id : null));
    const ids = tickets.map((ticket) => ticket.id);
    const clock = fixedClock(new Date(tickets[0]!.dueAt.getTime() + 2 * HOUR)); // all overdue, not yet escalated
    const [a, b] = await Promise.all([runSlaSweep(sweepDeps(db, clock)), runSlaSweep(sweepDeps(second, clock))]);
    expect(a.remindersSent + b.remindersSent).toBe(6 * 3);
    const again = await Promise.all([runSlaSweep(sweepDeps(second, clock)), runSlaSweep(sweepDeps(db, clock))]);
    expect(again[0].remindersSent + again[1].remindersSent).toBe(0);
    expect(await db.prisma.ticketReminder.count({ where: { ticketId: { in: ids } } })).toBe(18);
    expect(await db.prisma.outboxMessage.count({ where: { ticketId: { in: ids } } })).toBe(18);
    // Unassigned tickets' 50%/80% reminders go to the whole unit.
    const unassigned = tickets[1]!;
    const unitNotes = await db.prisma.notification.findMany({ where: { ticketId: unassigned.id, kind: "sla.due_50" } });
    expect(unitNotes).toHaveLength(1);
    expect(unitNotes[0]!.userId).toBeNull();
    expect(unitNotes[0]!.unitId).toBe(unassigned.unitId);
  });

  it("the officer's panel notifications: their own and their unit's, marked read", async () => {
    const officerActor: TActor = { id: officer.id, username: "sla.officer.pc06", displayName: "o", role: "officer", unitId: (await db.prisma.unit.findUniqueOrThrow({ where: { code: "PC06" } })).id };
    const before = await findNotifications(officerActor, { unreadOnly: true, limit: 100 }, { prisma: db.prisma });
    expect(before.unread).toBeGreaterThan(0);
    expect(before.items.some((item) => item.kind === "sla.due_80" && !item.isForWholeUnit)).toBe(true);
    expect(before.items.some((item) => item.isForWholeUnit)).toBe(true);
    expect(before.items.every((item) => typeof item.data.code === "string")).toBe(true);
    const marked = await markNotificationsRead(officerActor, {}, { prisma: db.prisma, clock: fixedClock(T0) });
    expect(marked).toBe(before.unread);
    expect((await findNotifications(officerActor, { unreadOnly: true }, { prisma: db.prisma })).unread).toBe(0);
    // The CAT leader's escalations are not the officer's business.
    const leaderNotes = await findNotifications({ ...officerActor, id: leaderCat.id, role: "leader", unitId: (await db.prisma.unit.findUniqueOrThrow({ where: { code: "CAT" } })).id }, {}, { prisma: db.prisma });
    expect(leaderNotes.items.every((item) => item.kind === "sla.escalated")).toBe(true);
  });

  it("a ticket waiting for the citizen gets no reminder, and the wait does not count after it resumes", async () => {
    const createdAt = new Date(T0.getTime() + 10_000);
    const ticket = await openQuestion(createdAt, officer.id);
    const budget = ticket.dueAt.getTime() - createdAt.getTime();
    const kinds = async () => (await db.prisma.ticketReminder.findMany({ where: { ticketId: ticket.id } })).map((row) => row.kind).sort();
    const clock = fixedClock(new Date(createdAt.getTime() + budget * 0.3));
    const staffDeps = { prisma: db.prisma, clock, box: db.box, wakeOutbox: () => undefined };
    await changeTicketStatus(admin, { code: ticket.code, status: "waiting_citizen" }, staffDeps);
    clock.advance(10 * DAY); // far beyond the original deadline, but paused
    await runSlaSweep(sweepDeps(db, clock));
    expect(await kinds()).toEqual([]);
    await changeTicketStatus(admin, { code: ticket.code, status: "in_progress" }, staffDeps);
    const resumed = await db.prisma.ticket.findUniqueOrThrow({ where: { id: ticket.id } });
    expect(resumed.dueAt!.getTime()).toBe(ticket.dueAt.getTime() + 10 * DAY);
    // 30% used before the pause; 15% more now → 45%: still nothing.
    clock.advance(budget * 0.15);
    await runSlaSweep(sweepDeps(db, clock));
    expect(await kinds()).toEqual([]);
    clock.advance(budget * 0.1); // 55%
    await runSlaSweep(sweepDeps(db, clock));
    expect(await kinds()).toEqual(["due_50"]);
  });

  it("a deadline is extended once, by a leader, with the reason recorded", async () => {
    const ticket = await openQuestion(new Date(T0.getTime() + 20_000), officer.id);
    const clock = fixedClock(new Date(T0.getTime() + DAY));
    const staffDeps = { prisma: db.prisma, clock, box: db.box, wakeOutbox: () => undefined };
    const officerActor: TActor = { id: officer.id, username: "sla.officer.pc06", displayName: "o", role: "officer", unitId: ticket.unitId };
    const refused = await extendTicketDeadline(officerActor, { code: ticket.code, days: 5, reason: "Cần xác minh thêm" }, staffDeps).catch((error: unknown) => error);
    expect(isAppError(refused, "FORBIDDEN")).toBe(true);
    const { dueAt } = await extendTicketDeadline(admin, { code: ticket.code, days: 5, reason: "Vụ việc phức tạp, cần xác minh" }, staffDeps);
    expect(dueAt.toISOString()).toBe("2026-11-30T16:59:59.999Z"); // +5 working days from Mon 23 → Mon 30
    const second = await extendTicketDeadline(admin, { code: ticket.code, days: 5, reason: "Lần nữa" }, staffDeps).catch((error: unknown) => error);
    expect(isAppError(second, "CONFLICT")).toBe(true);
    const row = await db.prisma.ticket.findUniqueOrThrow({ where: { id: ticket.id } });
    expect(row.extensionReason).toBe("Vụ việc phức tạp, cần xác minh");
    expect(row.extendedAt?.getTime()).toBe(clock.now().getTime());
    expect(await db.prisma.ticketEvent.count({ where: { ticketId: ticket.id, type: "extended" } })).toBe(1);
    expect(await db.prisma.auditLog.count({ where: { entityId: ticket.id, action: "ticket.extend" } })).toBe(1);
  });

  it("auto-closes resolved tickets left unrated after the configured days, once", async () => {
    await db.prisma.setting.upsert({ where: { key: "sla.autoCloseDays" }, create: { key: "sla.autoCloseDays", value: 3 }, update: { value: 3 } });
    const unrated = await openQuestion(new Date(T0.getTime() + 30_000));
    const rated = await openQuestion(new Date(T0.getTime() + 40_000));
    const resolvedAt = new Date(T0.getTime() + 2 * HOUR);
    await db.prisma.ticket.updateMany({ where: { id: { in: [unrated.id, rated.id] } }, data: { status: "resolved", resolvedAt } });
    await db.prisma.ticket.update({ where: { id: rated.id }, data: { satisfactionRating: 4 } });
    const clock = fixedClock(new Date(resolvedAt.getTime() + 2 * DAY));
    expect((await runSlaSweep(sweepDeps(db, clock))).autoClosed).toBe(0);
    clock.advance(2 * DAY);
    const [a, b] = await Promise.all([runSlaSweep(sweepDeps(db, clock)), runSlaSweep(sweepDeps(second, clock))]);
    expect(a.autoClosed + b.autoClosed).toBe(1);
    expect((await db.prisma.ticket.findUniqueOrThrow({ where: { id: unrated.id } })).status).toBe("closed");
    expect((await db.prisma.ticket.findUniqueOrThrow({ where: { id: rated.id } })).status).toBe("resolved");
    expect(await db.prisma.auditLog.count({ where: { entityId: unrated.id, action: "ticket.auto_close" } })).toBe(1);
  });

  it("a low rating reaches the unit's leader and group, without the citizen's comment", async () => {
    const ticket = await openQuestion(new Date(T0.getTime() + 50_000), officer.id);
    expect(isLowRating(4)).toBe(false);
    expect(isLowRating(2)).toBe(true);
    expect(isLowRating(null, true)).toBe(true);
    await db.prisma.$transaction((tx) => notifyLowRating(sqlRunnerOf(tx), db.box, { ticketId: ticket.id, rating: 1 }, T0, groupText));
    const notes = await db.prisma.notification.findMany({ where: { ticketId: ticket.id, kind: "rating.low" } });
    expect(notes.map((note) => note.userId)).toEqual([leaderPc06.id]);
    const posts = await groupPosts(ticket.id);
    expect(posts).toHaveLength(1);
    expect(posts[0]!.chatId).toBe("-100606");
    expect(posts[0]!.text).toContain("1/5");
  });

  it("the workers run on demand, never overlap and stop cleanly", async () => {
    const clock = fixedClock(new Date(T0.getTime() + 365 * DAY));
    const worker = startSlaWorker(sweepDeps(db, clock), { intervalMs: 3_600_000 });
    const [a, b] = await Promise.all([worker.runNow(), worker.runNow()]);
    expect(a).not.toBeNull();
    expect(b?.remindersSent ?? 0).toBe(0);
    await worker.stop();
    const retention = startRetentionWorker({ prisma: db.prisma, clock }, { firstRunAfterMs: 3_600_000 });
    await retention.runNow();
    await retention.stop();
  });
});
