import "server-only";
import type { DateRange } from "@/lib/dashboard/dashboard-period";
import type { db } from "@/lib/db/prisma";
import { Prisma } from "@/lib/generated/prisma/client";

// Sums of the DayFigures rollup (kept by the database triggers of migration
// 20261207124745_rollups) over a range of days: at most one row per day of the range, whatever
// the number of documents and payments in it.

export type DayFiguresSums = {
  /** Issued invoices, deposit invoices and credit notes, by issue date. */
  salesDocuments: number;
  /** Their totals, credit notes negative (cents). */
  salesExclVatCents: number;
  salesVatCents: number;
  salesInclVatCents: number;
  /** The credit notes' part of salesExclVatCents, positive (cents). */
  creditedExclVatCents: number;
  quotesSent: number;
  quotesSentExclVatCents: number;
  /** Quotes accepted or declined, by Paris day of the answer. */
  quotesAccepted: number;
  quotesDeclined: number;
  /** Payments, by payment date (cents). */
  collectedCents: number;
  /** Invoices whose last payment (display status PAID) fell in the range, and their days from issue to it. */
  paidInvoices: number;
  paidDays: number;
};

const COLUMNS = [
  "salesDocuments",
  "salesExclVatCents",
  "salesVatCents",
  "salesInclVatCents",
  "creditedExclVatCents",
  "quotesSent",
  "quotesSentExclVatCents",
  "quotesAccepted",
  "quotesDeclined",
  "collectedCents",
  "paidInvoices",
  "paidDays",
] as const satisfies readonly (keyof DayFiguresSums)[];

type Reader = Pick<typeof db, "$queryRaw">;
type SumRow = Record<(typeof COLUMNS)[number], bigint | null> & { month?: string };

const sums = Prisma.raw(COLUMNS.map((column) => `COALESCE(sum(f."${column}"), 0)::bigint AS "${column}"`).join(", "));

function sumsOf(row: SumRow | undefined): DayFiguresSums {
  return Object.fromEntries(COLUMNS.map((column) => [column, Number(row?.[column] ?? 0)])) as DayFiguresSums;
}

const inRange = (organizationId: string, currency: string, range: DateRange) => Prisma.sql`
  f."organizationId" = ${organizationId} AND f."currency" = ${currency}
  AND f."day" BETWEEN CAST(${range.from} AS date) AND CAST(${range.to} AS date)`;

/** The figures of the days of `range` added up, in `currency`. */
export async function sumDayFigures(
  reader: Reader,
  organizationId: string,
  currency: string,
  range: DateRange,
): Promise<DayFiguresSums> {
  const rows = await reader.$queryRaw<SumRow[]>`
    SELECT ${sums} FROM "DayFigures" f WHERE ${inRange(organizationId, currency, range)}`;
  return sumsOf(rows[0]);
}

/** The same per calendar month ("YYYY-MM"); months without any row are absent. */
export async function dayFiguresByMonth(
  reader: Reader,
  organizationId: string,
  currency: string,
  range: DateRange,
): Promise<Map<string, DayFiguresSums>> {
  const rows = await reader.$queryRaw<(SumRow & { month: string })[]>`
    SELECT to_char(f."day", 'YYYY-MM') AS "month", ${sums}
    FROM "DayFigures" f WHERE ${inRange(organizationId, currency, range)}
    GROUP BY 1`;
  return new Map(rows.map((row) => [row.month, sumsOf(row)]));
}
