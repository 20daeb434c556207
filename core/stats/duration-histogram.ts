import { Prisma } from "../../prisma/generated/client.ts";

/**
 * Bucket bounds (hours) of the first-response and resolution time histograms kept in the daily
 * rollup. Medians cannot be added up across days, histograms can: the dashboard sums the buckets
 * of the period and reads the median off them.
 *
 * Precision: the median is interpolated linearly inside the bucket that holds it, so it is exact
 * to within that bucket — at most 15 minutes below 1 hour, 30 minutes up to 2 hours, 1–2 hours up
 * to a day, 6 hours up to two days, 12–24 hours up to a week, and about a quarter to a third of
 * the value beyond (e.g. a true median of 30 h is reported between 24 h and 36 h; in practice far
 * closer, because tickets spread through the bucket). Times of 90 days and more share the last
 * bucket and are reported as 90 days.
 */
export const DURATION_BOUNDS_HOURS = [
  0.25, 0.5, 1, 1.5, 2, 3, 4, 6, 8, 10, 12, 16, 20, 24, 30, 36, 42, 48, 60, 72, 96, 120, 144, 168, 204, 240, 288, 336, 408, 480, 600, 720, 960, 1440, 2160,
] as const;

/** Buckets per histogram: below the first bound, between each pair, at or above the last. */
export const DURATION_BUCKETS = DURATION_BOUNDS_HOURS.length + 1;

const BOUNDS_SQL = Prisma.raw(`'{${DURATION_BOUNDS_HOURS.join(",")}}'::float8[]`);

/** SQL: the 0-based bucket of the time from `from` to `to` (NULL when `to` is NULL). */
export function durationBucketSql(from: Prisma.Sql, to: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`width_bucket((extract(epoch FROM (${to} - ${from})) / 3600.0)::float8, ${BOUNDS_SQL})`;
}

/** SQL: the histogram (int[] of DURATION_BUCKETS counts) of a bucket column, as an aggregate. */
export function histogramAggregateSql(bucketColumn: string): Prisma.Sql {
  const column = Prisma.raw(bucketColumn);
  const counts = Array.from({ length: DURATION_BUCKETS }, (_, index) => Prisma.sql`count(*) FILTER (WHERE ${column} = ${Prisma.raw(String(index))})::int`);
  return Prisma.sql`ARRAY[${Prisma.join(counts)}]::int[]`;
}

/** SQL: the bucket-by-bucket sum of an int[] histogram column over the rows of a query. */
export function histogramSumSql(column: string): Prisma.Sql {
  const sums = Array.from({ length: DURATION_BUCKETS }, (_, index) => Prisma.sql`coalesce(sum(${Prisma.raw(column)}[${Prisma.raw(String(index + 1))}]), 0)::int`);
  return Prisma.sql`ARRAY[${Prisma.join(sums)}]::int[]`;
}

/** The median (hours) of a histogram, interpolated inside its bucket; null when it is empty (pure). */
export function histogramMedianHours(counts: readonly number[]): number | null {
  const total = counts.reduce((sum, count) => sum + count, 0);
  if (total === 0) return null;
  const target = total / 2;
  let before = 0;
  for (let index = 0; index < counts.length; index++) {
    const count = counts[index] ?? 0;
    if (count > 0 && before + count >= target) {
      const lower = index === 0 ? 0 : DURATION_BOUNDS_HOURS[index - 1]!;
      const upper = index < DURATION_BOUNDS_HOURS.length ? DURATION_BOUNDS_HOURS[index]! : lower;
      return lower + ((upper - lower) * (target - before)) / count;
    }
    before += count;
  }
  return DURATION_BOUNDS_HOURS[DURATION_BOUNDS_HOURS.length - 1]!;
}
