-- DropIndex
DROP INDEX "Payment_organizationId_date_idx";

-- CreateIndex
CREATE INDEX "Payment_organizationId_date_createdAt_id_idx" ON "Payment"("organizationId", "date", "createdAt", "id");
