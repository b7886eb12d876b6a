-- CreateEnum
CREATE TYPE "DocumentSendKind" AS ENUM ('SEND', 'REMINDER');

-- CreateEnum
CREATE TYPE "QuoteDecision" AS ENUM ('ACCEPTED', 'DECLINED');

-- CreateTable
CREATE TABLE "DocumentPdf" (
    "organizationId" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "fileId" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "byteSize" INTEGER NOT NULL,
    "pageCount" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DocumentPdf_pkey" PRIMARY KEY ("organizationId","documentId")
);

-- CreateTable
CREATE TABLE "DocumentSend" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "kind" "DocumentSendKind" NOT NULL,
    "reminderStep" INTEGER,
    "recipients" TEXT[],
    "subject" TEXT NOT NULL,
    "emailMessageId" TEXT,
    "providerMessageId" TEXT,
    "sentById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DocumentSend_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ShareLink" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "sendId" TEXT,
    "expiresAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ShareLink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ShareLinkView" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "shareLinkId" TEXT NOT NULL,
    "resource" TEXT NOT NULL,
    "ip" TEXT,
    "userAgent" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ShareLinkView_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "QuoteResponse" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "shareLinkId" TEXT NOT NULL,
    "decision" "QuoteDecision" NOT NULL,
    "signerName" TEXT,
    "termsAccepted" BOOLEAN NOT NULL DEFAULT false,
    "signaturePng" BYTEA,
    "reason" TEXT,
    "pdfSha256" TEXT NOT NULL,
    "ip" TEXT,
    "userAgent" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "QuoteResponse_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "DocumentPdf_fileId_key" ON "DocumentPdf"("fileId");

-- CreateIndex
CREATE UNIQUE INDEX "DocumentPdf_documentId_key" ON "DocumentPdf"("documentId");

-- CreateIndex
CREATE INDEX "DocumentSend_organizationId_documentId_createdAt_idx" ON "DocumentSend"("organizationId", "documentId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "DocumentSend_organizationId_id_key" ON "DocumentSend"("organizationId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "DocumentSend_documentId_reminderStep_key" ON "DocumentSend"("documentId", "reminderStep");

-- CreateIndex
CREATE UNIQUE INDEX "ShareLink_tokenHash_key" ON "ShareLink"("tokenHash");

-- CreateIndex
CREATE INDEX "ShareLink_organizationId_documentId_createdAt_idx" ON "ShareLink"("organizationId", "documentId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "ShareLink_organizationId_id_key" ON "ShareLink"("organizationId", "id");

-- CreateIndex
CREATE INDEX "ShareLinkView_organizationId_documentId_createdAt_idx" ON "ShareLinkView"("organizationId", "documentId", "createdAt");

-- CreateIndex
CREATE INDEX "ShareLinkView_organizationId_shareLinkId_idx" ON "ShareLinkView"("organizationId", "shareLinkId");

-- CreateIndex
CREATE INDEX "QuoteResponse_organizationId_shareLinkId_idx" ON "QuoteResponse"("organizationId", "shareLinkId");

-- CreateIndex
CREATE UNIQUE INDEX "QuoteResponse_organizationId_documentId_key" ON "QuoteResponse"("organizationId", "documentId");

-- AddForeignKey
ALTER TABLE "DocumentPdf" ADD CONSTRAINT "DocumentPdf_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DocumentPdf" ADD CONSTRAINT "DocumentPdf_organizationId_documentId_fkey" FOREIGN KEY ("organizationId", "documentId") REFERENCES "Document"("organizationId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DocumentPdf" ADD CONSTRAINT "DocumentPdf_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "StoredFile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DocumentSend" ADD CONSTRAINT "DocumentSend_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DocumentSend" ADD CONSTRAINT "DocumentSend_organizationId_documentId_fkey" FOREIGN KEY ("organizationId", "documentId") REFERENCES "Document"("organizationId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ShareLink" ADD CONSTRAINT "ShareLink_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ShareLink" ADD CONSTRAINT "ShareLink_organizationId_documentId_fkey" FOREIGN KEY ("organizationId", "documentId") REFERENCES "Document"("organizationId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ShareLink" ADD CONSTRAINT "ShareLink_organizationId_sendId_fkey" FOREIGN KEY ("organizationId", "sendId") REFERENCES "DocumentSend"("organizationId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ShareLinkView" ADD CONSTRAINT "ShareLinkView_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ShareLinkView" ADD CONSTRAINT "ShareLinkView_organizationId_documentId_fkey" FOREIGN KEY ("organizationId", "documentId") REFERENCES "Document"("organizationId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ShareLinkView" ADD CONSTRAINT "ShareLinkView_organizationId_shareLinkId_fkey" FOREIGN KEY ("organizationId", "shareLinkId") REFERENCES "ShareLink"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuoteResponse" ADD CONSTRAINT "QuoteResponse_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuoteResponse" ADD CONSTRAINT "QuoteResponse_organizationId_documentId_fkey" FOREIGN KEY ("organizationId", "documentId") REFERENCES "Document"("organizationId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuoteResponse" ADD CONSTRAINT "QuoteResponse_organizationId_shareLinkId_fkey" FOREIGN KEY ("organizationId", "shareLinkId") REFERENCES "ShareLink"("organizationId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- ---------------------------------------------------------------------------------------
-- Added by hand (see the documents migration): evidence is written once.

-- The stored PDF of a document that left DRAFT is what the client received, and a quote's
-- acceptance names its SHA-256: neither the row nor its file's bytes may change or go.
CREATE FUNCTION facturo_write_once_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'facturo:evidence_immutable' USING ERRCODE = 'P0001',
    DETAIL = format('%s rows cannot be changed or deleted', TG_TABLE_NAME);
END;
$$;
CREATE TRIGGER "DocumentPdf_write_once" BEFORE UPDATE OR DELETE ON "DocumentPdf"
  FOR EACH ROW EXECUTE FUNCTION facturo_write_once_guard();
CREATE TRIGGER "QuoteResponse_write_once" BEFORE UPDATE OR DELETE ON "QuoteResponse"
  FOR EACH ROW EXECUTE FUNCTION facturo_write_once_guard();

CREATE FUNCTION facturo_document_pdf_file_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM "DocumentPdf" WHERE "fileId" = OLD."id") THEN
    RAISE EXCEPTION 'facturo:evidence_immutable' USING ERRCODE = 'P0001',
      DETAIL = format('file %s is a document PDF', OLD."id");
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER "StoredFile_document_pdf_guard" BEFORE UPDATE OR DELETE ON "StoredFile"
  FOR EACH ROW EXECUTE FUNCTION facturo_document_pdf_file_guard();
