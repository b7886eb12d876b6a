-- CreateTable
CREATE TABLE "ArticleDaySales" (
    "organizationId" TEXT NOT NULL,
    "currency" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "kind" TEXT NOT NULL,
    "articleId" TEXT NOT NULL DEFAULT '',
    "unit" TEXT NOT NULL DEFAULT '',
    "quantityMilli" BIGINT NOT NULL DEFAULT 0,
    "exclVatCents" BIGINT NOT NULL DEFAULT 0,
    "vatCents" BIGINT NOT NULL DEFAULT 0,
    "inclVatCents" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "ArticleDaySales_pkey" PRIMARY KEY ("organizationId","currency","day","kind","articleId","unit")
);

-- AddForeignKey
ALTER TABLE "ArticleDaySales" ADD CONSTRAINT "ArticleDaySales_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- ---------------------------------------------------------------------------------------
-- Added by hand: ArticleDaySales, kept by the document trigger of 20261207124745_rollups.

-- `total` split in proportion to `weights`, summing to it exactly: largest remainder, ties to
-- the earlier part — allocate() of lib/documents/totals/rounding.ts, which the tests compare
-- it with (through the VAT received and sales by article). Weights of mixed signs: only their
-- sum's sign matters; a zero sum gives everything to the first part.
CREATE FUNCTION facturo_allocate(total numeric, weights numeric[]) RETURNS numeric[]
LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
  n int := COALESCE(array_length(weights, 1), 0);
  flip numeric;
  weight_sum numeric := 0;
  total_sign numeric := CASE WHEN total < 0 THEN -1 ELSE 1 END;
  magnitude numeric := abs(total);
  parts numeric[];
  rests numeric[];
  missing numeric;
  product numeric;
  i int;
  idx int;
BEGIN
  IF n = 0 THEN
    RETURN ARRAY[]::numeric[];
  END IF;
  flip := CASE WHEN (SELECT sum(w) FROM unnest(weights) w) < 0 THEN -1 ELSE 1 END;
  FOR i IN 1..n LOOP
    weight_sum := weight_sum + weights[i] * flip;
  END LOOP;
  parts := array_fill(0::numeric, ARRAY[n]);
  IF weight_sum = 0 THEN
    parts[1] := total;
    RETURN parts;
  END IF;
  rests := array_fill(0::numeric, ARRAY[n]);
  missing := magnitude;
  FOR i IN 1..n LOOP
    product := magnitude * weights[i] * flip;
    parts[i] := floor(product / weight_sum);
    -- floor() of an exact quotient of integers: checked against the remainder.
    IF (parts[i] + 1) * weight_sum <= product THEN parts[i] := parts[i] + 1; END IF;
    IF parts[i] * weight_sum > product THEN parts[i] := parts[i] - 1; END IF;
    rests[i] := product - parts[i] * weight_sum;
    missing := missing - parts[i];
  END LOOP;
  FOR idx IN
    SELECT r.i FROM unnest(rests) WITH ORDINALITY AS r(rest, i) ORDER BY r.rest DESC, r.i ASC
  LOOP
    EXIT WHEN missing <= 0;
    parts[idx] := parts[idx] + 1;
    missing := missing - 1;
  END LOOP;
  FOR i IN 1..n LOOP
    parts[i] := parts[i] * total_sign;
  END LOOP;
  RETURN parts;
END;
$$;

CREATE OR REPLACE FUNCTION facturo_payment_vat_parts(doc "Document", amount bigint)
RETURNS TABLE ("vatCategory" text, "vatRateBps" int, "base" bigint, "vat" bigint)
LANGUAGE plpgsql STABLE AS $$
DECLARE
  categories text[];
  rates int[];
  totals numeric[];
  vats numeric[];
  services_weights numeric[];
  all_weights numeric[];
  parts numeric[];
  n int;
  i int;
  services numeric;
  group_vat numeric;
BEGIN
  SELECT array_agg(g."category" ORDER BY g.ordinality), array_agg(g."rate" ORDER BY g.ordinality),
    array_agg(g."total" ORDER BY g.ordinality), array_agg(g."vat" ORDER BY g.ordinality),
    array_agg(w."servicesWeight" ORDER BY g.ordinality), array_agg(w."allWeight" ORDER BY g.ordinality)
  INTO categories, rates, totals, vats, services_weights, all_weights
  FROM (
    SELECT COALESCE(e.value->>'vatCategory',
        CASE WHEN doc."vatExempt" OR (e.value->>'vatRateBps')::int <= 0 THEN 'E' ELSE 'S' END) AS "category",
      (e.value->>'vatRateBps')::int AS "rate",
      (e.value->>'totalCents')::numeric AS "total",
      (e.value->>'vatCents')::numeric AS "vat",
      e.ordinality
    FROM jsonb_array_elements(doc."vatBreakdown") WITH ORDINALITY e
  ) g
  CROSS JOIN LATERAL (
    SELECT
      (CASE doc."supplyKind" WHEN 'GOODS' THEN 0 WHEN 'SERVICES' THEN 1
        ELSE COALESCE(sum(l."netCents") FILTER (WHERE l."kind" = 'SERVICE'), 0) END)::numeric AS "servicesWeight",
      (CASE doc."supplyKind" WHEN 'BOTH' THEN COALESCE(sum(l."netCents"), 0) ELSE 1 END)::numeric AS "allWeight"
    FROM "DocumentLine" l
    WHERE doc."supplyKind" = 'BOTH' AND l."organizationId" = doc."organizationId" AND l."documentId" = doc."id"
      AND l."deductedDocumentId" IS NULL
      AND l."vatCategory"::text = g."category" AND l."vatRateBps" = g."rate"
  ) w;
  n := COALESCE(array_length(categories, 1), 0);
  IF n = 0 THEN
    RETURN;
  END IF;

  -- 1. Largest remainder.
  parts := facturo_allocate(amount, totals);

  FOR i IN 1..n LOOP
    -- 2. Services share (scale: half away from zero; a zero denominator keeps the amount).
    services := facturo_scale(parts[i], services_weights[i], all_weights[i]);
    -- 3. Its VAT.
    group_vat := CASE WHEN totals[i] = 0 THEN 0 ELSE facturo_scale(services, vats[i], totals[i]) END;
    "vatCategory" := categories[i];
    "vatRateBps" := rates[i];
    "base" := services - group_vat;
    "vat" := group_vat;
    RETURN NEXT;
  END LOOP;
END;
$$;


-- What an issued sales document adds (sign 1) to the sales by article: each line's share of
-- its document's stated base and VAT per group (lineShares of
-- lib/reports/sales/sales-line-shares.ts: a group's base and VAT split over the group's lines
-- by their nets, largest remainder; a group no line matches is spread over every line), signed
-- negative on a credit note, under its article and unit, "free" per unit, or "deposits".
CREATE FUNCTION facturo_article_sales_rollup(doc "Document", sign int) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  s int := sign * (CASE WHEN doc."type" = 'CREDIT_NOTE' THEN -1 ELSE 1 END);
  of_deposit boolean;
  line_keys text[];
  article_ids text[];
  deducted boolean[];
  units text[];
  quantities numeric[];
  nets numeric[];
  excl numeric[];
  vat numeric[];
  n int;
  grp record;
  members int[];
  weights numeric[];
  bases numeric[];
  vats numeric[];
  i int;
  k int;
BEGIN
  SELECT array_agg(CASE WHEN doc."vatExempt" THEN 'E:0' ELSE l."vatCategory"::text || ':' || l."vatRateBps" END ORDER BY l."position", l."id"),
    array_agg(l."articleId" ORDER BY l."position", l."id"),
    array_agg(l."deductedDocumentId" IS NOT NULL ORDER BY l."position", l."id"),
    array_agg(l."unit" ORDER BY l."position", l."id"),
    array_agg(l."quantityMilli"::numeric ORDER BY l."position", l."id"),
    array_agg(l."netCents"::numeric ORDER BY l."position", l."id")
  INTO line_keys, article_ids, deducted, units, quantities, nets
  FROM "DocumentLine" l
  WHERE l."organizationId" = doc."organizationId" AND l."documentId" = doc."id";
  n := COALESCE(array_length(line_keys, 1), 0);
  IF n = 0 THEN
    RETURN;
  END IF;
  excl := array_fill(0::numeric, ARRAY[n]);
  vat := array_fill(0::numeric, ARRAY[n]);
  FOR grp IN
    SELECT COALESCE(e.value->>'vatCategory', 'undefined') || ':' || (e.value->>'vatRateBps') AS "key",
      COALESCE((e.value->>'baseCents')::numeric, 0) AS "base", COALESCE((e.value->>'vatCents')::numeric, 0) AS "vat"
    FROM jsonb_array_elements(doc."vatBreakdown") WITH ORDINALITY e ORDER BY e.ordinality
  LOOP
    SELECT array_agg(i2 ORDER BY i2) INTO members FROM generate_series(1, n) i2 WHERE line_keys[i2] = grp."key";
    IF members IS NULL THEN
      SELECT array_agg(i2 ORDER BY i2) INTO members FROM generate_series(1, n) i2;
    END IF;
    SELECT array_agg(nets[m] ORDER BY o) INTO weights FROM unnest(members) WITH ORDINALITY AS u(m, o);
    bases := facturo_allocate(grp."base", weights);
    vats := facturo_allocate(grp."vat", weights);
    FOR k IN 1..array_length(members, 1) LOOP
      excl[members[k]] := excl[members[k]] + bases[k];
      vat[members[k]] := vat[members[k]] + vats[k];
    END LOOP;
  END LOOP;
  of_deposit := doc."type" = 'DEPOSIT_INVOICE' OR EXISTS (
    SELECT 1 FROM "Document" i
    WHERE doc."type" = 'CREDIT_NOTE' AND i."organizationId" = doc."organizationId"
      AND i."id" = doc."creditedInvoiceId" AND i."type" = 'DEPOSIT_INVOICE');
  FOR i IN 1..n LOOP
    INSERT INTO "ArticleDaySales" AS a ("organizationId", "currency", "day", "kind", "articleId", "unit",
      "quantityMilli", "exclVatCents", "vatCents", "inclVatCents")
    VALUES (doc."organizationId", doc."currency", doc."issueDate",
      CASE WHEN of_deposit OR deducted[i] THEN 'deposits' WHEN article_ids[i] IS NOT NULL THEN 'article' ELSE 'free' END,
      CASE WHEN of_deposit OR deducted[i] OR article_ids[i] IS NULL THEN '' ELSE article_ids[i] END,
      CASE WHEN of_deposit OR deducted[i] THEN '' ELSE units[i] END,
      s * quantities[i], s * excl[i], s * vat[i], s * (excl[i] + vat[i]))
    ON CONFLICT ("organizationId", "currency", "day", "kind", "articleId", "unit") DO UPDATE SET
      "quantityMilli" = a."quantityMilli" + EXCLUDED."quantityMilli",
      "exclVatCents" = a."exclVatCents" + EXCLUDED."exclVatCents",
      "vatCents" = a."vatCents" + EXCLUDED."vatCents",
      "inclVatCents" = a."inclVatCents" + EXCLUDED."inclVatCents";
  END LOOP;
END;
$$;

CREATE OR REPLACE FUNCTION facturo_document_rollup(doc "Document", sign int, sales boolean, answers boolean, paid boolean)
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
    PERFORM facturo_article_sales_rollup(doc, sign);
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


-- First filling: every issued sales document already there.
DO $$
BEGIN
  PERFORM facturo_article_sales_rollup(d, 1)
  FROM "Document" d
  WHERE d."type" IN ('INVOICE', 'DEPOSIT_INVOICE', 'CREDIT_NOTE') AND d."status" = 'ISSUED' AND d."issueDate" IS NOT NULL;
END;
$$;
