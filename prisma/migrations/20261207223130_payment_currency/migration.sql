-- AlterTable
ALTER TABLE "Payment" ADD COLUMN     "currency" TEXT;

-- ---------------------------------------------------------------------------------------
-- Added by hand: Payment.currency is the paid document's currency, copied by the database
-- when a payment is recorded (whatever the path: the app, the API, bulk SQL of the benchmarks)
-- and never changed after (Payment_apply refuses any UPDATE of a payment; a document's currency
-- is frozen once issued, and only issued documents take payments).

-- The payments already there. Payment_apply refuses every UPDATE of a payment (payments are
-- never edited): it is off for this one statement, which moves no amount.
ALTER TABLE "Payment" DISABLE TRIGGER "Payment_apply";
UPDATE "Payment" p SET "currency" = d."currency"
FROM "Document" d
WHERE d."organizationId" = p."organizationId" AND d."id" = p."documentId";
ALTER TABLE "Payment" ENABLE TRIGGER "Payment_apply";

CREATE FUNCTION facturo_payment_currency() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."currency" := (SELECT d."currency" FROM "Document" d
                     WHERE d."organizationId" = NEW."organizationId" AND d."id" = NEW."documentId");
  RETURN NEW;
END;
$$;
CREATE TRIGGER "Payment_currency" BEFORE INSERT ON "Payment"
  FOR EACH ROW EXECUTE FUNCTION facturo_payment_currency();

-- CreateIndex
CREATE INDEX "Payment_organizationId_currency_date_createdAt_id_idx" ON "Payment"("organizationId", "currency", "date", "createdAt", "id");
