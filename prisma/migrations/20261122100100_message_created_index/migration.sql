-- The flood check reads the last half hour of citizens' messages every minute.
CREATE INDEX "Message_createdAt_idx" ON "Message"("createdAt");
