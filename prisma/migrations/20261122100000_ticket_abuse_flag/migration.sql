-- Floods seen by the background check: "repeated_text" (the same message sent again and again)
-- or "many_tickets" (many new tickets in a short time). Shown to officers; nothing is dropped.
ALTER TABLE "Ticket" ADD COLUMN "abuseFlag" TEXT;
