-- CreateIndex
CREATE INDEX "Application_applicantName_idx" ON "Application"("applicantName");

-- CreateIndex
CREATE INDEX "Application_applicantIdNo_idx" ON "Application"("applicantIdNo");

-- CreateIndex
CREATE INDEX "Application_contactPhone_idx" ON "Application"("contactPhone");

