-- DropIndex
DROP INDEX "Document_organizationId_type_dueDate_idx";

-- DropIndex
DROP INDEX "Document_organizationId_type_issueDate_id_idx";

-- DropIndex
DROP INDEX "Document_organizationId_type_totalInclVatCents_idx";

-- CreateIndex
CREATE INDEX "Document_organizationId_issueDate_id_type_idx" ON "Document"("organizationId", "issueDate", "id", "type");

-- CreateIndex
CREATE INDEX "Document_organizationId_dueDate_id_type_idx" ON "Document"("organizationId", "dueDate", "id", "type");

-- CreateIndex
CREATE INDEX "Document_organizationId_totalInclVatCents_id_type_idx" ON "Document"("organizationId", "totalInclVatCents", "id", "type");

-- CreateIndex
CREATE INDEX "Document_list_summary_idx" ON "Document"("organizationId", "type", "status", "dueDate", "validUntil", "issueDate", "totalInclVatCents", "totalExclVatCents", "paidCents", "creditedCents", "id");

-- CreateIndex
CREATE INDEX "Payment_reference_idx" ON "Payment" USING GIN ("reference" gin_trgm_ops);
