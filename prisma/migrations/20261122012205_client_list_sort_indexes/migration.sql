-- CreateIndex
CREATE INDEX "Client_organizationId_name_id_idx" ON "Client"("organizationId", "name", "id");

-- CreateIndex
CREATE INDEX "Client_organizationId_billingCity_name_id_idx" ON "Client"("organizationId", "billingCity", "name", "id");
