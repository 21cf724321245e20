-- CreateIndex
CREATE INDEX "DepartmentTask_decidedAt_idx" ON "DepartmentTask"("decidedAt");

-- CreateIndex
CREATE INDEX "Suspension_taskId_idx" ON "Suspension"("taskId");

-- CreateIndex
CREATE INDEX "Extension_taskId_idx" ON "Extension"("taskId");

