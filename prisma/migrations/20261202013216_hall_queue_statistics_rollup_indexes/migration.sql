-- CreateEnum
CREATE TYPE "QueueTicketStatus" AS ENUM ('WAITING', 'CALLED', 'SERVED', 'NO_SHOW');

-- AlterTable
ALTER TABLE "QueueTicket" ADD COLUMN     "callCount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "calledById" TEXT,
ADD COLUMN     "finishedAt" TIMESTAMP(3),
ADD COLUMN     "status" "QueueTicketStatus" NOT NULL DEFAULT 'WAITING';

-- CreateTable
CREATE TABLE "StatDaily" (
    "day" TEXT NOT NULL,
    "dimension" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "accepted" INTEGER NOT NULL,
    "acceptedOnline" INTEGER NOT NULL,
    "acceptedCorrected" INTEGER NOT NULL,
    "concluded" INTEGER NOT NULL,
    "promisedOnTime" INTEGER NOT NULL,
    "withStatutory" INTEGER NOT NULL,
    "statutoryOnTime" INTEGER NOT NULL,
    "workingDays" DOUBLE PRECISION NOT NULL,
    "concludedCorrected" INTEGER NOT NULL,
    "ratings" INTEGER NOT NULL,
    "satisfied" INTEGER NOT NULL,

    CONSTRAINT "StatDaily_pkey" PRIMARY KEY ("dimension","day","key")
);

-- CreateTable
CREATE TABLE "StatDay" (
    "day" TEXT NOT NULL,
    "calendarKey" TEXT NOT NULL,
    "computedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StatDay_pkey" PRIMARY KEY ("day")
);

-- CreateIndex
CREATE INDEX "Application_acceptedAt_idx" ON "Application"("acceptedAt");

-- CreateIndex
CREATE INDEX "Application_decidedAt_idx" ON "Application"("decidedAt");

-- CreateIndex
CREATE INDEX "Application_versionId_idx" ON "Application"("versionId");

-- CreateIndex
CREATE INDEX "ApplicationMaterial_applicationId_idx" ON "ApplicationMaterial"("applicationId");

-- CreateIndex
CREATE INDEX "CorrectionNotice_applicationId_idx" ON "CorrectionNotice"("applicationId");

-- CreateIndex
CREATE INDEX "DepartmentTask_applicationId_idx" ON "DepartmentTask"("applicationId");

-- CreateIndex
CREATE INDEX "Suspension_applicationId_idx" ON "Suspension"("applicationId");

-- CreateIndex
CREATE INDEX "Extension_applicationId_idx" ON "Extension"("applicationId");

-- CreateIndex
CREATE INDEX "Certificate_applicationId_idx" ON "Certificate"("applicationId");

-- CreateIndex
CREATE INDEX "Evaluation_createdAt_idx" ON "Evaluation"("createdAt");

-- CreateIndex
CREATE INDEX "QueueTicket_day_business_status_number_idx" ON "QueueTicket"("day", "business", "status", "number");

-- CreateIndex
CREATE INDEX "QueueTicket_day_calledAt_idx" ON "QueueTicket"("day", "calledAt");


-- Tickets called before this migration count as called.
UPDATE "QueueTicket" SET "status" = 'CALLED', "callCount" = 1 WHERE "calledAt" IS NOT NULL;

-- Partial indexes of the supervisor's board (docs/performance.md). Prisma's
-- schema cannot express them, so later generated migrations propose to drop
-- them: keep such DROP INDEX lines out.
CREATE INDEX "Application_board_idx" ON "Application" ("promisedDueAt", id)
  WHERE status IN ('ACCEPTED', 'IN_REVIEW', 'SUSPENDED');
CREATE INDEX "DepartmentTask_board_idx" ON "DepartmentTask" ("dueAt", id)
  WHERE status = 'OPEN';
CREATE INDEX "Application_board_version_idx" ON "Application" ("versionId", "promisedDueAt", id)
  WHERE status IN ('ACCEPTED', 'IN_REVIEW', 'SUSPENDED');
CREATE INDEX "DepartmentTask_open_department_idx" ON "DepartmentTask" ("departmentId", "applicationId")
  WHERE status = 'OPEN';
