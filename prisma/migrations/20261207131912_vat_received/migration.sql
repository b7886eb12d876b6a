-- CreateTable
CREATE TABLE "DayVatReceived" (
    "organizationId" TEXT NOT NULL,
    "currency" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "vatCategory" TEXT NOT NULL,
    "vatRateBps" INTEGER NOT NULL,
    "baseCents" BIGINT NOT NULL DEFAULT 0,
    "vatCents" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "DayVatReceived_pkey" PRIMARY KEY ("organizationId","currency","day","vatCategory","vatRateBps")
);

-- AddForeignKey
ALTER TABLE "DayVatReceived" ADD CONSTRAINT "DayVatReceived_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- ---------------------------------------------------------------------------------------
-- Added by hand: DayVatReceived, kept by the payment trigger of 20261207124745_rollups.

-- amount × numerator / denominator rounded half away from zero (scale and roundDiv of
-- lib/reports/vat/split-payment.ts and lib/documents/totals/rounding.ts); a zero denominator
-- keeps the amount.
CREATE FUNCTION facturo_scale(amount numeric, numerator numeric, denominator numeric)
RETURNS numeric LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE
    WHEN denominator = 0 THEN amount
    ELSE sign(amount * numerator * sign(denominator))
      * div(abs(amount * numerator) * 2 + abs(denominator), abs(denominator) * 2)
  END
$$;

-- A payment of `amount` on the invoice `doc`, split over the invoice's VAT groups (its stored
-- breakdown, in order) as lib/reports/vat/split-payment.ts does — the TypeScript is the
-- reference this function is tested against (tests/integration/reports/payment-vat-parts.test.ts):
-- 1. parts proportional to each group's total incl. VAT, by largest remainder (ties to the
--    earlier group), summing to the payment exactly;
-- 2. the services part of each: part × services / all, half away from zero (GOODS none,
--    SERVICES all, BOTH by the document's own lines of the group, deductions left out);
-- 3. its VAT: services part × group VAT / group total, half away from zero; base = the rest.
CREATE FUNCTION facturo_payment_vat_parts(doc "Document", amount bigint)
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
  rests numeric[];
  n int;
  flip numeric;
  weight_sum numeric := 0;
  total_sign numeric;
  magnitude numeric;
  missing numeric;
  i int;
  product numeric;
  services numeric;
  group_vat numeric;
  idx int;
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

  -- 1. Largest remainder (allocate in lib/documents/totals/rounding.ts).
  flip := CASE WHEN (SELECT sum(t) FROM unnest(totals) t) < 0 THEN -1 ELSE 1 END;
  FOR i IN 1..n LOOP
    weight_sum := weight_sum + totals[i] * flip;
  END LOOP;
  parts := array_fill(0::numeric, ARRAY[n]);
  IF weight_sum = 0 THEN
    parts[1] := amount;
  ELSE
    total_sign := CASE WHEN amount < 0 THEN -1 ELSE 1 END;
    magnitude := amount * total_sign;
    rests := array_fill(0::numeric, ARRAY[n]);
    missing := magnitude;
    FOR i IN 1..n LOOP
      product := magnitude * totals[i] * flip;
      parts[i] := floor(product / weight_sum);
      -- floor() of an exact quotient of integers: checked against the remainder below.
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
  END IF;

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

-- Adds (sign 1) or takes back (sign −1) the VAT received of a payment of `amount` (> 0).
CREATE FUNCTION facturo_add_vat_received(org text, cur text, d date, doc "Document", amount bigint, sign int)
RETURNS void LANGUAGE sql AS $$
  INSERT INTO "DayVatReceived" AS v ("organizationId", "currency", "day", "vatCategory", "vatRateBps", "baseCents", "vatCents")
  SELECT org, cur, d, p."vatCategory", p."vatRateBps", sign * sum(p."base"), sign * sum(p."vat")
  FROM facturo_payment_vat_parts(doc, amount) p
  GROUP BY p."vatCategory", p."vatRateBps"
  ON CONFLICT ("organizationId", "currency", "day", "vatCategory", "vatRateBps") DO UPDATE SET
    "baseCents" = v."baseCents" + EXCLUDED."baseCents",
    "vatCents" = v."vatCents" + EXCLUDED."vatCents"
$$;

-- Payments: collected (DayFigures), the receivables' moves and now the VAT received. A deleted
-- payment takes back exactly what it added: the invoice's content is frozen, so its split is
-- the same.
CREATE OR REPLACE FUNCTION facturo_payment_rollups() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  payment "Payment";
  doc "Document";
  amount bigint;
BEGIN
  IF TG_OP = 'INSERT' THEN
    payment := NEW;
    amount := NEW."amountCents";
  ELSE
    payment := OLD;
    amount := -OLD."amountCents";
  END IF;
  SELECT d.* INTO doc FROM "Document" d
    WHERE d."organizationId" = payment."organizationId" AND d."id" = payment."documentId";
  IF FOUND THEN
    PERFORM facturo_add_day_figures(payment."organizationId", doc."currency", payment."date",
      0, 0, 0, 0, 0, 0, 0, 0, 0, amount, 0, 0);
    IF doc."status" = 'ISSUED' AND doc."type" IN ('INVOICE', 'DEPOSIT_INVOICE') THEN
      PERFORM facturo_add_receivable_move(payment."organizationId", doc."currency",
        GREATEST(payment."date", doc."issueDate"), COALESCE(doc."dueDate", DATE '9999-12-31'), -amount, 0);
      PERFORM facturo_add_vat_received(payment."organizationId", doc."currency", payment."date", doc,
        payment."amountCents"::bigint, CASE WHEN TG_OP = 'INSERT' THEN 1 ELSE -1 END);
    END IF;
  END IF;
  RETURN NULL;
END;
$$;

-- First filling: every payment already recorded on an issued invoice or deposit invoice.
INSERT INTO "DayVatReceived" ("organizationId", "currency", "day", "vatCategory", "vatRateBps", "baseCents", "vatCents")
SELECT p."organizationId", d."currency", p."date", v."vatCategory", v."vatRateBps", sum(v."base"), sum(v."vat")
FROM "Payment" p
JOIN "Document" d ON d."organizationId" = p."organizationId" AND d."id" = p."documentId"
CROSS JOIN LATERAL facturo_payment_vat_parts(d, p."amountCents"::bigint) v
WHERE d."status" = 'ISSUED' AND d."type" IN ('INVOICE', 'DEPOSIT_INVOICE')
GROUP BY 1, 2, 3, 4, 5;
