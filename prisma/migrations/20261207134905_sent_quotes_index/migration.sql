-- CreateIndex
CREATE INDEX "Document_sent_quotes_idx" ON "Document"("organizationId", "validUntil", "id") WHERE ((type = 'QUOTE'::"DocumentType") AND (status = 'SENT'::"DocumentStatus"));
