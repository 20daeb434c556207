import type { Db } from "../db/open-database.ts";
import { DEFAULT_CALENDAR, type TWorkCalendar } from "./compute-deadline.ts";

/** The working-day calendar from settings (`calendar.workingWeekdays`) and the Holiday table. */
export async function loadWorkCalendar(prisma: Pick<Db, "holiday" | "setting">): Promise<TWorkCalendar> {
  const [holidays, weekdays] = await Promise.all([
    prisma.holiday.findMany({ select: { date: true } }),
    prisma.setting.findUnique({ where: { key: "calendar.workingWeekdays" } }),
  ]);
  return {
    workingWeekdays: Array.isArray(weekdays?.value) ? new Set(weekdays.value as number[]) : DEFAULT_CALENDAR.workingWeekdays,
    holidays: new Set(holidays.map((row) => row.date.toISOString().slice(0, 10))),
    utcOffsetMinutes: DEFAULT_CALENDAR.utcOffsetMinutes,
  };
}
