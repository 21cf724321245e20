-- Notifications by message key (issue 13): additive. Rows written before keep messageKey NULL and are shown
-- with their stored Chinese title/body, so no backfill is needed (their values were never stored).
-- AlterTable
ALTER TABLE "User" ADD COLUMN     "locale" TEXT;

-- AlterTable
ALTER TABLE "OutboxMessage" ADD COLUMN     "locale" TEXT,
ADD COLUMN     "messageKey" TEXT,
ADD COLUMN     "messageValues" JSONB;

-- AlterTable
ALTER TABLE "Notification" ADD COLUMN     "messageKey" TEXT,
ADD COLUMN     "messageValues" JSONB;

