-- AlterTable
ALTER TABLE "User" ADD COLUMN     "sessionVersion" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "ThrottleCounter" (
    "key" TEXT NOT NULL,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "lastAt" TIMESTAMP(3) NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ThrottleCounter_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "ThrottleCounter_expiresAt_idx" ON "ThrottleCounter"("expiresAt");


-- A department sees a case only when its task was opened: every task that was
-- ever opened carries openedAt (open-stage.ts sets it). Fill it where it is
-- missing, from the task's own "open-task" audit event.
UPDATE "DepartmentTask" t
SET "openedAt" = e.first_open
FROM (
  SELECT "entityId", MIN("at") AS first_open
  FROM "AuditEvent"
  WHERE "entity" = 'DepartmentTask' AND "action" = 'open-task'
  GROUP BY "entityId"
) e
WHERE e."entityId" = t."id" AND t."openedAt" IS NULL;

-- Tasks past WAITING that were neither opened (no event) nor cancelled were
-- worked on, so they were open: date them from their decision.
UPDATE "DepartmentTask" t
SET "openedAt" = COALESCE(t."decidedAt", a."acceptedAt", a."submittedAt", NOW())
FROM "Application" a
WHERE a."id" = t."applicationId" AND t."openedAt" IS NULL AND t."status" IN ('OPEN', 'APPROVED', 'DENIED');

-- Walk-in account names carried the ID number (walkin-<ID number>): give them
-- a random name instead. The account's phone number still signs in.
UPDATE "User"
SET "username" = 'walkin-' || substr(md5(random()::text || "id"), 1, 12)
WHERE "idNumber" IS NOT NULL AND "username" = 'walkin-' || "idNumber";
