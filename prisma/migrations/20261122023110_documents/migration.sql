-- CreateEnum
CREATE TYPE "DocumentStatus" AS ENUM ('DRAFT', 'SENT', 'ACCEPTED', 'DECLINED', 'INVOICED', 'ISSUED');

-- CreateEnum
CREATE TYPE "DiscountKind" AS ENUM ('PERCENT', 'AMOUNT');

-- CreateEnum
CREATE TYPE "SupplyKind" AS ENUM ('GOODS', 'SERVICES', 'BOTH');

-- CreateEnum
CREATE TYPE "PaymentMethod" AS ENUM ('TRANSFER', 'CARD', 'CHEQUE', 'CASH', 'OTHER');

-- CreateTable
CREATE TABLE "Document" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "type" "DocumentType" NOT NULL,
    "status" "DocumentStatus" NOT NULL DEFAULT 'DRAFT',
    "clientId" TEXT NOT NULL,
    "series" TEXT,
    "sequence" INTEGER,
    "number" TEXT,
    "title" TEXT,
    "issueDate" DATE,
    "serviceDate" DATE,
    "dueDate" DATE,
    "validUntil" DATE,
    "currency" TEXT NOT NULL DEFAULT 'EUR',
    "language" TEXT NOT NULL DEFAULT 'fr',
    "pricesIncludeVat" BOOLEAN NOT NULL DEFAULT false,
    "vatExempt" BOOLEAN NOT NULL DEFAULT false,
    "discountKind" "DiscountKind",
    "discountValue" INTEGER,
    "supplyKind" "SupplyKind" NOT NULL DEFAULT 'SERVICES',
    "purchaseOrderNumber" TEXT,
    "deliveryAddress" TEXT,
    "paymentTermsDays" INTEGER,
    "paymentTermsEndOfMonth" BOOLEAN NOT NULL DEFAULT false,
    "notes" TEXT,
    "sellerSnapshot" JSONB,
    "clientSnapshot" JSONB,
    "totalExclVatCents" INTEGER NOT NULL DEFAULT 0,
    "totalVatCents" INTEGER NOT NULL DEFAULT 0,
    "totalInclVatCents" INTEGER NOT NULL DEFAULT 0,
    "discountCents" INTEGER NOT NULL DEFAULT 0,
    "vatBreakdown" JSONB NOT NULL DEFAULT '[]',
    "paidCents" INTEGER NOT NULL DEFAULT 0,
    "creditedCents" INTEGER NOT NULL DEFAULT 0,
    "sourceQuoteId" TEXT,
    "creditedInvoiceId" TEXT,
    "depositPercentBps" INTEGER,
    "sentAt" TIMESTAMP(3),
    "acceptedAt" TIMESTAMP(3),
    "declinedAt" TIMESTAMP(3),
    "issuedAt" TIMESTAMP(3),
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Document_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DocumentLine" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "articleId" TEXT,
    "description" TEXT NOT NULL,
    "quantityMilli" INTEGER NOT NULL,
    "unit" TEXT NOT NULL,
    "unitPriceCents" INTEGER NOT NULL,
    "discountKind" "DiscountKind",
    "discountValue" INTEGER,
    "vatRateBps" INTEGER NOT NULL,
    "netCents" INTEGER NOT NULL,
    "kind" "ArticleKind" NOT NULL DEFAULT 'SERVICE',
    "deductedDocumentId" TEXT,

    CONSTRAINT "DocumentLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NumberSequence" (
    "organizationId" TEXT NOT NULL,
    "series" TEXT NOT NULL,
    "lastNumber" INTEGER NOT NULL DEFAULT 0,
    "lastIssueDate" DATE NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "NumberSequence_pkey" PRIMARY KEY ("organizationId","series")
);

-- CreateTable
CREATE TABLE "Payment" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "amountCents" INTEGER NOT NULL,
    "method" "PaymentMethod" NOT NULL,
    "reference" TEXT,
    "note" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Payment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Document_organizationId_type_issueDate_id_idx" ON "Document"("organizationId", "type", "issueDate", "id");

-- CreateIndex
CREATE INDEX "Document_organizationId_type_number_idx" ON "Document"("organizationId", "type", "number");

-- CreateIndex
CREATE INDEX "Document_organizationId_type_dueDate_idx" ON "Document"("organizationId", "type", "dueDate");

-- CreateIndex
CREATE INDEX "Document_organizationId_type_totalInclVatCents_idx" ON "Document"("organizationId", "type", "totalInclVatCents");

-- CreateIndex
CREATE INDEX "Document_organizationId_clientId_type_idx" ON "Document"("organizationId", "clientId", "type");

-- CreateIndex
CREATE INDEX "Document_organizationId_sourceQuoteId_idx" ON "Document"("organizationId", "sourceQuoteId");

-- CreateIndex
CREATE INDEX "Document_organizationId_creditedInvoiceId_idx" ON "Document"("organizationId", "creditedInvoiceId");

-- CreateIndex
CREATE INDEX "Document_number_idx" ON "Document" USING GIN ("number" gin_trgm_ops);

-- CreateIndex
CREATE UNIQUE INDEX "Document_organizationId_id_key" ON "Document"("organizationId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "Document_organizationId_series_sequence_key" ON "Document"("organizationId", "series", "sequence");

-- CreateIndex
CREATE UNIQUE INDEX "Document_organizationId_number_key" ON "Document"("organizationId", "number");

-- CreateIndex
CREATE INDEX "DocumentLine_organizationId_documentId_idx" ON "DocumentLine"("organizationId", "documentId");

-- CreateIndex
CREATE INDEX "DocumentLine_organizationId_articleId_idx" ON "DocumentLine"("organizationId", "articleId");

-- CreateIndex
CREATE INDEX "DocumentLine_organizationId_deductedDocumentId_idx" ON "DocumentLine"("organizationId", "deductedDocumentId");

-- CreateIndex
CREATE UNIQUE INDEX "DocumentLine_documentId_position_key" ON "DocumentLine"("documentId", "position");

-- CreateIndex
CREATE INDEX "Payment_organizationId_documentId_idx" ON "Payment"("organizationId", "documentId");

-- CreateIndex
CREATE INDEX "Payment_organizationId_date_idx" ON "Payment"("organizationId", "date");

-- AddForeignKey
ALTER TABLE "Document" ADD CONSTRAINT "Document_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Document" ADD CONSTRAINT "Document_organizationId_clientId_fkey" FOREIGN KEY ("organizationId", "clientId") REFERENCES "Client"("organizationId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Document" ADD CONSTRAINT "Document_organizationId_sourceQuoteId_fkey" FOREIGN KEY ("organizationId", "sourceQuoteId") REFERENCES "Document"("organizationId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Document" ADD CONSTRAINT "Document_organizationId_creditedInvoiceId_fkey" FOREIGN KEY ("organizationId", "creditedInvoiceId") REFERENCES "Document"("organizationId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DocumentLine" ADD CONSTRAINT "DocumentLine_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DocumentLine" ADD CONSTRAINT "DocumentLine_organizationId_documentId_fkey" FOREIGN KEY ("organizationId", "documentId") REFERENCES "Document"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DocumentLine" ADD CONSTRAINT "DocumentLine_organizationId_articleId_fkey" FOREIGN KEY ("organizationId", "articleId") REFERENCES "Article"("organizationId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DocumentLine" ADD CONSTRAINT "DocumentLine_organizationId_deductedDocumentId_fkey" FOREIGN KEY ("organizationId", "deductedDocumentId") REFERENCES "Document"("organizationId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NumberSequence" ADD CONSTRAINT "NumberSequence_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Payment" ADD CONSTRAINT "Payment_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Payment" ADD CONSTRAINT "Payment_organizationId_documentId_fkey" FOREIGN KEY ("organizationId", "documentId") REFERENCES "Document"("organizationId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- ---------------------------------------------------------------------------------------
-- Added by hand: rules the database enforces whatever the path (action, API, script).
-- Errors carry a stable message "facturo:<code>" that lib/documents/document-db-errors.ts
-- turns into an AppError.

-- A document that left DRAFT keeps its content. Only its lifecycle columns may change, and
-- it can never go back to DRAFT. (Compared as JSON minus the allowed columns, so a column
-- added later is frozen by default.)
CREATE FUNCTION facturo_document_guard_update() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  lifecycle text[] := ARRAY['status', 'paidCents', 'creditedCents', 'sentAt', 'acceptedAt',
                            'declinedAt', 'updatedAt'];
BEGIN
  IF OLD."status" <> 'DRAFT' THEN
    IF NEW."status" = 'DRAFT' OR (to_jsonb(NEW) - lifecycle) <> (to_jsonb(OLD) - lifecycle) THEN
      RAISE EXCEPTION 'facturo:document_frozen' USING ERRCODE = 'P0001',
        DETAIL = format('document %s is %s', OLD."id", OLD."status");
    END IF;
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER "Document_guard_update" BEFORE UPDATE ON "Document"
  FOR EACH ROW EXECUTE FUNCTION facturo_document_guard_update();

-- Only drafts can be deleted (an issued invoice is kept for ten years; a sent quote too).
CREATE FUNCTION facturo_document_guard_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD."status" <> 'DRAFT' THEN
    RAISE EXCEPTION 'facturo:document_frozen' USING ERRCODE = 'P0001',
      DETAIL = format('document %s is %s', OLD."id", OLD."status");
  END IF;
  RETURN OLD;
END;
$$;
CREATE TRIGGER "Document_guard_delete" BEFORE DELETE ON "Document"
  FOR EACH ROW EXECUTE FUNCTION facturo_document_guard_delete();

-- Lines belong to their document's content: frozen with it. (A missing parent means the
-- draft itself is being deleted, which cascades here.)
CREATE FUNCTION facturo_document_line_guard() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  parent_status "DocumentStatus";
BEGIN
  IF TG_OP <> 'DELETE' THEN
    SELECT "status" INTO parent_status FROM "Document" WHERE "id" = NEW."documentId";
    IF parent_status IS NOT NULL AND parent_status <> 'DRAFT' THEN
      RAISE EXCEPTION 'facturo:document_frozen' USING ERRCODE = 'P0001';
    END IF;
  END IF;
  IF TG_OP <> 'INSERT' THEN
    SELECT "status" INTO parent_status FROM "Document" WHERE "id" = OLD."documentId";
    IF parent_status IS NOT NULL AND parent_status <> 'DRAFT' THEN
      RAISE EXCEPTION 'facturo:document_frozen' USING ERRCODE = 'P0001';
    END IF;
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER "DocumentLine_guard" BEFORE INSERT OR UPDATE OR DELETE ON "DocumentLine"
  FOR EACH ROW EXECUTE FUNCTION facturo_document_line_guard();

-- Payments: only on issued invoices and deposit invoices, never more than what remains due,
-- never edited (delete and record again). paidCents moves by increments: an UPDATE waits for
-- a concurrent one on the same row and then adds to its result, so two payments at once
-- cannot both take the last euro.
CREATE FUNCTION facturo_payment_apply() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  doc record;
BEGIN
  IF TG_OP = 'UPDATE' THEN
    RAISE EXCEPTION 'facturo:payment_frozen' USING ERRCODE = 'P0001';
  END IF;
  IF TG_OP = 'INSERT' THEN
    IF NEW."amountCents" <= 0 THEN
      RAISE EXCEPTION 'facturo:payment_amount_positive' USING ERRCODE = 'P0001';
    END IF;
    UPDATE "Document" SET "paidCents" = "paidCents" + NEW."amountCents"
      WHERE "id" = NEW."documentId"
      RETURNING "type", "status", "paidCents", "creditedCents", "totalInclVatCents" INTO doc;
    IF doc."status" IS DISTINCT FROM 'ISSUED' OR doc."type" NOT IN ('INVOICE', 'DEPOSIT_INVOICE') THEN
      RAISE EXCEPTION 'facturo:payment_not_payable' USING ERRCODE = 'P0001';
    END IF;
    IF doc."paidCents" + doc."creditedCents" > doc."totalInclVatCents" THEN
      RAISE EXCEPTION 'facturo:payment_exceeds_balance' USING ERRCODE = 'P0001';
    END IF;
    RETURN NEW;
  END IF;
  UPDATE "Document" SET "paidCents" = "paidCents" - OLD."amountCents" WHERE "id" = OLD."documentId";
  RETURN OLD;
END;
$$;
CREATE TRIGGER "Payment_apply" AFTER INSERT OR UPDATE OR DELETE ON "Payment"
  FOR EACH ROW EXECUTE FUNCTION facturo_payment_apply();

-- A credit note, when issued, adds its total to the invoice it credits; together with the
-- payments it can never exceed the invoice's total (a paid invoice is refunded, not credited
-- twice). Same increment reasoning as payments.
CREATE FUNCTION facturo_credit_note_apply() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  invoice record;
BEGIN
  IF NEW."creditedInvoiceId" IS NULL THEN
    RAISE EXCEPTION 'facturo:credit_note_without_invoice' USING ERRCODE = 'P0001';
  END IF;
  UPDATE "Document" SET "creditedCents" = "creditedCents" + NEW."totalInclVatCents"
    WHERE "id" = NEW."creditedInvoiceId" AND "organizationId" = NEW."organizationId"
    RETURNING "type", "status", "creditedCents", "totalInclVatCents" INTO invoice;
  IF invoice."status" IS DISTINCT FROM 'ISSUED' OR invoice."type" NOT IN ('INVOICE', 'DEPOSIT_INVOICE') THEN
    RAISE EXCEPTION 'facturo:credit_note_target_not_issued' USING ERRCODE = 'P0001';
  END IF;
  IF invoice."creditedCents" > invoice."totalInclVatCents" THEN
    RAISE EXCEPTION 'facturo:credit_exceeds_invoice' USING ERRCODE = 'P0001';
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER "Document_credit_note_apply" AFTER UPDATE OF "status" ON "Document"
  FOR EACH ROW
  WHEN (NEW."type" = 'CREDIT_NOTE' AND OLD."status" = 'DRAFT' AND NEW."status" = 'ISSUED')
  EXECUTE FUNCTION facturo_credit_note_apply();
