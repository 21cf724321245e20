-- AlterEnum
ALTER TYPE "OutboxStatus" ADD VALUE 'SENDING';

-- AlterTable
ALTER TABLE "OutboxMessage" ADD COLUMN     "claimedAt" TIMESTAMP(3);

