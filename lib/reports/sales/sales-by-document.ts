import "server-only";
import type { DateRange } from "@/lib/dashboard/dashboard-period";
import { monthStart } from "@/lib/dashboard/dashboard-period";
import { db } from "@/lib/db/prisma";
import { Prisma } from "@/lib/generated/prisma/client";
import { SIGN_SQL, salesDocumentsSql, type SalesAmounts } from "./sales-scope";

// Sales by client and by month from the documents' stored totals (what each invoice states):
// one aggregate statement each, the credit notes subtracted.

export type SalesClientRow = SalesAmounts & { client: { id: string; name: string }; documentCount: number };
export type SalesMonthRow = SalesAmounts & { /** "YYYY-MM" */ month: string; documentCount: number };

type SumRow = { documents: number; excl: bigint; vat: bigint; incl: bigint };

const sums = Prisma.sql`count(*)::int AS "documents",
  sum(${SIGN_SQL} * d."totalExclVatCents")::bigint AS "excl",
  sum(${SIGN_SQL} * d."totalVatCents")::bigint AS "vat",
  sum(${SIGN_SQL} * d."totalInclVatCents")::bigint AS "incl"`;

function amountsOf(row: SumRow): SalesAmounts & { documentCount: number } {
  return {
    documentCount: Number(row.documents),
    exclVatCents: Number(row.excl),
    vatCents: Number(row.vat),
    inclVatCents: Number(row.incl),
  };
}

/** One row per client with sales in the period, largest excl. VAT first (then by name). */
export async function salesByClient(organizationId: string, currency: string, range: DateRange) {
  const rows = await db.$queryRaw<(SumRow & { clientId: string; clientName: string })[]>`
    SELECT d."clientId", c."name" AS "clientName", ${sums}
    FROM "Document" d
    JOIN "Client" c ON c."organizationId" = ${organizationId} AND c."id" = d."clientId"
    WHERE ${salesDocumentsSql(organizationId, currency, range)}
    GROUP BY d."clientId", c."name"
    ORDER BY "excl" DESC, c."name", d."clientId"`;
  return rows.map((row): SalesClientRow => ({ client: { id: row.clientId, name: row.clientName }, ...amountsOf(row) }));
}

/** Every month the period touches, in order, those without sales at zero. */
export async function salesByMonth(organizationId: string, currency: string, range: DateRange) {
  const rows = await db.$queryRaw<(SumRow & { month: string })[]>`
    SELECT to_char(d."issueDate", 'YYYY-MM') AS "month", ${sums}
    FROM "Document" d
    WHERE ${salesDocumentsSql(organizationId, currency, range)}
    GROUP BY 1`;
  const byMonth = new Map(rows.map((row) => [row.month, amountsOf(row)]));
  const months: SalesMonthRow[] = [];
  for (let day = monthStart(range.from); day <= range.to; day = monthStart(day, 1)) {
    const month = day.slice(0, 7);
    const amounts = byMonth.get(month) ?? { documentCount: 0, exclVatCents: 0, vatCents: 0, inclVatCents: 0 };
    months.push({ month, ...amounts });
  }
  return months;
}
