-- CreateEnum
CREATE TYPE "VatCategory" AS ENUM ('S', 'Z', 'E', 'AE', 'K', 'G', 'O');

-- AlterTable
ALTER TABLE "Document" ADD COLUMN     "exchangeRate" TEXT,
ADD COLUMN     "vatTotalEurCents" INTEGER;

-- AlterTable
ALTER TABLE "DocumentLine" ADD COLUMN     "vatCategory" "VatCategory" NOT NULL DEFAULT 'S',
ADD COLUMN     "vatExemptionCode" TEXT;

-- AlterTable
ALTER TABLE "DocumentPdf" ADD COLUMN     "facturxXml" TEXT;

-- AlterTable
ALTER TABLE "OrganizationSettings" ADD COLUMN     "insuranceCoverage" TEXT,
ADD COLUMN     "insurancePolicyNumber" TEXT,
ADD COLUMN     "insurerName" TEXT;

-- ---------------------------------------------------------------------------------------
-- Added by hand: existing lines get the category their document already stated. A document
-- under the VAT franchise said "TVA non applicable, art. 293 B du CGI": E with that reason.
-- Another 0 % line never said why: E without a reason, which a draft must give before it is
-- issued (documents already issued keep what they printed). The line guard would refuse the
-- update of frozen documents' lines; this backfill states nothing new, so it is lifted for it.
ALTER TABLE "DocumentLine" DISABLE TRIGGER "DocumentLine_guard";
UPDATE "DocumentLine" AS l SET "vatCategory" = 'E', "vatExemptionCode" = 'VATEX-FR-FRANCHISE'
  FROM "Document" AS d WHERE d."id" = l."documentId" AND d."vatExempt";
UPDATE "DocumentLine" AS l SET "vatCategory" = 'E'
  FROM "Document" AS d WHERE d."id" = l."documentId" AND NOT d."vatExempt" AND l."vatRateBps" = 0;
ALTER TABLE "DocumentLine" ENABLE TRIGGER "DocumentLine_guard";
