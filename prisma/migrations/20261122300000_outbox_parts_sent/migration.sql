-- How many parts of a long (split) message already reached the chat, so a retry sends only the rest.
ALTER TABLE "OutboxMessage" ADD COLUMN "partsSent" INTEGER NOT NULL DEFAULT 0;
