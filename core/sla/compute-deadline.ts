/** Which days count as working days, and which dates are public holidays (YYYY-MM-DD, local). */
export interface TWorkCalendar {
  /** 0 = Sunday … 6 = Saturday. Many police reception desks also work Saturdays. */
  workingWeekdays: ReadonlySet<number>;
  holidays: ReadonlySet<string>;
  /** Offset of local time from UTC in minutes (Vietnam: +420). */
  utcOffsetMinutes: number;
}

export const DEFAULT_CALENDAR: TWorkCalendar = {
  workingWeekdays: new Set([1, 2, 3, 4, 5]),
  holidays: new Set(),
  utcOffsetMinutes: 7 * 60,
};

const DAY_MS = 24 * 60 * 60 * 1000;

function localDateKey(at: Date, calendar: TWorkCalendar): { key: string; weekday: number } {
  const local = new Date(at.getTime() + calendar.utcOffsetMinutes * 60_000);
  return { key: local.toISOString().slice(0, 10), weekday: local.getUTCDay() };
}

export function isWorkingDay(at: Date, calendar: TWorkCalendar): boolean {
  const { key, weekday } = localDateKey(at, calendar);
  return calendar.workingWeekdays.has(weekday) && !calendar.holidays.has(key);
}

/** The end (23:59:59.999 local) of the local day containing `at`. */
function endOfLocalDay(at: Date, calendar: TWorkCalendar): Date {
  const offset = calendar.utcOffsetMinutes * 60_000;
  const local = at.getTime() + offset;
  return new Date(Math.floor(local / DAY_MS) * DAY_MS + DAY_MS - 1 - offset);
}

/**
 * Due time `days` after `start`: calendar days count every day; working days skip non-working
 * weekdays and holidays, and the day of receipt does not count. Due at the end of the last day.
 */
export function addDays(start: Date, days: number, dayType: "working" | "calendar", calendar: TWorkCalendar = DEFAULT_CALENDAR): Date {
  if (dayType === "calendar") return endOfLocalDay(new Date(start.getTime() + days * DAY_MS), calendar);
  let cursor = start;
  let remaining = days;
  let guard = 0;
  while (remaining > 0) {
    cursor = new Date(cursor.getTime() + DAY_MS);
    if (isWorkingDay(cursor, calendar)) remaining -= 1;
    if (++guard > 3660) throw new Error("calendar has no working days");
  }
  return endOfLocalDay(cursor, calendar);
}

export interface TDeadlineRule {
  firstResponseHours: number;
  resolutionDays: number;
  dayType: "working" | "calendar";
}

export function computeDeadlines(createdAt: Date, rule: TDeadlineRule, calendar: TWorkCalendar = DEFAULT_CALENDAR) {
  return {
    firstResponseDueAt: new Date(createdAt.getTime() + rule.firstResponseHours * 60 * 60 * 1000),
    dueAt: addDays(createdAt, rule.resolutionDays, rule.dayType, calendar),
  };
}
