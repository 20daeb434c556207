import { describe, expect, it } from "vitest";
import { addDays, computeDeadlines, DEFAULT_CALENDAR, type TWorkCalendar } from "../../../core/sla/compute-deadline.ts";
import { completedPauseMs, dueReminderKinds, escalationLevelOf, extendedDueAt, resumedDueAt, slaProgress } from "../../../core/sla/sla-progress.ts";
import { formatReminderForGroup } from "../../../core/sla/reminder-text.ts";
import { createTranslator } from "../../../locales/translator.ts";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
// 2026-11-20 is a Friday; Vietnam is UTC+7.
const friday10 = new Date("2026-11-20T03:00:00Z");
const policy = { escalationDelayHours: 24, maxEscalationLevels: 2 };

describe("deadline arithmetic with weekends, holidays, pauses and extensions", () => {
  it("a 5-working-day question received on Friday is due the Friday after, not counting the weekend", () => {
    const { dueAt } = computeDeadlines(friday10, { firstResponseHours: 24, resolutionDays: 5, dayType: "working" });
    expect(dueAt.toISOString()).toBe("2026-11-27T16:59:59.999Z");
  });

  it("a holiday week pushes a working-day deadline past it (Tết-like closure)", () => {
    const calendar: TWorkCalendar = { ...DEFAULT_CALENDAR, holidays: new Set(["2026-11-23", "2026-11-24", "2026-11-25"]) };
    expect(addDays(friday10, 2, "working", calendar).toISOString()).toBe("2026-11-27T16:59:59.999Z"); // Thu 26, Fri 27
  });

  it("Saturday desks: with Saturday as a working day, 1 working day from Friday is Saturday", () => {
    const calendar: TWorkCalendar = { ...DEFAULT_CALENDAR, workingWeekdays: new Set([1, 2, 3, 4, 5, 6]) };
    expect(addDays(friday10, 1, "working", calendar).toISOString()).toBe("2026-11-21T16:59:59.999Z");
  });

  it("a pause while waiting for the citizen moves the deadline by the time waited", () => {
    const dueAt = addDays(friday10, 5, "working");
    const pausedAt = new Date(friday10.getTime() + 2 * DAY);
    const resumedAt = new Date(pausedAt.getTime() + 3 * DAY + 4 * HOUR);
    expect(resumedDueAt(dueAt, pausedAt, resumedAt).getTime() - dueAt.getTime()).toBe(3 * DAY + 4 * HOUR);
  });

  it("an extension counts days the way the category does: +30 calendar days, or +2 working days over a weekend", () => {
    const dueAt = addDays(friday10, 30, "calendar"); // 2026-12-20 end of day local
    expect(dueAt.toISOString()).toBe("2026-12-20T16:59:59.999Z");
    expect(extendedDueAt(dueAt, 30, "calendar").toISOString()).toBe("2027-01-19T16:59:59.999Z");
    const workingDue = addDays(friday10, 5, "working"); // Friday 27th
    const holidays: TWorkCalendar = { ...DEFAULT_CALENDAR, holidays: new Set(["2026-11-30"]) };
    expect(extendedDueAt(workingDue, 2, "working", holidays).toISOString()).toBe("2026-12-02T16:59:59.999Z"); // Mon 30 is a holiday → Tue 1, Wed 2
  });
});

describe("how much of its time a ticket has used", () => {
  const createdAt = friday10;
  const dueAt = new Date(createdAt.getTime() + 10 * DAY);

  it("counts from creation to the deadline", () => {
    const progress = slaProgress({ createdAt, dueAt, pausedAt: null, pausedMs: 0 }, new Date(createdAt.getTime() + 5 * DAY));
    expect(progress.fraction).toBeCloseTo(0.5);
    expect(progress.isPaused).toBe(false);
  });

  it("excludes completed pauses (dueAt was already moved by them)", () => {
    const shiftedDue = new Date(dueAt.getTime() + 2 * DAY);
    const progress = slaProgress({ createdAt, dueAt: shiftedDue, pausedAt: null, pausedMs: 2 * DAY }, new Date(createdAt.getTime() + 10 * DAY));
    expect(progress.fraction).toBeCloseTo(0.8);
  });

  it("freezes while paused and moves the effective deadline with the clock", () => {
    const pausedAt = new Date(createdAt.getTime() + 4 * DAY);
    const now = new Date(createdAt.getTime() + 9 * DAY);
    const progress = slaProgress({ createdAt, dueAt, pausedAt, pausedMs: 0 }, now);
    expect(progress.fraction).toBeCloseTo(0.4);
    expect(progress.effectiveDueAt.getTime()).toBe(dueAt.getTime() + 5 * DAY);
    expect(dueReminderKinds({ createdAt, dueAt, pausedAt, pausedMs: 0 }, now, policy, 3)).toEqual([]);
  });

  it("sums the pauses from the status history, ignoring one still open", () => {
    const at = (days: number) => new Date(createdAt.getTime() + days * DAY);
    const changes = [
      { from: "new", to: "in_progress", at: at(0.1) },
      { from: "in_progress", to: "waiting_citizen", at: at(1) },
      { from: "waiting_citizen", to: "in_progress", at: at(3) },
      { from: "in_progress", to: "waiting_citizen", at: at(4) },
      { from: "waiting_citizen", to: "in_progress", at: at(4.5) },
      { from: "in_progress", to: "waiting_citizen", at: at(6) },
    ];
    expect(completedPauseMs(changes)).toBe(2.5 * DAY);
  });
});

describe("which reminders are due", () => {
  const createdAt = friday10;
  const dueAt = new Date(createdAt.getTime() + 10 * DAY);
  const ticket = { createdAt, dueAt, pausedAt: null, pausedMs: 0 };
  const at = (days: number) => new Date(createdAt.getTime() + days * DAY);

  it("50% and 80% reminders, then overdue at 100%", () => {
    expect(dueReminderKinds(ticket, at(4.9), policy, 2)).toEqual([]);
    expect(dueReminderKinds(ticket, at(5), policy, 2)).toEqual(["due_50"]);
    expect(dueReminderKinds(ticket, at(8), policy, 2)).toEqual(["due_50", "due_80"]);
    expect(dueReminderKinds(ticket, at(10), policy, 2)).toEqual(["due_50", "due_80", "overdue"]);
  });

  it("escalates one unit up per delay, no higher than the tree or the setting", () => {
    expect(dueReminderKinds(ticket, at(11), policy, 2)).toContain("escalate_1");
    expect(dueReminderKinds(ticket, at(13), policy, 5)).toEqual(["due_50", "due_80", "overdue", "escalate_1", "escalate_2"]);
    expect(dueReminderKinds(ticket, at(13), policy, 1)).not.toContain("escalate_2");
    expect(dueReminderKinds(ticket, at(13), { ...policy, escalationDelayHours: 72 }, 5)).toEqual(["due_50", "due_80", "overdue", "escalate_1"]);
    expect(escalationLevelOf("escalate_2")).toBe(2);
    expect(escalationLevelOf("overdue")).toBe(0);
  });
});

describe("group reminder text", () => {
  it("keeps a crime tip's content out of the group chat", () => {
    const base = { code: "TG-26-000001", summary: "Nguyễn Văn A bán ma túy ở số 5", unitCode: "PC04", unitName: "PC04", dueAt: friday10, assigneeName: null };
    const t = createTranslator().t("vi");
    expect(formatReminderForGroup({ ...base, kind: "overdue", isTip: true }, t, "vi")).not.toContain("Nguyễn Văn A");
    expect(formatReminderForGroup({ ...base, kind: "overdue", isTip: false }, t, "vi")).toContain("Nguyễn Văn A");
    expect(formatReminderForGroup({ ...base, kind: "due_80", isTip: false }, t, "vi")).toContain("80%");
  });
});
