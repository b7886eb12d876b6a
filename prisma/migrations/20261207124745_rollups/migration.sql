-- AlterTable
ALTER TABLE "Document" ADD COLUMN     "paidOn" DATE;

-- CreateTable
CREATE TABLE "DayFigures" (
    "organizationId" TEXT NOT NULL,
    "currency" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "salesDocuments" INTEGER NOT NULL DEFAULT 0,
    "salesExclVatCents" BIGINT NOT NULL DEFAULT 0,
    "salesVatCents" BIGINT NOT NULL DEFAULT 0,
    "salesInclVatCents" BIGINT NOT NULL DEFAULT 0,
    "creditedExclVatCents" BIGINT NOT NULL DEFAULT 0,
    "quotesSent" INTEGER NOT NULL DEFAULT 0,
    "quotesSentExclVatCents" BIGINT NOT NULL DEFAULT 0,
    "quotesAccepted" INTEGER NOT NULL DEFAULT 0,
    "quotesDeclined" INTEGER NOT NULL DEFAULT 0,
    "collectedCents" BIGINT NOT NULL DEFAULT 0,
    "paidInvoices" INTEGER NOT NULL DEFAULT 0,
    "paidDays" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "DayFigures_pkey" PRIMARY KEY ("organizationId","currency","day")
);

-- CreateTable
CREATE TABLE "DayVat" (
    "organizationId" TEXT NOT NULL,
    "currency" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "vatCategory" TEXT NOT NULL,
    "vatRateBps" INTEGER NOT NULL,
    "baseCents" BIGINT NOT NULL DEFAULT 0,
    "vatCents" BIGINT NOT NULL DEFAULT 0,
    "goodsBaseCents" BIGINT NOT NULL DEFAULT 0,
    "goodsVatCents" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "DayVat_pkey" PRIMARY KEY ("organizationId","currency","day","vatCategory","vatRateBps")
);

-- CreateTable
CREATE TABLE "ClientMonthSales" (
    "organizationId" TEXT NOT NULL,
    "currency" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "month" DATE NOT NULL,
    "documents" INTEGER NOT NULL DEFAULT 0,
    "exclVatCents" BIGINT NOT NULL DEFAULT 0,
    "vatCents" BIGINT NOT NULL DEFAULT 0,
    "inclVatCents" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "ClientMonthSales_pkey" PRIMARY KEY ("organizationId","currency","month","clientId")
);

-- AddForeignKey
ALTER TABLE "DayFigures" ADD CONSTRAINT "DayFigures_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DayVat" ADD CONSTRAINT "DayVat_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClientMonthSales" ADD CONSTRAINT "ClientMonthSales_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClientMonthSales" ADD CONSTRAINT "ClientMonthSales_organizationId_clientId_fkey" FOREIGN KEY ("organizationId", "clientId") REFERENCES "Client"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- ---------------------------------------------------------------------------------------
-- Added by hand: the rollups are kept by triggers in the transaction that changes a document
-- or a payment, so they can never disagree with them (a crash rolls both back), whatever the
-- path (action, API, script, SQL). The dashboard and the reports read them instead of every
-- document of a period (issue 12: flat from 100,000 to 1,000,000 invoices).
--
-- Locks: a change takes its document row first (as before), then the rollup rows of its days.
-- Two payments recorded the same day in one organization wait for each other's commit on that
-- day's row: both are short, human-paced transactions.

-- The guard of issued documents lets the trigger-kept paidOn change (lifecycle column).
CREATE OR REPLACE FUNCTION facturo_document_guard_update() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  lifecycle text[] := ARRAY['status', 'paidCents', 'creditedCents', 'paidOn', 'sentAt', 'acceptedAt',
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

-- paidOn: the last payment's date of an invoice whose display status is PAID (displayStatusSql:
-- issued, not cancelled by credit notes, nothing left to pay), else null. Set whenever what
-- decides it changes (payments and credit notes move paidCents and creditedCents).
CREATE FUNCTION facturo_document_paid_on() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."status" = 'ISSUED' AND NEW."type" IN ('INVOICE', 'DEPOSIT_INVOICE')
     AND NOT (NEW."creditedCents" > 0 AND NEW."creditedCents" >= NEW."totalInclVatCents")
     AND NEW."totalInclVatCents" - NEW."paidCents" - NEW."creditedCents" <= 0 THEN
    NEW."paidOn" := (SELECT max(p."date") FROM "Payment" p
                     WHERE p."organizationId" = NEW."organizationId" AND p."documentId" = NEW."id");
  ELSE
    NEW."paidOn" := NULL;
  END IF;
  RETURN NEW;
END;
$$;

-- Adds to one day's figures (a row per organization, currency and day, created on first use).
CREATE FUNCTION facturo_add_day_figures(
  org text, cur text, d date,
  sales_documents int, sales_excl bigint, sales_vat bigint, sales_incl bigint, credited_excl bigint,
  quotes_sent int, quotes_sent_excl bigint, quotes_accepted int, quotes_declined int,
  collected bigint, paid_invoices int, paid_days bigint
) RETURNS void LANGUAGE sql AS $$
  INSERT INTO "DayFigures" AS f ("organizationId", "currency", "day", "salesDocuments", "salesExclVatCents",
    "salesVatCents", "salesInclVatCents", "creditedExclVatCents", "quotesSent", "quotesSentExclVatCents",
    "quotesAccepted", "quotesDeclined", "collectedCents", "paidInvoices", "paidDays")
  VALUES (org, cur, d, sales_documents, sales_excl, sales_vat, sales_incl, credited_excl, quotes_sent,
    quotes_sent_excl, quotes_accepted, quotes_declined, collected, paid_invoices, paid_days)
  ON CONFLICT ("organizationId", "currency", "day") DO UPDATE SET
    "salesDocuments" = f."salesDocuments" + EXCLUDED."salesDocuments",
    "salesExclVatCents" = f."salesExclVatCents" + EXCLUDED."salesExclVatCents",
    "salesVatCents" = f."salesVatCents" + EXCLUDED."salesVatCents",
    "salesInclVatCents" = f."salesInclVatCents" + EXCLUDED."salesInclVatCents",
    "creditedExclVatCents" = f."creditedExclVatCents" + EXCLUDED."creditedExclVatCents",
    "quotesSent" = f."quotesSent" + EXCLUDED."quotesSent",
    "quotesSentExclVatCents" = f."quotesSentExclVatCents" + EXCLUDED."quotesSentExclVatCents",
    "quotesAccepted" = f."quotesAccepted" + EXCLUDED."quotesAccepted",
    "quotesDeclined" = f."quotesDeclined" + EXCLUDED."quotesDeclined",
    "collectedCents" = f."collectedCents" + EXCLUDED."collectedCents",
    "paidInvoices" = f."paidInvoices" + EXCLUDED."paidInvoices",
    "paidDays" = f."paidDays" + EXCLUDED."paidDays"
$$;

-- A document's VAT groups as the VAT report counts them (lib/reports/vat/vat-report.ts):
-- category (groups written before categories existed: E under the franchise or at 0 %, else
-- S), rate, base and VAT, and the goods' share of both (GOODS all, SERVICES none, BOTH in
-- proportion to the document's own lines of the group by kind, deposit deductions left out,
-- rounded half away from zero).
CREATE FUNCTION facturo_document_vat_groups(doc "Document")
RETURNS TABLE ("vatCategory" text, "vatRateBps" int, "base" bigint, "vat" bigint, "goodsBase" bigint, "goodsVat" bigint)
LANGUAGE sql STABLE AS $$
  SELECT g."category", g."rate", sum(g."base")::bigint, sum(g."vat")::bigint,
    sum(g."base" - CASE WHEN w."allWeight" = 0 THEN g."base" ELSE round(g."base"::numeric * w."servicesWeight" / w."allWeight") END)::bigint,
    sum(g."vat" - CASE WHEN w."allWeight" = 0 THEN g."vat" ELSE round(g."vat"::numeric * w."servicesWeight" / w."allWeight") END)::bigint
  FROM (
    SELECT COALESCE(e.value->>'vatCategory',
        CASE WHEN doc."vatExempt" OR (e.value->>'vatRateBps')::int <= 0 THEN 'E' ELSE 'S' END) AS "category",
      (e.value->>'vatRateBps')::int AS "rate",
      (e.value->>'baseCents')::bigint AS "base",
      (e.value->>'vatCents')::bigint AS "vat"
    FROM jsonb_array_elements(doc."vatBreakdown") e
  ) g
  CROSS JOIN LATERAL (
    SELECT
      (CASE doc."supplyKind" WHEN 'GOODS' THEN 0 WHEN 'SERVICES' THEN 1
        ELSE COALESCE(sum(l."netCents") FILTER (WHERE l."kind" = 'SERVICE'), 0) END)::bigint AS "servicesWeight",
      (CASE doc."supplyKind" WHEN 'BOTH' THEN COALESCE(sum(l."netCents"), 0) ELSE 1 END)::bigint AS "allWeight"
    FROM "DocumentLine" l
    WHERE doc."supplyKind" = 'BOTH' AND l."organizationId" = doc."organizationId" AND l."documentId" = doc."id"
      AND l."deductedDocumentId" IS NULL
      AND l."vatCategory"::text = g."category" AND l."vatRateBps" = g."rate"
  ) w
  GROUP BY g."category", g."rate"
$$;

-- What one document adds to the rollups (sign 1) or takes back (sign −1), by part:
-- sales (issued invoices, deposit invoices, credit notes) and quotes sent; quotes answered;
-- invoices paid.
CREATE FUNCTION facturo_document_rollup(doc "Document", sign int, sales boolean, answers boolean, paid boolean)
RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  s int := sign * (CASE WHEN doc."type" = 'CREDIT_NOTE' THEN -1 ELSE 1 END);
  paris_day date;
BEGIN
  IF doc."status" = 'DRAFT' OR doc."issueDate" IS NULL THEN
    RETURN;
  END IF;
  IF sales AND doc."type" IN ('INVOICE', 'DEPOSIT_INVOICE', 'CREDIT_NOTE') AND doc."status" = 'ISSUED' THEN
    PERFORM facturo_add_day_figures(doc."organizationId", doc."currency", doc."issueDate",
      sign, s * doc."totalExclVatCents"::bigint, s * doc."totalVatCents"::bigint, s * doc."totalInclVatCents"::bigint,
      CASE WHEN doc."type" = 'CREDIT_NOTE' THEN sign * doc."totalExclVatCents"::bigint ELSE 0 END,
      0, 0, 0, 0, 0, 0, 0);
    INSERT INTO "ClientMonthSales" AS m ("organizationId", "currency", "clientId", "month", "documents",
      "exclVatCents", "vatCents", "inclVatCents")
    VALUES (doc."organizationId", doc."currency", doc."clientId", date_trunc('month', doc."issueDate")::date, sign,
      s * doc."totalExclVatCents"::bigint, s * doc."totalVatCents"::bigint, s * doc."totalInclVatCents"::bigint)
    ON CONFLICT ("organizationId", "currency", "month", "clientId") DO UPDATE SET
      "documents" = m."documents" + EXCLUDED."documents",
      "exclVatCents" = m."exclVatCents" + EXCLUDED."exclVatCents",
      "vatCents" = m."vatCents" + EXCLUDED."vatCents",
      "inclVatCents" = m."inclVatCents" + EXCLUDED."inclVatCents";
    INSERT INTO "DayVat" AS v ("organizationId", "currency", "day", "vatCategory", "vatRateBps", "baseCents",
      "vatCents", "goodsBaseCents", "goodsVatCents")
    SELECT doc."organizationId", doc."currency", doc."issueDate", g."vatCategory", g."vatRateBps",
      s * g."base", s * g."vat", s * g."goodsBase", s * g."goodsVat"
    FROM facturo_document_vat_groups(doc) g
    ON CONFLICT ("organizationId", "currency", "day", "vatCategory", "vatRateBps") DO UPDATE SET
      "baseCents" = v."baseCents" + EXCLUDED."baseCents",
      "vatCents" = v."vatCents" + EXCLUDED."vatCents",
      "goodsBaseCents" = v."goodsBaseCents" + EXCLUDED."goodsBaseCents",
      "goodsVatCents" = v."goodsVatCents" + EXCLUDED."goodsVatCents";
  END IF;
  IF sales AND doc."type" = 'QUOTE' THEN
    PERFORM facturo_add_day_figures(doc."organizationId", doc."currency", doc."issueDate",
      0, 0, 0, 0, 0, sign, sign * doc."totalExclVatCents"::bigint, 0, 0, 0, 0, 0);
  END IF;
  IF answers AND doc."type" = 'QUOTE' THEN
    IF doc."status" IN ('ACCEPTED', 'INVOICED') AND doc."acceptedAt" IS NOT NULL THEN
      paris_day := ((doc."acceptedAt" AT TIME ZONE 'UTC') AT TIME ZONE 'Europe/Paris')::date;
      PERFORM facturo_add_day_figures(doc."organizationId", doc."currency", paris_day,
        0, 0, 0, 0, 0, 0, 0, sign, 0, 0, 0, 0);
    ELSIF doc."status" = 'DECLINED' AND doc."declinedAt" IS NOT NULL THEN
      paris_day := ((doc."declinedAt" AT TIME ZONE 'UTC') AT TIME ZONE 'Europe/Paris')::date;
      PERFORM facturo_add_day_figures(doc."organizationId", doc."currency", paris_day,
        0, 0, 0, 0, 0, 0, 0, 0, sign, 0, 0, 0);
    END IF;
  END IF;
  IF paid AND doc."paidOn" IS NOT NULL THEN
    PERFORM facturo_add_day_figures(doc."organizationId", doc."currency", doc."paidOn",
      0, 0, 0, 0, 0, 0, 0, 0, 0, 0, sign, sign * (doc."paidOn" - doc."issueDate")::bigint);
  END IF;
END;
$$;

-- Outside DRAFT a document's content is frozen (guard above): only its status, answers and
-- paidOn can move its part of the rollups.
CREATE FUNCTION facturo_document_rollups() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  sales boolean;
  answers boolean;
  paid boolean;
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM facturo_document_rollup(NEW, 1, true, true, true);
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM facturo_document_rollup(OLD, -1, true, true, true);
  ELSE
    sales := OLD."status" IS DISTINCT FROM NEW."status";
    answers := sales OR OLD."acceptedAt" IS DISTINCT FROM NEW."acceptedAt"
      OR OLD."declinedAt" IS DISTINCT FROM NEW."declinedAt";
    paid := sales OR OLD."paidOn" IS DISTINCT FROM NEW."paidOn";
    IF sales OR answers OR paid THEN
      PERFORM facturo_document_rollup(OLD, -1, sales, answers, paid);
      PERFORM facturo_document_rollup(NEW, 1, sales, answers, paid);
    END IF;
  END IF;
  RETURN NULL;
END;
$$;

-- Payments: collected on their date, in their document's currency.
CREATE FUNCTION facturo_payment_rollups() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  payment "Payment";
  cur text;
BEGIN
  IF TG_OP = 'INSERT' THEN
    payment := NEW;
  ELSE
    payment := OLD;
  END IF;
  SELECT d."currency" INTO cur FROM "Document" d
    WHERE d."organizationId" = payment."organizationId" AND d."id" = payment."documentId";
  IF cur IS NOT NULL THEN
    PERFORM facturo_add_day_figures(payment."organizationId", cur, payment."date",
      0, 0, 0, 0, 0, 0, 0, 0, 0,
      CASE WHEN TG_OP = 'INSERT' THEN payment."amountCents"::bigint ELSE -payment."amountCents"::bigint END, 0, 0);
  END IF;
  RETURN NULL;
END;
$$;

-- First filling, from the documents and payments already there.
UPDATE "Document" d SET "paidOn" = l."lastDate"
FROM (SELECT "organizationId", "documentId", max("date") AS "lastDate" FROM "Payment" GROUP BY 1, 2) l
WHERE d."organizationId" = l."organizationId" AND d."id" = l."documentId"
  AND d."status" = 'ISSUED' AND d."type" IN ('INVOICE', 'DEPOSIT_INVOICE')
  AND NOT (d."creditedCents" > 0 AND d."creditedCents" >= d."totalInclVatCents")
  AND d."totalInclVatCents" - d."paidCents" - d."creditedCents" <= 0;

INSERT INTO "DayFigures" ("organizationId", "currency", "day", "salesDocuments", "salesExclVatCents",
  "salesVatCents", "salesInclVatCents", "creditedExclVatCents", "quotesSent", "quotesSentExclVatCents",
  "quotesAccepted", "quotesDeclined", "collectedCents", "paidInvoices", "paidDays")
SELECT x."organizationId", x."currency", x."day", sum(x.a), sum(x.b), sum(x.c), sum(x.d), sum(x.e), sum(x.f),
  sum(x.g), sum(x.h), sum(x.i), sum(x.j), sum(x.k), sum(x.l)
FROM (
  SELECT d."organizationId", d."currency", d."issueDate" AS "day", 1 AS a,
    CASE WHEN d."type" = 'CREDIT_NOTE' THEN -1 ELSE 1 END * d."totalExclVatCents"::bigint AS b,
    CASE WHEN d."type" = 'CREDIT_NOTE' THEN -1 ELSE 1 END * d."totalVatCents"::bigint AS c,
    CASE WHEN d."type" = 'CREDIT_NOTE' THEN -1 ELSE 1 END * d."totalInclVatCents"::bigint AS d,
    CASE WHEN d."type" = 'CREDIT_NOTE' THEN d."totalExclVatCents"::bigint ELSE 0 END AS e,
    0 AS f, 0::bigint AS g, 0 AS h, 0 AS i, 0::bigint AS j, 0 AS k, 0::bigint AS l
  FROM "Document" d
  WHERE d."type" IN ('INVOICE', 'DEPOSIT_INVOICE', 'CREDIT_NOTE') AND d."status" = 'ISSUED' AND d."issueDate" IS NOT NULL
  UNION ALL
  SELECT d."organizationId", d."currency", d."issueDate", 0, 0, 0, 0, 0, 1, d."totalExclVatCents", 0, 0, 0, 0, 0
  FROM "Document" d
  WHERE d."type" = 'QUOTE' AND d."status" <> 'DRAFT' AND d."issueDate" IS NOT NULL
  UNION ALL
  SELECT d."organizationId", d."currency", ((d."acceptedAt" AT TIME ZONE 'UTC') AT TIME ZONE 'Europe/Paris')::date,
    0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0
  FROM "Document" d
  WHERE d."type" = 'QUOTE' AND d."status" IN ('ACCEPTED', 'INVOICED') AND d."acceptedAt" IS NOT NULL AND d."issueDate" IS NOT NULL
  UNION ALL
  SELECT d."organizationId", d."currency", ((d."declinedAt" AT TIME ZONE 'UTC') AT TIME ZONE 'Europe/Paris')::date,
    0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0
  FROM "Document" d
  WHERE d."type" = 'QUOTE' AND d."status" = 'DECLINED' AND d."declinedAt" IS NOT NULL AND d."issueDate" IS NOT NULL
  UNION ALL
  SELECT p."organizationId", d."currency", p."date", 0, 0, 0, 0, 0, 0, 0, 0, 0, p."amountCents", 0, 0
  FROM "Payment" p
  JOIN "Document" d ON d."organizationId" = p."organizationId" AND d."id" = p."documentId"
  UNION ALL
  SELECT d."organizationId", d."currency", d."paidOn", 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, d."paidOn" - d."issueDate"
  FROM "Document" d
  WHERE d."paidOn" IS NOT NULL AND d."issueDate" IS NOT NULL
) x
GROUP BY 1, 2, 3;

INSERT INTO "ClientMonthSales" ("organizationId", "currency", "clientId", "month", "documents", "exclVatCents",
  "vatCents", "inclVatCents")
SELECT d."organizationId", d."currency", d."clientId", date_trunc('month', d."issueDate")::date, count(*),
  sum(CASE WHEN d."type" = 'CREDIT_NOTE' THEN -1 ELSE 1 END * d."totalExclVatCents"::bigint),
  sum(CASE WHEN d."type" = 'CREDIT_NOTE' THEN -1 ELSE 1 END * d."totalVatCents"::bigint),
  sum(CASE WHEN d."type" = 'CREDIT_NOTE' THEN -1 ELSE 1 END * d."totalInclVatCents"::bigint)
FROM "Document" d
WHERE d."type" IN ('INVOICE', 'DEPOSIT_INVOICE', 'CREDIT_NOTE') AND d."status" = 'ISSUED' AND d."issueDate" IS NOT NULL
GROUP BY 1, 2, 3, 4;

INSERT INTO "DayVat" ("organizationId", "currency", "day", "vatCategory", "vatRateBps", "baseCents", "vatCents",
  "goodsBaseCents", "goodsVatCents")
SELECT d."organizationId", d."currency", d."issueDate", g."vatCategory", g."vatRateBps",
  sum(CASE WHEN d."type" = 'CREDIT_NOTE' THEN -1 ELSE 1 END * g."base"),
  sum(CASE WHEN d."type" = 'CREDIT_NOTE' THEN -1 ELSE 1 END * g."vat"),
  sum(CASE WHEN d."type" = 'CREDIT_NOTE' THEN -1 ELSE 1 END * g."goodsBase"),
  sum(CASE WHEN d."type" = 'CREDIT_NOTE' THEN -1 ELSE 1 END * g."goodsVat")
FROM "Document" d
CROSS JOIN LATERAL facturo_document_vat_groups(d) g
WHERE d."type" IN ('INVOICE', 'DEPOSIT_INVOICE', 'CREDIT_NOTE') AND d."status" = 'ISSUED' AND d."issueDate" IS NOT NULL
GROUP BY 1, 2, 3, 4, 5;

-- From now on, the triggers keep them.
CREATE TRIGGER "Document_paid_on" BEFORE UPDATE OF "paidCents", "creditedCents", "status" ON "Document"
  FOR EACH ROW EXECUTE FUNCTION facturo_document_paid_on();
CREATE TRIGGER "Document_rollups_insert" AFTER INSERT ON "Document"
  FOR EACH ROW WHEN (NEW."status" <> 'DRAFT') EXECUTE FUNCTION facturo_document_rollups();
CREATE TRIGGER "Document_rollups_update" AFTER UPDATE ON "Document"
  FOR EACH ROW WHEN (OLD."status" <> 'DRAFT' OR NEW."status" <> 'DRAFT') EXECUTE FUNCTION facturo_document_rollups();
CREATE TRIGGER "Document_rollups_delete" AFTER DELETE ON "Document"
  FOR EACH ROW WHEN (OLD."status" <> 'DRAFT') EXECUTE FUNCTION facturo_document_rollups();
CREATE TRIGGER "Payment_rollups" AFTER INSERT OR DELETE ON "Payment"
  FOR EACH ROW EXECUTE FUNCTION facturo_payment_rollups();
