-- CreateIndex
CREATE INDEX "Document_drafts_idx" ON "Document"("organizationId", "createdAt", "id") WHERE (status = 'DRAFT'::"DocumentStatus");
