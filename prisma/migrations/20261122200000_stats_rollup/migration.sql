-- Daily pre-aggregation for the leaders' dashboard, so a year is read from a few thousand rows
-- instead of every ticket. Rows are rebuilt per local (Vietnam) day from the tickets themselves
-- (core/stats/refresh-stat-rollup.ts); triggers only note which days changed.

-- Per (day, unit, excluded unit, kind): the KPI figures, first-response and resolution time
-- histograms (fixed buckets, see core/stats/duration-histogram.ts) and, for the trend, the
-- tickets *resolved* that day. excludedUnitId is '' when the ticket has none.
CREATE TABLE "StatDay" (
    "day" DATE NOT NULL,
    "unitId" TEXT NOT NULL,
    "excludedUnitId" TEXT NOT NULL DEFAULT '',
    "kind" TEXT NOT NULL,
    "received" INTEGER NOT NULL DEFAULT 0,
    "resolved" INTEGER NOT NULL DEFAULT 0,
    "early" INTEGER NOT NULL DEFAULT 0,
    "onTime" INTEGER NOT NULL DEFAULT 0,
    "late" INTEGER NOT NULL DEFAULT 0,
    "pending" INTEGER NOT NULL DEFAULT 0,
    "pendingPausedOverdue" INTEGER NOT NULL DEFAULT 0,
    "rejected" INTEGER NOT NULL DEFAULT 0,
    "anonymous" INTEGER NOT NULL DEFAULT 0,
    "telegram" INTEGER NOT NULL DEFAULT 0,
    "zalo" INTEGER NOT NULL DEFAULT 0,
    "firstResponded" INTEGER NOT NULL DEFAULT 0,
    "firstResponseOnTime" INTEGER NOT NULL DEFAULT 0,
    "ratingCount" INTEGER NOT NULL DEFAULT 0,
    "ratingSum" INTEGER NOT NULL DEFAULT 0,
    "r1" INTEGER NOT NULL DEFAULT 0,
    "r2" INTEGER NOT NULL DEFAULT 0,
    "r3" INTEGER NOT NULL DEFAULT 0,
    "r4" INTEGER NOT NULL DEFAULT 0,
    "r5" INTEGER NOT NULL DEFAULT 0,
    "firstResponseHistogram" INTEGER[],
    "resolutionHistogram" INTEGER[],
    "resolvedOnDay" INTEGER NOT NULL DEFAULT 0,
    "lateOnDay" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "StatDay_pkey" PRIMARY KEY ("day", "unitId", "excludedUnitId", "kind")
);

-- Per (day, unit, excluded unit, kind, category, ward, channel): the outcome counts every
-- breakdown (unit, category, ward, channel, ward x category) is summed from. wardId '' = none.
CREATE TABLE "StatDayCell" (
    "day" DATE NOT NULL,
    "unitId" TEXT NOT NULL,
    "excludedUnitId" TEXT NOT NULL DEFAULT '',
    "kind" TEXT NOT NULL,
    "categoryId" TEXT NOT NULL,
    "wardId" TEXT NOT NULL DEFAULT '',
    "channel" TEXT NOT NULL,
    "received" INTEGER NOT NULL DEFAULT 0,
    "resolved" INTEGER NOT NULL DEFAULT 0,
    "early" INTEGER NOT NULL DEFAULT 0,
    "onTime" INTEGER NOT NULL DEFAULT 0,
    "late" INTEGER NOT NULL DEFAULT 0,
    "pending" INTEGER NOT NULL DEFAULT 0,
    "pendingPausedOverdue" INTEGER NOT NULL DEFAULT 0,
    "ratingCount" INTEGER NOT NULL DEFAULT 0,
    "ratingSum" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "StatDayCell_pkey" PRIMARY KEY ("day", "unitId", "excludedUnitId", "kind", "categoryId", "wardId", "channel")
);

-- Days whose rollup rows are out of date. Append-only (no unique key), so marking never waits on
-- another transaction; the refresh takes and deletes them.
CREATE TABLE "StatDirtyDay" (
    "id" BIGSERIAL NOT NULL,
    "day" DATE NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StatDirtyDay_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "StatDirtyDay_day_idx" ON "StatDirtyDay"("day");

-- Notes the local days a ticket change can move: the day it was received and the day it was
-- resolved, before and after. Statement-level with transition tables, so a bulk insert notes each
-- day once; an update that touches none of the counted columns notes nothing.
CREATE FUNCTION "stat_mark_ticket_days"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO "StatDirtyDay" ("day")
    SELECT DISTINCT d FROM (
      SELECT ("createdAt" + interval '7 hours')::date AS d FROM new_rows
      UNION SELECT ("resolvedAt" + interval '7 hours')::date FROM new_rows WHERE "resolvedAt" IS NOT NULL
    ) days;
  ELSIF TG_OP = 'UPDATE' THEN
    INSERT INTO "StatDirtyDay" ("day")
    SELECT DISTINCT d FROM (
      SELECT unnest(ARRAY[o."createdAt", n."createdAt", o."resolvedAt", n."resolvedAt"]) AS at
      FROM old_rows o JOIN new_rows n ON n.id = o.id
      WHERE (o."createdAt", o."resolvedAt", o.status, o."unitId", o."excludedUnitId", o.kind, o."categoryId", o."wardId", o.channel,
             o."isAnonymous", o."isSpam", o."mergedIntoId", o."dueAt", o."firstResponseDueAt", o."firstRespondedAt", o."pausedAt", o."satisfactionRating")
        IS DISTINCT FROM
            (n."createdAt", n."resolvedAt", n.status, n."unitId", n."excludedUnitId", n.kind, n."categoryId", n."wardId", n.channel,
             n."isAnonymous", n."isSpam", n."mergedIntoId", n."dueAt", n."firstResponseDueAt", n."firstRespondedAt", n."pausedAt", n."satisfactionRating")
    ) changed
    CROSS JOIN LATERAL (SELECT (changed.at + interval '7 hours')::date AS d) days
    WHERE changed.at IS NOT NULL;
  ELSE
    INSERT INTO "StatDirtyDay" ("day")
    SELECT DISTINCT d FROM (
      SELECT ("createdAt" + interval '7 hours')::date AS d FROM old_rows
      UNION SELECT ("resolvedAt" + interval '7 hours')::date FROM old_rows WHERE "resolvedAt" IS NOT NULL
    ) days;
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER "Ticket_stat_insert" AFTER INSERT ON "Ticket" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "stat_mark_ticket_days"();
CREATE TRIGGER "Ticket_stat_update" AFTER UPDATE ON "Ticket" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "stat_mark_ticket_days"();
CREATE TRIGGER "Ticket_stat_delete" AFTER DELETE ON "Ticket" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "stat_mark_ticket_days"();

-- Tickets already stored: every day they touch is to be built (the first refresh does it).
INSERT INTO "StatDirtyDay" ("day")
SELECT DISTINCT d FROM (
  SELECT ("createdAt" + interval '7 hours')::date AS d FROM "Ticket"
  UNION SELECT ("resolvedAt" + interval '7 hours')::date FROM "Ticket" WHERE "resolvedAt" IS NOT NULL
) days;
