-- Admin panel queue and ticket page over a million tickets.

-- CreateIndex: the ticket page lists the tickets merged into this one (foreign key index).
CREATE INDEX "Ticket_mergedIntoId_idx" ON "Ticket"("mergedIntoId");

-- CreateIndex: counts per status of one unit's queue, answered from the index alone.
CREATE INDEX "Ticket_queue_counts_idx" ON "Ticket"("unitId", "status", "excludedUnitId");

-- Search ignoring diacritics (LIKE '%term%' over the folded Ticket.searchText): a trigram index
-- where the pg_trgm extension is available (PostgreSQL ships it; PGlite without the extension
-- loaded keeps scanning). Kept out of schema.prisma because Prisma cannot describe it without
-- the postgresqlExtensions preview; nothing in the schema conflicts with it.
DO $$
BEGIN
  BEGIN
    CREATE EXTENSION IF NOT EXISTS pg_trgm;
  EXCEPTION WHEN OTHERS THEN
    RAISE NOTICE 'pg_trgm is not available: ticket search scans';
  END;
  IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN
    CREATE INDEX IF NOT EXISTS "Ticket_searchText_trgm_idx" ON "Ticket" USING gin ("searchText" gin_trgm_ops);
  END IF;
END $$;
