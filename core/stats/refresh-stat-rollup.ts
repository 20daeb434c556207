import { Prisma } from "../../prisma/generated/client.ts";
import type { Db } from "../db/open-database.ts";
import { durationBucketSql, histogramAggregateSql, histogramSumSql } from "./duration-histogram.ts";
import { CELL_COUNTS, DAY_COUNTS } from "./rollup-source.ts";

/** Days rebuilt per transaction: small enough to keep each transaction short. */
const DAYS_PER_BATCH = 31;
/** Only one refresh at a time across instances (two would rebuild the same days twice). */
const REFRESH_LOCK_KEY = 72707370;

const COUNTED = Prisma.sql`t."isSpam" = false AND t."mergedIntoId" IS NULL`;
const OPEN = Prisma.sql`('new', 'in_progress', 'waiting_citizen')`;
/** The tickets received on each day of `days` (local day d: [d 00:00, d+1 00:00) at UTC+7). */
const RECEIVED_ON_DAY = Prisma.sql`t."createdAt" >= d.day - interval '7 hours' AND t."createdAt" < d.day + interval '17 hours'`;
const RESOLVED_ON_DAY = Prisma.sql`t."resolvedAt" >= d.day - interval '7 hours' AND t."resolvedAt" < d.day + interval '17 hours'`;

/**
 * The outcome counts of the police reports' counting rule over the tickets of a group — the same
 * rule as the live queries had: early = at least a day before the deadline. "Pending overdue"
 * moves with the clock, so it is kept in two parts: tickets paused (waiting for the citizen) past
 * their deadline, fixed; and pending tickets with a running deadline, from which the dashboard
 * takes away, live, those whose deadline is still ahead.
 */
const OUTCOME_COUNTS = Prisma.sql`
  count(*)::int AS received,
  count(t."resolvedAt")::int AS resolved,
  count(*) FILTER (WHERE t."resolvedAt" <= t."dueAt" - interval '1 day')::int AS early,
  count(*) FILTER (WHERE t."resolvedAt" IS NOT NULL AND (t."dueAt" IS NULL OR (t."resolvedAt" > t."dueAt" - interval '1 day' AND t."resolvedAt" <= t."dueAt")))::int AS "onTime",
  count(*) FILTER (WHERE t."resolvedAt" > t."dueAt")::int AS late,
  count(*) FILTER (WHERE t.status IN ${OPEN})::int AS pending,
  count(*) FILTER (WHERE t.status IN ${OPEN} AND t."pausedAt" IS NOT NULL AND t."dueAt" < t."pausedAt")::int AS "pendingPausedOverdue",
  count(*) FILTER (WHERE t.status IN ${OPEN} AND t."pausedAt" IS NULL AND t."dueAt" IS NOT NULL)::int AS "pendingRunning",
  count(t."satisfactionRating")::int AS "ratingCount",
  coalesce(sum(t."satisfactionRating"), 0)::int AS "ratingSum"`;

const dayList = (days: string[]) => Prisma.sql`(SELECT unnest(${days}::date[]) AS day)`;

/** Rebuilds the rollup rows of some local days (YYYY-MM-DD) from the tickets, inside `tx`. */
async function rebuildDays(tx: Prisma.TransactionClient, days: string[]): Promise<void> {
  await tx.$executeRaw`DELETE FROM "StatDay" WHERE "day" = ANY(${days}::date[])`;
  await tx.$executeRaw`DELETE FROM "StatDayCell" WHERE "day" = ANY(${days}::date[])`;
  await tx.$executeRaw`
    INSERT INTO "StatDay" ("day", "unitId", "excludedUnitId", "kind", received, resolved, early, "onTime", late, pending, "pendingPausedOverdue", "pendingRunning",
      "ratingCount", "ratingSum", rejected, anonymous, telegram, zalo, "firstResponded", "firstResponseOnTime", r1, r2, r3, r4, r5,
      "firstResponseHistogram", "resolutionHistogram")
    SELECT t.day, t."unitId", coalesce(t."excludedUnitId", ''), t.kind::text,
      ${OUTCOME_COUNTS},
      count(*) FILTER (WHERE t.status = 'rejected')::int,
      count(*) FILTER (WHERE t."isAnonymous")::int,
      count(*) FILTER (WHERE t.channel = 'telegram')::int,
      count(*) FILTER (WHERE t.channel = 'zalo')::int,
      count(t."firstRespondedAt")::int,
      count(*) FILTER (WHERE t."firstRespondedAt" <= t."firstResponseDueAt")::int,
      count(*) FILTER (WHERE t."satisfactionRating" = 1)::int,
      count(*) FILTER (WHERE t."satisfactionRating" = 2)::int,
      count(*) FILTER (WHERE t."satisfactionRating" = 3)::int,
      count(*) FILTER (WHERE t."satisfactionRating" = 4)::int,
      count(*) FILTER (WHERE t."satisfactionRating" = 5)::int,
      ${histogramAggregateSql("t.fb")},
      ${histogramAggregateSql("t.rb")}
    FROM (
      SELECT d.day, t."unitId", t."excludedUnitId", t.kind, t.status, t.channel, t."isAnonymous", t."resolvedAt", t."dueAt", t."pausedAt",
        t."firstRespondedAt", t."firstResponseDueAt", t."satisfactionRating",
        ${durationBucketSql(Prisma.sql`t."createdAt"`, Prisma.sql`t."firstRespondedAt"`)} AS fb,
        ${durationBucketSql(Prisma.sql`t."createdAt"`, Prisma.sql`t."resolvedAt"`)} AS rb
      FROM ${dayList(days)} d JOIN "Ticket" t ON ${RECEIVED_ON_DAY}
      WHERE ${COUNTED}
    ) t
    GROUP BY 1, 2, 3, 4`;
  // The trend's "resolved" is by the day of resolution: added to (or creating) the day's rows.
  await tx.$executeRaw`
    INSERT INTO "StatDay" ("day", "unitId", "excludedUnitId", "kind", "resolvedOnDay", "lateOnDay", "firstResponseHistogram", "resolutionHistogram")
    SELECT d.day, t."unitId", coalesce(t."excludedUnitId", ''), t.kind::text, count(*)::int, count(*) FILTER (WHERE t."resolvedAt" > t."dueAt")::int, '{}', '{}'
    FROM ${dayList(days)} d JOIN "Ticket" t ON ${RESOLVED_ON_DAY}
    WHERE ${COUNTED}
    GROUP BY 1, 2, 3, 4
    ON CONFLICT ("day", "unitId", "excludedUnitId", "kind") DO UPDATE SET "resolvedOnDay" = EXCLUDED."resolvedOnDay", "lateOnDay" = EXCLUDED."lateOnDay"`;
  await tx.$executeRaw`
    INSERT INTO "StatDayCell" ("day", "unitId", "excludedUnitId", "kind", "categoryId", "wardId", "channel",
      received, resolved, early, "onTime", late, pending, "pendingPausedOverdue", "pendingRunning", "ratingCount", "ratingSum")
    SELECT d.day, t."unitId", coalesce(t."excludedUnitId", ''), t.kind::text, t."categoryId", coalesce(t."wardId", ''), t.channel::text,
      ${OUTCOME_COUNTS}
    FROM ${dayList(days)} d JOIN "Ticket" t ON ${RECEIVED_ON_DAY}
    WHERE ${COUNTED}
    GROUP BY 1, 2, 3, 4, 5, 6, 7`;
}

const quoted = (columns: readonly string[]) => Prisma.raw(columns.map((column) => `"${column}"`).join(", "));
const summed = (columns: readonly string[]) => Prisma.raw(columns.map((column) => `sum(r."${column}")::int`).join(", "));
const monthList = (months: string[]) => Prisma.sql`(SELECT unnest(${months}::date[]) AS month)`;

/** Re-sums the monthly rows (day = the 1st) of some months from their daily rows, inside `tx`. */
async function rebuildMonths(tx: Prisma.TransactionClient, months: string[]): Promise<void> {
  await tx.$executeRaw`DELETE FROM "StatMonth" WHERE "day" = ANY(${months}::date[])`;
  await tx.$executeRaw`DELETE FROM "StatMonthCell" WHERE "day" = ANY(${months}::date[])`;
  await tx.$executeRaw`
    INSERT INTO "StatMonth" ("day", "unitId", "excludedUnitId", "kind", ${quoted(DAY_COUNTS)}, "firstResponseHistogram", "resolutionHistogram")
    SELECT m.month, r."unitId", r."excludedUnitId", r.kind, ${summed(DAY_COUNTS)},
      ${histogramSumSql(`r."firstResponseHistogram"`)}, ${histogramSumSql(`r."resolutionHistogram"`)}
    FROM ${monthList(months)} m JOIN "StatDay" r ON r."day" >= m.month AND r."day" < (m.month + interval '1 month')::date
    GROUP BY 1, 2, 3, 4`;
  await tx.$executeRaw`
    INSERT INTO "StatMonthCell" ("day", "unitId", "excludedUnitId", "kind", "categoryId", "wardId", "channel", ${quoted(CELL_COUNTS)})
    SELECT m.month, r."unitId", r."excludedUnitId", r.kind, r."categoryId", r."wardId", r.channel, ${summed(CELL_COUNTS)}
    FROM ${monthList(months)} m JOIN "StatDayCell" r ON r."day" >= m.month AND r."day" < (m.month + interval '1 month')::date
    GROUP BY 1, 2, 3, 4, 5, 6, 7`;
}

/**
 * Brings the dashboard rollup up to date: takes the days the Ticket triggers noted as changed and
 * rebuilds their rows from the tickets, a batch of days per transaction. Run by the SLA worker
 * every minute and by the dashboard before it reads, so figures are never older than the last
 * committed ticket change. Safe on several instances at once (an advisory lock serialises them;
 * a day noted while a refresh runs stays noted for the next one). Returns the days rebuilt.
 */
export async function refreshStatRollup(prisma: Db): Promise<number> {
  // The usual case on a dashboard read: nothing changed since the last refresh — one cheap query.
  const [pending] = await prisma.$queryRaw<{ any: boolean }[]>`SELECT EXISTS (SELECT 1 FROM "StatDirtyDay") AS any`;
  if (!pending?.any) return 0;
  let rebuilt = 0;
  for (;;) {
    const days = await prisma.$transaction(
      async (tx) => {
        await tx.$queryRaw`SELECT pg_advisory_xact_lock(${REFRESH_LOCK_KEY})::text AS locked`;
        // The per-day joins are estimated far above what they read, which would have PostgreSQL
        // JIT-compile the many FILTER aggregates for seconds per batch.
        await tx.$executeRaw`SET LOCAL jit = off`;
        const taken = await tx.$queryRaw<{ day: string }[]>`
          DELETE FROM "StatDirtyDay" WHERE "day" IN (SELECT DISTINCT "day" FROM "StatDirtyDay" ORDER BY "day" LIMIT ${DAYS_PER_BATCH})
          RETURNING to_char("day", 'YYYY-MM-DD') AS day`;
        const unique = [...new Set(taken.map((row) => row.day))];
        if (unique.length > 0) {
          await rebuildDays(tx, unique);
          await rebuildMonths(tx, [...new Set(unique.map((day) => `${day.slice(0, 7)}-01`))]);
        }
        return unique.length;
      },
      { timeout: 300_000, maxWait: 60_000 },
    );
    if (days === 0) {
      // After a large rebuild the planner's row counts are stale (and the old rows dead): refresh them.
      if (rebuilt > DAYS_PER_BATCH) await prisma.$executeRaw`ANALYZE "StatDay", "StatDayCell", "StatMonth", "StatMonthCell"`;
      return rebuilt;
    }
    rebuilt += days;
  }
}

/**
 * Full rebuild on demand (after a bulk import that bypassed the triggers, e.g. TRUNCATE, or to
 * check the rollup): empties it, notes every day that has tickets and refreshes. While it runs the
 * dashboard shows the days not yet rebuilt as empty.
 */
export async function rebuildStatRollup(prisma: Db): Promise<number> {
  await prisma.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT pg_advisory_xact_lock(${REFRESH_LOCK_KEY})::text AS locked`;
    await tx.$executeRaw`DELETE FROM "StatDay"`;
    await tx.$executeRaw`DELETE FROM "StatDayCell"`;
    await tx.$executeRaw`DELETE FROM "StatMonth"`;
    await tx.$executeRaw`DELETE FROM "StatMonthCell"`;
    await tx.$executeRaw`DELETE FROM "StatDirtyDay"`;
    await tx.$executeRaw`
      INSERT INTO "StatDirtyDay" ("day")
      SELECT DISTINCT d FROM (
        SELECT ("createdAt" + interval '7 hours')::date AS d FROM "Ticket"
        UNION SELECT ("resolvedAt" + interval '7 hours')::date FROM "Ticket" WHERE "resolvedAt" IS NOT NULL
      ) days`;
  }, { timeout: 300_000, maxWait: 60_000 });
  return refreshStatRollup(prisma);
}
