-- AlterEnum
ALTER TYPE "CertificateStatus" ADD VALUE 'REPLACED';

-- AlterTable
ALTER TABLE "ServiceItemVersion" ADD COLUMN     "electronicDelivery" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "postalFee" TEXT;

-- AlterTable
ALTER TABLE "Application" ADD COLUMN     "deliveryAddress" TEXT,
ADD COLUMN     "deliveryChoice" "DeliveryMethod";

-- AlterTable
ALTER TABLE "Certificate" ADD COLUMN     "replacedAt" TIMESTAMP(3),
ADD COLUMN     "replacedById" TEXT;


-- Backfill: the guide already offered 电子送达 where the item is fully online (onlineDepth 4).
UPDATE "ServiceItemVersion" SET "electronicDelivery" = true WHERE "onlineDepth" >= 4;
