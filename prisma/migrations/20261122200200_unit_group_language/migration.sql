-- The language the bot writes in to a unit's linked Telegram group (reminders, escalations,
-- new-ticket announcements, low ratings): 'vi' (default) or 'en'.
ALTER TABLE "Unit" ADD COLUMN "groupLanguage" TEXT NOT NULL DEFAULT 'vi';
