import { Prisma } from "../../prisma/generated/client.ts";

/** Counters of StatDay / StatMonth (added up over a period). */
export const DAY_COUNTS = [
  "received", "resolved", "early", "onTime", "late", "pending", "pendingPausedOverdue", "pendingRunning", "ratingCount", "ratingSum",
  "rejected", "anonymous", "telegram", "zalo", "firstResponded", "firstResponseOnTime", "r1", "r2", "r3", "r4", "r5", "resolvedOnDay", "lateOnDay",
] as const;
/** Counters of StatDayCell / StatMonthCell. */
export const CELL_COUNTS = ["received", "resolved", "early", "onTime", "late", "pending", "pendingPausedOverdue", "pendingRunning", "ratingCount", "ratingSum"] as const;

const DAY_COLUMNS = ["day", "unitId", "excludedUnitId", "kind", ...DAY_COUNTS, "firstResponseHistogram", "resolutionHistogram"];
const CELL_COLUMNS = ["day", "unitId", "excludedUnitId", "kind", "categoryId", "wardId", "channel", ...CELL_COUNTS];

export interface TRollupSpans {
  /** Whole months [from, to) read from the monthly table (first days of months), or null. */
  months: { from: string; to: string } | null;
  /** The remaining days [from, to) read from the daily table. */
  days: { from: string; to: string }[];
}

function firstOfNextMonth(day: string): string {
  const [year, month] = [Number(day.slice(0, 4)), Number(day.slice(5, 7))];
  return month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, "0")}-01`;
}

/**
 * Splits the local days [first, end) into whole months and the days around them (pure): a year is
 * twelve monthly rows per group instead of 365 daily ones.
 */
export function rollupSpans(first: string, end: string): TRollupSpans {
  const monthsFrom = first.endsWith("-01") ? first : firstOfNextMonth(first);
  const monthsTo = `${end.slice(0, 7)}-01`;
  if (monthsFrom >= monthsTo) return { months: null, days: [{ from: first, to: end }] };
  return {
    months: { from: monthsFrom, to: monthsTo },
    days: [{ from: first, to: monthsFrom }, { from: monthsTo, to: end }].filter((span) => span.from < span.to),
  };
}

/**
 * SQL for `FROM …`: the rollup rows (alias r) of the local days [first, end), whole months from the
 * monthly table and the rest from the daily one. `table` "day" = StatDay/StatMonth (KPIs),
 * "cell" = StatDayCell/StatMonthCell (breakdowns).
 */
export function rollupSourceSql(table: "day" | "cell", first: string, end: string): Prisma.Sql {
  const [daily, monthly, columns] = table === "day" ? ["StatDay", "StatMonth", DAY_COLUMNS] : ["StatDayCell", "StatMonthCell", CELL_COLUMNS];
  const list = Prisma.raw(columns.map((column) => `"${column}"`).join(", "));
  const spans = rollupSpans(first, end);
  const parts: Prisma.Sql[] = [];
  if (spans.months) parts.push(Prisma.sql`SELECT ${list} FROM ${Prisma.raw(`"${monthly}"`)} WHERE "day" >= ${spans.months.from}::date AND "day" < ${spans.months.to}::date`);
  for (const span of spans.days) parts.push(Prisma.sql`SELECT ${list} FROM ${Prisma.raw(`"${daily}"`)} WHERE "day" >= ${span.from}::date AND "day" < ${span.to}::date`);
  return Prisma.sql`(${Prisma.join(parts, " UNION ALL ")}) r`;
}
