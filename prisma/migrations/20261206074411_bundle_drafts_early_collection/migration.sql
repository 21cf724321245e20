-- AlterTable
ALTER TABLE "BundleCase" ADD COLUMN     "earlyCollectionRequestedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "BundleDraft" (
    "id" TEXT NOT NULL,
    "applicantId" TEXT NOT NULL,
    "bundleId" TEXT NOT NULL,
    "situations" TEXT[],
    "optional" TEXT[],
    "data" JSONB NOT NULL DEFAULT '{}',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "BundleDraft_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "BundleDraft_applicantId_updatedAt_idx" ON "BundleDraft"("applicantId", "updatedAt");

-- AddForeignKey
ALTER TABLE "BundleDraft" ADD CONSTRAINT "BundleDraft_applicantId_fkey" FOREIGN KEY ("applicantId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BundleDraft" ADD CONSTRAINT "BundleDraft_bundleId_fkey" FOREIGN KEY ("bundleId") REFERENCES "Bundle"("id") ON DELETE CASCADE ON UPDATE CASCADE;

