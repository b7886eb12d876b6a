import type { FecDocumentInput, FecPaymentInput } from "./build-fec-entries";

// The FEC's two queries, each in the order of the file, with the lettering computed by the
// database over the whole period (the same rule as buildFecEntries, which the integration test
// compares line by line): $1 organization, $2 first day, $3 last day ("YYYY-MM-DD").
//
// An invoice or deposit invoice of the period is settled when its payments dated in the period
// and the credit notes of the period crediting it add up to its total incl. VAT (in its own
// currency: what its 411 line adds up to, computeTotals' sum of the breakdown's base + VAT). Its letter is the n-th
// settled invoice of its client in the journal's order (issue date, number, id); DateLet is
// the last date of the invoice and the items settling it. Numbers and ids sort with COLLATE "C"
// (code point order, as JavaScript compares them), never the database's locale.

const PERIOD_DOCUMENTS = `
  SELECT d."id", d."clientId", d."issueDate", coalesce(d."number", d."id") AS "ref", d."type", d."creditedInvoiceId",
    d."totalInclVatCents"::bigint AS "own"
  FROM "Document" d
  WHERE d."organizationId" = $1 AND d."type" IN ('INVOICE', 'DEPOSIT_INVOICE', 'CREDIT_NOTE')
    AND d."status" <> 'DRAFT' AND d."issueDate" BETWEEN $2::date AND $3::date`;

// Every invoice with something settling it gets a row; "settled" is a column, not a filter,
// and the letter a running count of its client's settled invoices: a filter on "paid =
// total" is estimated at a few rows, and the planner then joined it by nested loops over the
// whole period (quadratic: 105 s for 20,000 invoices).
const LETTERS = `
  period_documents AS (${PERIOD_DOCUMENTS}),
  settling AS (
    SELECT p."documentId" AS "invoiceId", p."amountCents"::bigint AS "amount", p."date" AS "day"
    FROM "Payment" p
    WHERE p."organizationId" = $1 AND p."date" BETWEEN $2::date AND $3::date
    UNION ALL
    SELECT c."creditedInvoiceId", c."own", c."issueDate" FROM period_documents c WHERE c."creditedInvoiceId" IS NOT NULL
  ),
  settlement AS (
    SELECT "invoiceId", sum("amount") AS "amount", max("day") AS "lastDay" FROM settling GROUP BY "invoiceId"
  ),
  marked AS (
    SELECT i."id", i."clientId", i."issueDate", i."ref", greatest(i."issueDate", s."lastDay") AS "letterDay",
      (i."type" <> 'CREDIT_NOTE' AND i."own" > 0 AND s."amount" = i."own") AS "settled"
    FROM period_documents i JOIN settlement s ON s."invoiceId" = i."id"
  ),
  letters AS (
    SELECT "id",
      CASE WHEN "settled" THEN to_char("letterDay", 'YYYY-MM-DD') END AS "letterDate",
      CASE WHEN "settled" THEN (count(*) FILTER (WHERE "settled") OVER (PARTITION BY "clientId" COLLATE "C"
        ORDER BY "issueDate", "ref" COLLATE "C", "id" COLLATE "C" ROWS UNBOUNDED PRECEDING) - 1)::int END AS "letterIndex"
    FROM marked
  )`;

export type FecLetteringColumns = { letterIndex: number | null; letterDate: string | null };
/**
 * A document's lines come as text, not JSON objects (building and decoding an object per line
 * was a measurable part of the export): "position,netCents,vatRateBps,kind" per line, ";"
 * between lines, in no particular order (an ORDER BY in the aggregate made the database sort
 * every line of the period by document first), and [position, id] of the deducted documents
 * as JSON only when one of its lines deducts a deposit.
 */
export type FecDocumentRow = Omit<FecDocumentInput, "vatBreakdown" | "lines"> & {
  vatBreakdown: unknown;
  lines: string;
  deductedIds: string | null;
} & FecLetteringColumns;
export type FecPaymentRow = FecPaymentInput & FecLetteringColumns;

/**
 * The sales journal: issued invoices, deposit invoices and credit notes of the period, with
 * their lines aggregated in one pass (a subquery per document cost 0.1 ms each: 100 s at 1M) by
 * hashing, not sorting (the caller turns merge joins off: a merge join of the lettering sorted
 * the whole period twice more, by id).
 */
export const fecDocumentsSql = `
  WITH ${LETTERS},
  period_lines AS (
    SELECT dl."documentId",
      string_agg(dl."position" || ',' || dl."netCents" || ',' || dl."vatRateBps" || ',' || dl."kind", ';') AS "lines",
      CASE WHEN bool_or(dl."deductedDocumentId" IS NOT NULL)
        THEN json_agg(json_build_array(dl."position", dl."deductedDocumentId"))::text END AS "deductedIds"
    FROM "DocumentLine" dl JOIN period_documents pd ON pd."id" = dl."documentId"
    WHERE dl."organizationId" = $1
    GROUP BY dl."documentId"
  )
  SELECT d."id", d."type"::text AS "type", coalesce(d."number", d."id") AS "number",
    to_char(d."issueDate", 'YYYY-MM-DD') AS "issueDate", d."clientId", cl."name" AS "clientName",
    cl."auxiliaryAccount" AS "clientAccount", d."creditedInvoiceId", d."pricesIncludeVat", d."currency",
    d."exchangeRate", d."totalInclVatCents", d."vatBreakdown", l."letterIndex", l."letterDate",
    coalesce(pl."lines", '') AS "lines", pl."deductedIds"
  FROM "Document" d
  JOIN "Client" cl ON cl."organizationId" = d."organizationId" AND cl."id" = d."clientId"
  LEFT JOIN letters l ON l."id" = coalesce(d."creditedInvoiceId", d."id")
  LEFT JOIN period_lines pl ON pl."documentId" = d."id"
  WHERE d."organizationId" = $1 AND d."type" IN ('INVOICE', 'DEPOSIT_INVOICE', 'CREDIT_NOTE')
    AND d."status" <> 'DRAFT' AND d."issueDate" BETWEEN $2::date AND $3::date
  ORDER BY d."issueDate", coalesce(d."number", d."id") COLLATE "C", d."id" COLLATE "C"`;

/**
 * The receipts journals: the payments of the period, the bank's (BQ) then the cash (CA), each
 * by date (one query: the lettering is computed once for both).
 */
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
  WHERE p."organizationId" = $1 AND p."date" BETWEEN $2::date AND $3::date
  ORDER BY p."method" = 'CASH', p."date", coalesce(d."number", d."id") COLLATE "C", p."id" COLLATE "C"`;
