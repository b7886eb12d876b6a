-- AlterTable
ALTER TABLE "Document" ADD COLUMN     "settledOn" DATE;

-- CreateTable
CREATE TABLE "ReceivableMoves" (
    "organizationId" TEXT NOT NULL,
    "currency" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "dueDate" DATE NOT NULL,
    "amountCents" BIGINT NOT NULL DEFAULT 0,
    "invoices" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ReceivableMoves_pkey" PRIMARY KEY ("organizationId","currency","day","dueDate")
);

-- AddForeignKey
ALTER TABLE "ReceivableMoves" ADD CONSTRAINT "ReceivableMoves_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- ---------------------------------------------------------------------------------------
-- Added by hand: ReceivableMoves, kept by the triggers of 20261207124745_rollups (same locks:
-- the document row first, then the rollup rows). An invoice without a due date (never overdue)
-- has its moves on the due date 9999-12-31.

CREATE OR REPLACE FUNCTION facturo_document_guard_update() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  lifecycle text[] := ARRAY['status', 'paidCents', 'creditedCents', 'paidOn', 'settledOn', 'sentAt',
                            'acceptedAt', 'declinedAt', 'updatedAt'];
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

-- First filling: settledOn of the invoices already settled, before the trigger functions below
-- learn of settledOn (so this UPDATE moves nothing); their moves are inserted at the end.
UPDATE "Document" d SET "settledOn" = GREATEST(d."issueDate", p."lastDate", n."lastDate")
FROM "Document" x
LEFT JOIN LATERAL (SELECT max(p."date") AS "lastDate" FROM "Payment" p
                   WHERE p."organizationId" = x."organizationId" AND p."documentId" = x."id") p ON true
LEFT JOIN LATERAL (SELECT max(n."issueDate") AS "lastDate" FROM "Document" n
                   WHERE n."organizationId" = x."organizationId" AND n."creditedInvoiceId" = x."id"
                     AND n."type" = 'CREDIT_NOTE' AND n."status" = 'ISSUED') n ON true
WHERE d."id" = x."id" AND x."status" = 'ISSUED' AND x."type" IN ('INVOICE', 'DEPOSIT_INVOICE')
  AND x."totalInclVatCents" > 0 AND x."totalInclVatCents" - x."paidCents" - x."creditedCents" <= 0;

-- paidOn (see 20261207124745_rollups) and settledOn: the day the balance reached zero — the
-- last of its payments and credit notes, not before its issue date — for an issued invoice or
-- deposit invoice with a positive total and nothing left to pay; else null.
CREATE OR REPLACE FUNCTION facturo_document_paid_on() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  last_payment date;
BEGIN
  NEW."paidOn" := NULL;
  NEW."settledOn" := NULL;
  IF NEW."status" = 'ISSUED' AND NEW."type" IN ('INVOICE', 'DEPOSIT_INVOICE')
     AND NEW."totalInclVatCents" - NEW."paidCents" - NEW."creditedCents" <= 0 THEN
    last_payment := (SELECT max(p."date") FROM "Payment" p
                     WHERE p."organizationId" = NEW."organizationId" AND p."documentId" = NEW."id");
    IF NOT (NEW."creditedCents" > 0 AND NEW."creditedCents" >= NEW."totalInclVatCents") THEN
      NEW."paidOn" := last_payment;
    END IF;
    IF NEW."totalInclVatCents" > 0 THEN
      NEW."settledOn" := GREATEST(NEW."issueDate", last_payment,
        (SELECT max(n."issueDate") FROM "Document" n
         WHERE n."organizationId" = NEW."organizationId" AND n."creditedInvoiceId" = NEW."id"
           AND n."type" = 'CREDIT_NOTE' AND n."status" = 'ISSUED'));
    END IF;
  END IF;
  RETURN NEW;
END;
$$;

CREATE FUNCTION facturo_add_receivable_move(org text, cur text, d date, due date, amount bigint, invoices int)
RETURNS void LANGUAGE sql AS $$
  INSERT INTO "ReceivableMoves" AS r ("organizationId", "currency", "day", "dueDate", "amountCents", "invoices")
  VALUES (org, cur, d, due, amount, invoices)
  ON CONFLICT ("organizationId", "currency", "day", "dueDate") DO UPDATE SET
    "amountCents" = r."amountCents" + EXCLUDED."amountCents",
    "invoices" = r."invoices" + EXCLUDED."invoices"
$$;

-- A document's moves: an invoice issued (+ total, + 1 open) or settled (− 1 open on its
-- settledOn); a credit note issued (− its total on its invoice's due date).
CREATE FUNCTION facturo_receivable_rollup(doc "Document", sign int, issue boolean, settle boolean)
RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  invoice record;
BEGIN
  IF doc."status" <> 'ISSUED' OR doc."issueDate" IS NULL THEN
    RETURN;
  END IF;
  IF doc."type" IN ('INVOICE', 'DEPOSIT_INVOICE') THEN
    IF issue THEN
      PERFORM facturo_add_receivable_move(doc."organizationId", doc."currency", doc."issueDate", COALESCE(doc."dueDate", DATE '9999-12-31'),
        sign * doc."totalInclVatCents"::bigint, CASE WHEN doc."totalInclVatCents" > 0 THEN sign ELSE 0 END);
    END IF;
    IF settle AND doc."settledOn" IS NOT NULL THEN
      PERFORM facturo_add_receivable_move(doc."organizationId", doc."currency", doc."settledOn",
        COALESCE(doc."dueDate", DATE '9999-12-31'), 0, -sign);
    END IF;
  ELSIF issue AND doc."type" = 'CREDIT_NOTE' AND doc."creditedInvoiceId" IS NOT NULL THEN
    SELECT i."currency", i."issueDate", i."dueDate" INTO invoice FROM "Document" i
      WHERE i."organizationId" = doc."organizationId" AND i."id" = doc."creditedInvoiceId"
        AND i."type" IN ('INVOICE', 'DEPOSIT_INVOICE') AND i."status" = 'ISSUED';
    IF FOUND THEN
      PERFORM facturo_add_receivable_move(doc."organizationId", invoice."currency",
        GREATEST(doc."issueDate", invoice."issueDate"),
        COALESCE(invoice."dueDate", DATE '9999-12-31'), -sign * doc."totalInclVatCents"::bigint, 0);
    END IF;
  END IF;
END;
$$;

CREATE OR REPLACE FUNCTION facturo_document_rollups() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  sales boolean;
  answers boolean;
  paid boolean;
  settle boolean;
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM facturo_document_rollup(NEW, 1, true, true, true);
    PERFORM facturo_receivable_rollup(NEW, 1, true, true);
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM facturo_document_rollup(OLD, -1, true, true, true);
    PERFORM facturo_receivable_rollup(OLD, -1, true, true);
  ELSE
    sales := OLD."status" IS DISTINCT FROM NEW."status";
    answers := sales OR OLD."acceptedAt" IS DISTINCT FROM NEW."acceptedAt"
      OR OLD."declinedAt" IS DISTINCT FROM NEW."declinedAt";
    paid := sales OR OLD."paidOn" IS DISTINCT FROM NEW."paidOn";
    settle := sales OR OLD."settledOn" IS DISTINCT FROM NEW."settledOn";
    IF sales OR answers OR paid THEN
      PERFORM facturo_document_rollup(OLD, -1, sales, answers, paid);
      PERFORM facturo_document_rollup(NEW, 1, sales, answers, paid);
    END IF;
    IF sales OR settle THEN
      PERFORM facturo_receivable_rollup(OLD, -1, sales, settle);
      PERFORM facturo_receivable_rollup(NEW, 1, sales, settle);
    END IF;
  END IF;
  RETURN NULL;
END;
$$;

CREATE OR REPLACE FUNCTION facturo_payment_rollups() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  payment "Payment";
  doc record;
  amount bigint;
BEGIN
  IF TG_OP = 'INSERT' THEN
    payment := NEW;
    amount := NEW."amountCents";
  ELSE
    payment := OLD;
    amount := -OLD."amountCents";
  END IF;
  SELECT d."currency", d."issueDate", d."dueDate", d."type", d."status" INTO doc FROM "Document" d
    WHERE d."organizationId" = payment."organizationId" AND d."id" = payment."documentId";
  IF FOUND THEN
    PERFORM facturo_add_day_figures(payment."organizationId", doc."currency", payment."date",
      0, 0, 0, 0, 0, 0, 0, 0, 0, amount, 0, 0);
    IF doc."status" = 'ISSUED' AND doc."type" IN ('INVOICE', 'DEPOSIT_INVOICE') THEN
      PERFORM facturo_add_receivable_move(payment."organizationId", doc."currency",
        GREATEST(payment."date", doc."issueDate"), COALESCE(doc."dueDate", DATE '9999-12-31'), -amount, 0);
    END IF;
  END IF;
  RETURN NULL;
END;
$$;

-- Then the moves of every invoice, payment and credit note already there.
INSERT INTO "ReceivableMoves" ("organizationId", "currency", "day", "dueDate", "amountCents", "invoices")
SELECT m."organizationId", m."currency", m."day", m."dueDate", sum(m."amount"), sum(m."invoices")
FROM (
  SELECT i."organizationId", i."currency", i."issueDate" AS "day", COALESCE(i."dueDate", DATE '9999-12-31') AS "dueDate",
    i."totalInclVatCents"::bigint AS "amount", CASE WHEN i."totalInclVatCents" > 0 THEN 1 ELSE 0 END AS "invoices"
  FROM "Document" i
  WHERE i."status" = 'ISSUED' AND i."type" IN ('INVOICE', 'DEPOSIT_INVOICE') AND i."issueDate" IS NOT NULL
  UNION ALL
  SELECT i."organizationId", i."currency", i."settledOn", COALESCE(i."dueDate", DATE '9999-12-31'), 0, -1
  FROM "Document" i
  WHERE i."settledOn" IS NOT NULL
  UNION ALL
  SELECT i."organizationId", i."currency", GREATEST(p."date", i."issueDate"), COALESCE(i."dueDate", DATE '9999-12-31'), -p."amountCents"::bigint, 0
  FROM "Payment" p
  JOIN "Document" i ON i."organizationId" = p."organizationId" AND i."id" = p."documentId"
  WHERE i."status" = 'ISSUED' AND i."type" IN ('INVOICE', 'DEPOSIT_INVOICE') AND i."issueDate" IS NOT NULL
  UNION ALL
  SELECT i."organizationId", i."currency", GREATEST(n."issueDate", i."issueDate"), COALESCE(i."dueDate", DATE '9999-12-31'), -n."totalInclVatCents"::bigint, 0
  FROM "Document" n
  JOIN "Document" i ON i."organizationId" = n."organizationId" AND i."id" = n."creditedInvoiceId"
  WHERE n."type" = 'CREDIT_NOTE' AND n."status" = 'ISSUED' AND n."issueDate" IS NOT NULL
    AND i."status" = 'ISSUED' AND i."type" IN ('INVOICE', 'DEPOSIT_INVOICE') AND i."issueDate" IS NOT NULL
) m
GROUP BY 1, 2, 3, 4;
