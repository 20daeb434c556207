import type { Db } from "../db/open-database.ts";
import { DEFAULT_CALENDAR, type TWorkCalendar } from "./compute-deadline.ts";

export const WORKING_WEEKDAYS_SETTING_KEY = "calendar.workingWeekdays";

/** The calendar from the Holiday rows and the working-weekdays setting (absent: Monday to Friday). */
export function toWorkCalendar(holidays: readonly { date: Date }[], weekdays: { value: unknown } | null | undefined): TWorkCalendar {
  return {
    workingWeekdays: Array.isArray(weekdays?.value) ? new Set(weekdays.value as number[]) : DEFAULT_CALENDAR.workingWeekdays,
    holidays: new Set(holidays.map((row) => row.date.toISOString().slice(0, 10))),
    utcOffsetMinutes: DEFAULT_CALENDAR.utcOffsetMinutes,
  };
}

/**
 * The working-day calendar from settings (`calendar.workingWeekdays`) and the Holiday table. New
 * tickets from the chats read the same from the cached snapshot (core/cache/reference-data.ts).
 */
export async function loadWorkCalendar(prisma: Pick<Db, "holiday" | "setting">): Promise<TWorkCalendar> {
  const [holidays, weekdays] = await Promise.all([
    prisma.holiday.findMany({ select: { date: true } }),
    prisma.setting.findUnique({ where: { key: WORKING_WEEKDAYS_SETTING_KEY } }),
  ]);
  return toWorkCalendar(holidays, weekdays);
}
