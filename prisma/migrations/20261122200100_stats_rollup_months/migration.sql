-- Monthly copies of the dashboard rollup (summed from the daily rows), so a quarter, half-year or
-- year reads a dozen months of rows rather than hundreds of days; and the count of pending tickets
-- with a running (not paused) deadline, so "pending overdue" needs only a live count of the open
-- tickets whose deadline has not come yet.

ALTER TABLE "StatDay" ADD COLUMN "pendingRunning" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "StatDayCell" ADD COLUMN "pendingRunning" INTEGER NOT NULL DEFAULT 0;

-- Same columns as StatDay; "day" is the first day of the month.
CREATE TABLE "StatMonth" (LIKE "StatDay" INCLUDING DEFAULTS);
ALTER TABLE "StatMonth" ADD CONSTRAINT "StatMonth_pkey" PRIMARY KEY ("day", "unitId", "excludedUnitId", "kind");

-- Same columns as StatDayCell; "day" is the first day of the month.
CREATE TABLE "StatMonthCell" (LIKE "StatDayCell" INCLUDING DEFAULTS);
ALTER TABLE "StatMonthCell" ADD CONSTRAINT "StatMonthCell_pkey" PRIMARY KEY ("day", "unitId", "excludedUnitId", "kind", "categoryId", "wardId", "channel");

-- Rebuild everything once so the new column and the months are filled.
DELETE FROM "StatDirtyDay";
INSERT INTO "StatDirtyDay" ("day")
SELECT DISTINCT d FROM (
  SELECT ("createdAt" + interval '7 hours')::date AS d FROM "Ticket"
  UNION SELECT ("resolvedAt" + interval '7 hours')::date FROM "Ticket" WHERE "resolvedAt" IS NOT NULL
) days;
