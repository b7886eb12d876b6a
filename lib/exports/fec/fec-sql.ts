import type { FecDocumentInput, FecPaymentInput } from "./build-fec-entries";

// The FEC's two queries, each in the order of the file, with the lettering computed by the
// database over the whole period (the same rule as buildFecEntries, which the integration test
// compares line by line): $1 organization, $2 first day, $3 last day ("YYYY-MM-DD").
//
// An invoice or deposit invoice of the period is settled when its payments dated in the period
// and the credit notes of the period crediting it add up to its total (the sum of its VAT
// breakdown's bases and VAT, in its own currency, as its 411 line). Its letter is the n-th
// settled invoice of its client in the journal's order (issue date, number, id); DateLet is
// the last date of the invoice and the items settling it. Numbers and ids sort with COLLATE "C"
// (code point order, as JavaScript compares them), never the database's locale.

const PERIOD_DOCUMENTS = `
  SELECT d."id", d."clientId", d."issueDate", coalesce(d."number", d."id") AS "ref", d."type", d."creditedInvoiceId",
    (SELECT coalesce(sum((e->>'baseCents')::bigint + (e->>'vatCents')::bigint), 0)
       FROM jsonb_array_elements(d."vatBreakdown") e) AS "own"
  FROM "Document" d
  WHERE d."organizationId" = $1 AND d."type" IN ('INVOICE', 'DEPOSIT_INVOICE', 'CREDIT_NOTE')
    AND d."status" <> 'DRAFT' AND d."issueDate" BETWEEN $2::date AND $3::date`;

const LETTERS = `
  period_documents AS (${PERIOD_DOCUMENTS}),
  settling AS (
    SELECT p."documentId" AS "invoiceId", p."amountCents"::bigint AS "amount", p."date" AS "day"
    FROM "Payment" p
    WHERE p."organizationId" = $1 AND p."date" BETWEEN $2::date AND $3::date
    UNION ALL
    SELECT c."creditedInvoiceId", c."own", c."issueDate" FROM period_documents c WHERE c."creditedInvoiceId" IS NOT NULL
  ),
  settled AS (
    SELECT i."id", i."clientId", i."issueDate", i."ref", greatest(i."issueDate", max(s."day")) AS "letterDate"
    FROM period_documents i JOIN settling s ON s."invoiceId" = i."id"
    WHERE i."type" <> 'CREDIT_NOTE' AND i."own" > 0
    GROUP BY i."id", i."clientId", i."issueDate", i."ref", i."own"
    HAVING sum(s."amount") = i."own"
  ),
  letters AS (
    SELECT "id", to_char("letterDate", 'YYYY-MM-DD') AS "letterDate",
      (row_number() OVER (PARTITION BY "clientId" ORDER BY "issueDate", "ref" COLLATE "C", "id" COLLATE "C") - 1)::int AS "letterIndex"
    FROM settled
  )`;

export type FecLetteringColumns = { letterIndex: number | null; letterDate: string | null };
export type FecDocumentRow = Omit<FecDocumentInput, "vatBreakdown"> & { vatBreakdown: unknown } & FecLetteringColumns;
export type FecPaymentRow = FecPaymentInput & FecLetteringColumns;

/** The sales journal: issued invoices, deposit invoices and credit notes of the period. */
export const fecDocumentsSql = `
  WITH ${LETTERS},
  ordered AS (
    SELECT d."id", d."organizationId", d."type"::text AS "type", coalesce(d."number", d."id") AS "number",
      to_char(d."issueDate", 'YYYY-MM-DD') AS "issueDate", d."clientId", cl."name" AS "clientName",
      cl."auxiliaryAccount" AS "clientAccount", d."creditedInvoiceId", d."pricesIncludeVat", d."currency",
      d."exchangeRate", d."totalInclVatCents", d."vatBreakdown", l."letterIndex", l."letterDate"
    FROM "Document" d
    JOIN "Client" cl ON cl."organizationId" = d."organizationId" AND cl."id" = d."clientId"
    LEFT JOIN letters l ON l."id" = coalesce(d."creditedInvoiceId", d."id")
    WHERE d."organizationId" = $1 AND d."type" IN ('INVOICE', 'DEPOSIT_INVOICE', 'CREDIT_NOTE')
      AND d."status" <> 'DRAFT' AND d."issueDate" BETWEEN $2::date AND $3::date
  )
  SELECT o."id", o."type", o."number", o."issueDate", o."clientId", o."clientName", o."clientAccount",
    o."creditedInvoiceId", o."pricesIncludeVat", o."currency", o."exchangeRate", o."totalInclVatCents",
    o."vatBreakdown", o."letterIndex", o."letterDate",
    coalesce((SELECT json_agg(json_build_object('netCents', dl."netCents", 'vatRateBps', dl."vatRateBps",
        'kind', dl."kind", 'deductedDocumentId', dl."deductedDocumentId") ORDER BY dl."position")
      FROM "DocumentLine" dl WHERE dl."organizationId" = o."organizationId" AND dl."documentId" = o."id"), '[]'::json) AS "lines"
  FROM ordered o
  ORDER BY o."issueDate", o."number" COLLATE "C", o."id" COLLATE "C"`;

/** A receipts journal: the payments of the period, $4 false for the bank (BQ), true for cash (CA). */
export const fecPaymentsSql = `
  WITH ${LETTERS}
  SELECT p."id", p."documentId", coalesce(d."number", d."id") AS "documentNumber", d."clientId",
    cl."name" AS "clientName", cl."auxiliaryAccount" AS "clientAccount", to_char(p."date", 'YYYY-MM-DD') AS "date",
    p."amountCents", p."method"::text AS "method", p."reference", d."currency", d."exchangeRate",
    l."letterIndex", l."letterDate"
  FROM "Payment" p
  JOIN "Document" d ON d."organizationId" = p."organizationId" AND d."id" = p."documentId"
  JOIN "Client" cl ON cl."organizationId" = d."organizationId" AND cl."id" = d."clientId"
  LEFT JOIN letters l ON l."id" = p."documentId"
  WHERE p."organizationId" = $1 AND p."date" BETWEEN $2::date AND $3::date AND (p."method" = 'CASH') = $4
  ORDER BY p."date", coalesce(d."number", d."id") COLLATE "C", p."id" COLLATE "C"`;
