-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "pg_trgm";

-- CreateEnum
CREATE TYPE "SuccessionKind" AS ENUM ('MERGE', 'SPLIT');

-- CreateEnum
CREATE TYPE "ImmediateDecisionStatus" AS ENUM ('PROPOSED', 'CONFIRMED', 'RETURNED');

-- CreateEnum
CREATE TYPE "DeliveryMethod" AS ENUM ('WINDOW', 'POST', 'ELECTRONIC');

-- AlterTable
ALTER TABLE "StoredFile" ADD COLUMN     "messageId" TEXT;

-- AlterTable
ALTER TABLE "ApplicationMessage" ADD COLUMN     "answeredAt" TIMESTAMP(3),
ADD COLUMN     "fromApplicant" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "ServiceItemSuccession" (
    "id" TEXT NOT NULL,
    "kind" "SuccessionKind" NOT NULL,
    "fromItemId" TEXT NOT NULL,
    "toItemId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ServiceItemSuccession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ImmediateDecision" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "decision" "Decision" NOT NULL,
    "opinion" TEXT NOT NULL,
    "status" "ImmediateDecisionStatus" NOT NULL DEFAULT 'PROPOSED',
    "proposedById" TEXT NOT NULL,
    "proposedAt" TIMESTAMP(3) NOT NULL,
    "reviewedById" TEXT,
    "reviewedAt" TIMESTAMP(3),
    "reviewNote" TEXT,

    CONSTRAINT "ImmediateDecision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DeliveryReceipt" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "method" "DeliveryMethod" NOT NULL,
    "receiverName" TEXT,
    "receiverIdNo" TEXT,
    "idChecked" BOOLEAN NOT NULL DEFAULT false,
    "trackingNumber" TEXT,
    "deliveredById" TEXT NOT NULL,
    "deliveredAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DeliveryReceipt_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ServiceItemSuccession_toItemId_idx" ON "ServiceItemSuccession"("toItemId");

-- CreateIndex
CREATE UNIQUE INDEX "ServiceItemSuccession_fromItemId_toItemId_key" ON "ServiceItemSuccession"("fromItemId", "toItemId");

-- CreateIndex
CREATE INDEX "ImmediateDecision_applicationId_status_idx" ON "ImmediateDecision"("applicationId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "DeliveryReceipt_applicationId_key" ON "DeliveryReceipt"("applicationId");

-- CreateIndex
CREATE INDEX "DeliveryReceipt_deliveredAt_idx" ON "DeliveryReceipt"("deliveredAt");

-- CreateIndex
CREATE INDEX "ServiceItemVersion_searchText_idx" ON "ServiceItemVersion" USING GIN ("searchText" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Situation_versionId_idx" ON "Situation"("versionId");

-- CreateIndex
CREATE INDEX "MaterialRequirement_versionId_idx" ON "MaterialRequirement"("versionId");

-- CreateIndex
CREATE INDEX "ProcessStep_versionId_idx" ON "ProcessStep"("versionId");

-- CreateIndex
CREATE INDEX "RouteStage_versionId_idx" ON "RouteStage"("versionId");

-- CreateIndex
CREATE INDEX "ApplicationMessage_applicationId_createdAt_idx" ON "ApplicationMessage"("applicationId", "createdAt");

-- CreateIndex
CREATE INDEX "ApplicationMessage_fromApplicant_answeredAt_idx" ON "ApplicationMessage"("fromApplicant", "answeredAt");

-- AddForeignKey
ALTER TABLE "ServiceItemSuccession" ADD CONSTRAINT "ServiceItemSuccession_fromItemId_fkey" FOREIGN KEY ("fromItemId") REFERENCES "ServiceItem"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceItemSuccession" ADD CONSTRAINT "ServiceItemSuccession_toItemId_fkey" FOREIGN KEY ("toItemId") REFERENCES "ServiceItem"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StoredFile" ADD CONSTRAINT "StoredFile_messageId_fkey" FOREIGN KEY ("messageId") REFERENCES "ApplicationMessage"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImmediateDecision" ADD CONSTRAINT "ImmediateDecision_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeliveryReceipt" ADD CONSTRAINT "DeliveryReceipt_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

