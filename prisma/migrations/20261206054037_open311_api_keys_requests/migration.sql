-- CreateTable
CREATE TABLE "ApiKey" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "keyHash" TEXT NOT NULL,
    "rateLimitPerHour" INTEGER NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "ApiKey_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Open311Request" (
    "id" TEXT NOT NULL,
    "apiKeyId" TEXT NOT NULL,
    "inquiryId" TEXT NOT NULL,
    "serviceCode" TEXT NOT NULL,
    "attributes" JSONB NOT NULL,
    "addressString" TEXT,
    "lat" DOUBLE PRECISION,
    "long" DOUBLE PRECISION,
    "firstName" TEXT,
    "lastName" TEXT,
    "email" TEXT,
    "phone" TEXT,
    "deviceId" TEXT,
    "accountId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Open311Request_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ApiKey_keyHash_key" ON "ApiKey"("keyHash");

-- CreateIndex
CREATE UNIQUE INDEX "Open311Request_inquiryId_key" ON "Open311Request"("inquiryId");

-- CreateIndex
CREATE INDEX "Open311Request_apiKeyId_createdAt_idx" ON "Open311Request"("apiKeyId", "createdAt");

-- CreateIndex
CREATE INDEX "Open311Request_serviceCode_createdAt_idx" ON "Open311Request"("serviceCode", "createdAt");

-- CreateIndex
CREATE INDEX "Open311Request_createdAt_idx" ON "Open311Request"("createdAt");

-- AddForeignKey
ALTER TABLE "Open311Request" ADD CONSTRAINT "Open311Request_apiKeyId_fkey" FOREIGN KEY ("apiKeyId") REFERENCES "ApiKey"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Open311Request" ADD CONSTRAINT "Open311Request_inquiryId_fkey" FOREIGN KEY ("inquiryId") REFERENCES "Inquiry"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

