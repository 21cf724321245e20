-- AlterTable
ALTER TABLE "CorrectionNotice" ADD COLUMN     "documentNumber" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "CorrectionNotice_documentNumber_key" ON "CorrectionNotice"("documentNumber");

