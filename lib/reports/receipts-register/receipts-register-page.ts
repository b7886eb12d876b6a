import "server-only";
import { assertCan } from "@/lib/auth/access/assert-can";
import type { MemberContext } from "@/lib/auth/access/require-member";
import type { DateRange } from "@/lib/dashboard/dashboard-period";
import { db } from "@/lib/db/prisma";
import { addDays, calendarFromDate } from "@/lib/documents/calendar-date";
import { sumDayFigures } from "@/lib/rollups/sum-day-figures";
import type { Receipt } from "./receipts-register";
import { receiptSelect, receiptsWhere, registerHeading, toReceipts } from "./receipts-rows";

// One page of the receipts register, for the screen (the files keep every line:
// receiptsRegister). A month can hold tens of thousands of payments: only the page's rows are
// read; what comes before them and the period's total are sums in the database. The running
// total of the page's first line is the receipts of the period ordered before it plus its
// amount, as in the full register:
// - the period's total and the days before the page's first day: the DayFigures rollup
//   (collectedCents: payments by payment date in their document's currency, kept by the
//   payment trigger), one row per day;
// - the payments of the page's first day recorded before its first line: an aggregate.
// The page's rows are found in two steps: their ids from the index in the register's order
// (Payment (organizationId, currency, date, createdAt, id): page N skips index entries only),
// then those 50 rows with their invoices.

export const RECEIPTS_PAGE_SIZE = 50;

export type ReceiptsPage = {
  period: DateRange;
  currency: string;
  /** The page's lines, running totals continuing from the previous pages. */
  receipts: Receipt[];
  /** The receipts of the period before the page's first line (the running total carried over). */
  carriedCents: number;
  /** The whole period's receipts. */
  totalCents: number;
  /** How many receipts the period has. */
  count: number;
  /** The page shown: the one asked for, or the last one when it was past the end. */
  page: number;
  pageSize: number;
  pageCount: number;
};

/** The acting organization's receipts of `period` (validated by resolveDashboardPeriod), page `page` (from 1). documents.read. */
export async function receiptsRegisterPage(
  member: MemberContext,
  period: DateRange,
  page: number,
  pageSize: number = RECEIPTS_PAGE_SIZE,
): Promise<ReceiptsPage> {
  assertCan(member, "documents.read");
  const { organizationId } = member;
  const { currency } = await registerHeading(organizationId);
  const where = receiptsWhere(organizationId, currency, period);
  const rowsOf = async (number: number) => {
    const ids = await db.$queryRaw<{ id: string }[]>`
      SELECT p."id" FROM "Payment" p
      WHERE p."organizationId" = ${organizationId} AND p."currency" = ${currency}
        AND p."date" BETWEEN CAST(${period.from} AS date) AND CAST(${period.to} AS date)
      ORDER BY p."date", p."createdAt", p."id"
      LIMIT ${pageSize} OFFSET ${(number - 1) * pageSize}`;
    if (ids.length === 0) return [];
    const rows = await db.payment.findMany({
      where: { organizationId, id: { in: ids.map((row) => row.id) } },
      select: receiptSelect,
    });
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.flatMap((row) => byId.get(row.id) ?? []);
  };
  const asked = Number.isSafeInteger(page) && page >= 1 ? page : 1;
  const [count, figures, askedRows] = await Promise.all([
    db.payment.count({ where }),
    sumDayFigures(db, organizationId, currency, period),
    rowsOf(asked),
  ]);
  const pageCount = Math.max(1, Math.ceil(count / pageSize));
  const shown = Math.min(asked, pageCount);
  const rows = shown === asked ? askedRows : await rowsOf(shown);
  const carriedCents = rows[0] ? await receiptsBefore(organizationId, currency, period, rows[0]) : 0;
  return {
    period: { from: period.from, to: period.to },
    currency,
    receipts: toReceipts(rows, carriedCents),
    carriedCents,
    totalCents: figures.collectedCents,
    count,
    page: shown,
    pageSize,
    pageCount,
  };
}

/** The receipts of the period ordered before payment `first` (date, recording time, id). */
async function receiptsBefore(
  organizationId: string,
  currency: string,
  period: DateRange,
  first: { id: string; date: Date },
): Promise<number> {
  const day = calendarFromDate(first.date);
  const [daysBefore, sameDay] = await Promise.all([
    day > period.from
      ? sumDayFigures(db, organizationId, currency, { from: period.from, to: addDays(day, -1) }).then(
          (sums) => sums.collectedCents,
        )
      : 0,
    db.$queryRaw<{ cents: bigint }[]>`
      SELECT COALESCE(sum(p."amountCents"), 0)::bigint AS "cents"
      FROM "Payment" p
      JOIN "Payment" f ON f."organizationId" = p."organizationId" AND f."id" = ${first.id}
      WHERE p."organizationId" = ${organizationId} AND p."currency" = ${currency}
        AND p."date" = f."date" AND (p."createdAt", p."id") < (f."createdAt", f."id")`.then((rows) =>
      Number(rows[0]?.cents ?? 0),
    ),
  ]);
  return daysBefore + sameDay;
}
