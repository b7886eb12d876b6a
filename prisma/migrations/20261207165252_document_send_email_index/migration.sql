-- CreateIndex
CREATE INDEX "DocumentSend_organizationId_emailMessageId_idx" ON "DocumentSend"("organizationId", "emailMessageId");
