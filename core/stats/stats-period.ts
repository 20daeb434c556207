/** Periods the dashboard and the reports offer. `custom` takes explicit local dates. */
export const PERIOD_PRESETS = ["7d", "30d", "month", "quarter", "half", "year", "custom"] as const;
export type TPeriodPreset = (typeof PERIOD_PRESETS)[number];
export type TGranularity = "day" | "week" | "month";

export interface TPeriodInput {
  preset: TPeriodPreset;
  /** YYYY-MM-DD, local (Vietnam) date, first day included. Only for `custom`. */
  from?: string;
  /** YYYY-MM-DD, local date, last day included. Only for `custom`. */
  to?: string;
  granularity?: TGranularity;
}

export interface TPeriod {
  preset: TPeriodPreset;
  /** Instants, [from, to): local midnight to local midnight. */
  from: Date;
  to: Date;
  /** The period of the same length just before, for the comparison. */
  previousFrom: Date;
  previousTo: Date;
  granularity: TGranularity;
  /** Local dates for display: first and last day included. */
  firstDay: string;
  lastDay: string;
}

const DAY_MS = 86_400_000;
/** Vietnam has no daylight saving time: local = UTC+7 all year. */
export const VIETNAM_OFFSET_MS = 7 * 3_600_000;

/** The instant of local midnight of a local calendar date. */
function localMidnight(year: number, monthIndex: number, day: number): Date {
  return new Date(Date.UTC(year, monthIndex, day) - VIETNAM_OFFSET_MS);
}

/** Local calendar date (year, month index, day) of an instant. */
function localParts(at: Date) {
  const local = new Date(at.getTime() + VIETNAM_OFFSET_MS);
  return { year: local.getUTCFullYear(), month: local.getUTCMonth(), day: local.getUTCDate() };
}

export function localDateKey(at: Date): string {
  return new Date(at.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}

function parseLocalDate(value: string | undefined): Date | null {
  const match = value ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
  if (!match) return null;
  const date = localMidnight(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return Number.isNaN(date.getTime()) ? null : date;
}

/** Day buckets up to a month, weeks up to about half a year, months beyond. */
export function defaultGranularity(from: Date, to: Date): TGranularity {
  const days = (to.getTime() - from.getTime()) / DAY_MS;
  return days <= 31 ? "day" : days <= 190 ? "week" : "month";
}

/**
 * The period for a preset (pure), in Vietnam local time: "month" is the current calendar month,
 * "half" the current half-year (the 6-month report), "year" the calendar year; "7d"/"30d" end
 * today. The previous period has the same length (or is the previous month/quarter/half/year).
 */
export function resolvePeriod(input: TPeriodInput, now: Date): TPeriod {
  const today = localParts(now);
  const startOfToday = localMidnight(today.year, today.month, today.day);
  let from: Date;
  let to: Date;
  let previousFrom: Date;
  switch (input.preset) {
    case "7d":
    case "30d": {
      const days = input.preset === "7d" ? 7 : 30;
      to = new Date(startOfToday.getTime() + DAY_MS);
      from = new Date(to.getTime() - days * DAY_MS);
      previousFrom = new Date(from.getTime() - days * DAY_MS);
      break;
    }
    case "month":
    case "quarter":
    case "half":
    case "year": {
      const months = { month: 1, quarter: 3, half: 6, year: 12 }[input.preset];
      const startMonth = Math.floor(today.month / months) * months;
      from = localMidnight(today.year, startMonth, 1);
      to = localMidnight(today.year, startMonth + months, 1);
      previousFrom = localMidnight(today.year, startMonth - months, 1);
      break;
    }
    case "custom": {
      const parsedFrom = parseLocalDate(input.from);
      const parsedTo = parseLocalDate(input.to);
      to = parsedTo ? new Date(parsedTo.getTime() + DAY_MS) : new Date(startOfToday.getTime() + DAY_MS);
      from = parsedFrom && parsedFrom < to ? parsedFrom : new Date(to.getTime() - 30 * DAY_MS);
      // At most 5 years in one view.
      if (to.getTime() - from.getTime() > 5 * 366 * DAY_MS) from = new Date(to.getTime() - 5 * 366 * DAY_MS);
      previousFrom = new Date(from.getTime() - (to.getTime() - from.getTime()));
      break;
    }
  }
  return {
    preset: input.preset,
    from,
    to,
    previousFrom,
    previousTo: from,
    granularity: input.granularity ?? defaultGranularity(from, to),
    firstDay: localDateKey(from),
    lastDay: localDateKey(new Date(to.getTime() - 1)),
  };
}

/** Every bucket start (YYYY-MM-DD, local) from `from` to `to`, so empty days show as zero. */
export function bucketKeys(period: Pick<TPeriod, "from" | "to" | "granularity">): string[] {
  const keys: string[] = [];
  const start = localParts(period.from);
  let cursor: Date;
  if (period.granularity === "month") cursor = localMidnight(start.year, start.month, 1);
  else if (period.granularity === "week") {
    const weekday = (new Date(Date.UTC(start.year, start.month, start.day)).getUTCDay() + 6) % 7; // Monday = 0
    cursor = localMidnight(start.year, start.month, start.day - weekday);
  } else cursor = localMidnight(start.year, start.month, start.day);
  while (cursor < period.to && keys.length < 2000) {
    keys.push(localDateKey(cursor));
    const parts = localParts(cursor);
    cursor =
      period.granularity === "month" ? localMidnight(parts.year, parts.month + 1, 1)
      : period.granularity === "week" ? localMidnight(parts.year, parts.month, parts.day + 7)
      : localMidnight(parts.year, parts.month, parts.day + 1);
  }
  return keys;
}
