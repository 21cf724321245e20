-- AlterTable
ALTER TABLE "ServiceItem" ADD COLUMN     "successorBundleId" TEXT;

-- AddForeignKey
ALTER TABLE "ServiceItem" ADD CONSTRAINT "ServiceItem_successorBundleId_fkey" FOREIGN KEY ("successorBundleId") REFERENCES "Bundle"("id") ON DELETE SET NULL ON UPDATE CASCADE;

