import { describe, expect, it } from "vitest";
import { addDays, computeDeadlines, DEFAULT_CALENDAR, type TWorkCalendar } from "../../../core/sla/compute-deadline.ts";

// Vietnam is UTC+7: 2026-11-20 is a Friday.
const friday = new Date("2026-11-20T03:00:00Z"); // 10:00 local

describe("deadline arithmetic", () => {
  it("skips the weekend for working days and ends at the close of the last local day", () => {
    expect(addDays(friday, 1, "working").toISOString()).toBe("2026-11-23T16:59:59.999Z"); // Monday 23:59:59 local
    expect(addDays(friday, 5, "working").toISOString()).toBe("2026-11-27T16:59:59.999Z");
  });

  it("counts every day for calendar days", () => {
    expect(addDays(friday, 20, "calendar").toISOString()).toBe("2026-12-10T16:59:59.999Z");
  });

  it("skips holidays and honours Saturday reception desks", () => {
    const calendar: TWorkCalendar = { ...DEFAULT_CALENDAR, holidays: new Set(["2026-11-23"]), workingWeekdays: new Set([1, 2, 3, 4, 5, 6]) };
    expect(addDays(friday, 1, "working", calendar).toISOString()).toBe("2026-11-21T16:59:59.999Z"); // Saturday counts
    expect(addDays(friday, 2, "working", calendar).toISOString()).toBe("2026-11-24T16:59:59.999Z"); // Monday is a holiday
  });

  it("uses the local date near midnight UTC", () => {
    const lateFridayLocal = new Date("2026-11-20T16:30:00Z"); // 23:30 Friday local
    const earlySaturdayLocal = new Date("2026-11-20T17:30:00Z"); // 00:30 Saturday local
    expect(addDays(lateFridayLocal, 1, "working").toISOString()).toBe("2026-11-23T16:59:59.999Z");
    expect(addDays(earlySaturdayLocal, 1, "working").toISOString()).toBe("2026-11-23T16:59:59.999Z");
  });

  it("sets the first-response target in hours", () => {
    const deadlines = computeDeadlines(friday, { firstResponseHours: 24, resolutionDays: 20, dayType: "calendar" });
    expect(deadlines.firstResponseDueAt.toISOString()).toBe("2026-11-21T03:00:00.000Z");
  });
});
