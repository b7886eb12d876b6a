import "server-only";
import type { DateRange } from "@/lib/dashboard/dashboard-period";
import { Prisma } from "@/lib/generated/prisma/client";
import { splitWholeMonths } from "./split-whole-months";

// Sales per client over any range of days: the whole months from the ClientMonthSales rollup
// (kept by the triggers of migration 20261207124745_rollups), the days at either end from the
// documents themselves (at most two partial months). Sales are the issued invoices, deposit
// invoices and credit notes (negative) of the currency, by issue date — the dashboard's
// "invoiced" and the sales report's rule.

/**
 * A subquery of one row per client with sales in `range`: "clientId", "documents" (int),
 * "excl", "vat", "incl" (bigint cents, credit notes deducted).
 */
export function clientSalesSql(organizationId: string, currency: string, range: DateRange): Prisma.Sql {
  const { months, edges } = splitWholeMonths(range);
  const parts: Prisma.Sql[] = [];
  if (months) {
    parts.push(Prisma.sql`
      SELECT m."clientId", m."documents"::bigint AS "documents", m."exclVatCents" AS "excl", m."vatCents" AS "vat",
        m."inclVatCents" AS "incl"
      FROM "ClientMonthSales" m
      WHERE m."organizationId" = ${organizationId} AND m."currency" = ${currency}
        AND m."month" BETWEEN CAST(${months.from} AS date) AND CAST(${months.to} AS date)`);
  }
  const sign = Prisma.sql`(CASE WHEN d."type" = 'CREDIT_NOTE' THEN -1 ELSE 1 END)`;
  for (const edge of edges) {
    parts.push(Prisma.sql`
      SELECT d."clientId", 1::bigint AS "documents", (${sign} * d."totalExclVatCents")::bigint AS "excl",
        (${sign} * d."totalVatCents")::bigint AS "vat", (${sign} * d."totalInclVatCents")::bigint AS "incl"
      FROM "Document" d
      WHERE d."organizationId" = ${organizationId} AND d."currency" = ${currency}
        AND d."type" IN ('INVOICE', 'DEPOSIT_INVOICE', 'CREDIT_NOTE') AND d."status" = 'ISSUED'
        AND d."issueDate" BETWEEN CAST(${edge.from} AS date) AND CAST(${edge.to} AS date)`);
  }
  return Prisma.sql`(
    SELECT s."clientId", sum(s."documents")::int AS "documents", sum(s."excl")::bigint AS "excl",
      sum(s."vat")::bigint AS "vat", sum(s."incl")::bigint AS "incl"
    FROM (${Prisma.join(parts, " UNION ALL ")}) s
    GROUP BY s."clientId"
  )`;
}
