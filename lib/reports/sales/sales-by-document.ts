import "server-only";
import type { DateRange } from "@/lib/dashboard/dashboard-period";
import { monthStart } from "@/lib/dashboard/dashboard-period";
import { db } from "@/lib/db/prisma";
import { clientSalesSql } from "@/lib/rollups/client-sales-sql";
import { dayFiguresByMonth } from "@/lib/rollups/sum-day-figures";
import type { SalesAmounts } from "./sales-scope";

// Sales by client and by month from the documents' stored totals (what each invoice states),
// the credit notes subtracted, read from the rollups the database keeps of them (lib/rollups:
// per client and month, per day) so that a year costs the same at any number of documents.

export type SalesClientRow = SalesAmounts & { client: { id: string; name: string }; documentCount: number };
export type SalesMonthRow = SalesAmounts & { /** "YYYY-MM" */ month: string; documentCount: number };

type SumRow = { documents: number; excl: bigint; vat: bigint; incl: bigint };

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
    SELECT t."clientId", c."name" AS "clientName", t."documents", t."excl", t."vat", t."incl"
    FROM ${clientSalesSql(organizationId, currency, range)} t
    JOIN "Client" c ON c."organizationId" = ${organizationId} AND c."id" = t."clientId"
    ORDER BY t."excl" DESC, c."name", t."clientId"`;
  return rows.map((row): SalesClientRow => ({ client: { id: row.clientId, name: row.clientName }, ...amountsOf(row) }));
}

/** Every month the period touches, in order, those without sales at zero. */
export async function salesByMonth(organizationId: string, currency: string, range: DateRange) {
  const byMonth = await dayFiguresByMonth(db, organizationId, currency, range);
  const months: SalesMonthRow[] = [];
  for (let day = monthStart(range.from); day <= range.to; day = monthStart(day, 1)) {
    const month = day.slice(0, 7);
    const sums = byMonth.get(month);
    months.push({
      month,
      documentCount: sums?.salesDocuments ?? 0,
      exclVatCents: sums?.salesExclVatCents ?? 0,
      vatCents: sums?.salesVatCents ?? 0,
      inclVatCents: sums?.salesInclVatCents ?? 0,
    });
  }
  return months;
}
