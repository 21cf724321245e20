-- CreateEnum
CREATE TYPE "BundleApplicability" AS ENUM ('ALWAYS', 'SITUATION', 'OPTIONAL');

-- CreateEnum
CREATE TYPE "BundleCaseStatus" AS ENUM ('SUBMITTED', 'CORRECTION_REQUIRED', 'IN_PROGRESS', 'CONCLUDED', 'DELIVERED', 'REJECTED');

-- AlterTable
ALTER TABLE "Application" ADD COLUMN     "bundleCaseId" TEXT;

-- AlterTable
ALTER TABLE "Bundle" DROP COLUMN "itemCodes",
ADD COLUMN     "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- CreateTable
CREATE TABLE "BundleVersion" (
    "id" TEXT NOT NULL,
    "bundleId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "status" "VersionStatus" NOT NULL DEFAULT 'DRAFT',
    "name" TEXT NOT NULL,
    "lifeEvent" TEXT NOT NULL,
    "leadDepartmentId" TEXT NOT NULL,
    "promisedLimitDays" DOUBLE PRECISION NOT NULL,
    "situations" TEXT[],
    "description" TEXT,
    "searchText" TEXT NOT NULL DEFAULT '',
    "publishedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BundleVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BundleMember" (
    "id" TEXT NOT NULL,
    "bundleVersionId" TEXT NOT NULL,
    "sort" INTEGER NOT NULL,
    "itemId" TEXT NOT NULL,
    "applicability" "BundleApplicability" NOT NULL,
    "situations" TEXT[],
    "dependsOn" TEXT[],

    CONSTRAINT "BundleMember_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BundleCase" (
    "id" TEXT NOT NULL,
    "receiptNumber" TEXT,
    "checkCode" TEXT NOT NULL,
    "bundleVersionId" TEXT NOT NULL,
    "applicantId" TEXT NOT NULL,
    "applicantName" TEXT NOT NULL,
    "channel" "Channel" NOT NULL,
    "situations" TEXT[],
    "status" "BundleCaseStatus" NOT NULL DEFAULT 'SUBMITTED',
    "lock" INTEGER NOT NULL DEFAULT 0,
    "submitKey" TEXT NOT NULL,
    "submittedAt" TIMESTAMP(3) NOT NULL,
    "intakeDueAt" TIMESTAMP(3),
    "acceptedAt" TIMESTAMP(3),
    "acceptedById" TEXT,
    "windowId" TEXT,
    "promisedDueAt" TIMESTAMP(3),
    "concludedAt" TIMESTAMP(3),
    "deliveredAt" TIMESTAMP(3),
    "deliveryMethod" "DeliveryMethod",
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BundleCase_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "BundleVersion_status_idx" ON "BundleVersion"("status");

-- CreateIndex
CREATE UNIQUE INDEX "BundleVersion_bundleId_version_key" ON "BundleVersion"("bundleId", "version");

-- CreateIndex
CREATE UNIQUE INDEX "BundleMember_bundleVersionId_itemId_key" ON "BundleMember"("bundleVersionId", "itemId");

-- CreateIndex
CREATE UNIQUE INDEX "BundleCase_receiptNumber_key" ON "BundleCase"("receiptNumber");

-- CreateIndex
CREATE UNIQUE INDEX "BundleCase_submitKey_key" ON "BundleCase"("submitKey");

-- CreateIndex
CREATE INDEX "BundleCase_status_submittedAt_idx" ON "BundleCase"("status", "submittedAt");

-- CreateIndex
CREATE INDEX "BundleCase_applicantId_createdAt_idx" ON "BundleCase"("applicantId", "createdAt");

-- CreateIndex
CREATE INDEX "Application_bundleCaseId_idx" ON "Application"("bundleCaseId");

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_bundleCaseId_fkey" FOREIGN KEY ("bundleCaseId") REFERENCES "BundleCase"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BundleVersion" ADD CONSTRAINT "BundleVersion_bundleId_fkey" FOREIGN KEY ("bundleId") REFERENCES "Bundle"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BundleVersion" ADD CONSTRAINT "BundleVersion_leadDepartmentId_fkey" FOREIGN KEY ("leadDepartmentId") REFERENCES "Department"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BundleMember" ADD CONSTRAINT "BundleMember_bundleVersionId_fkey" FOREIGN KEY ("bundleVersionId") REFERENCES "BundleVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BundleMember" ADD CONSTRAINT "BundleMember_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "ServiceItem"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BundleCase" ADD CONSTRAINT "BundleCase_bundleVersionId_fkey" FOREIGN KEY ("bundleVersionId") REFERENCES "BundleVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BundleCase" ADD CONSTRAINT "BundleCase_applicantId_fkey" FOREIGN KEY ("applicantId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- At most one published version per bundle (publishing retires the previous one in the same transaction).
CREATE UNIQUE INDEX "BundleVersion_one_published" ON "BundleVersion"("bundleId") WHERE "status" = 'PUBLISHED';
