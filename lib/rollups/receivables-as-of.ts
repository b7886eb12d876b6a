import "server-only";
import type { db } from "@/lib/db/prisma";
import { dateLiteral } from "@/lib/documents/lists/find-document-page";
import { Prisma } from "@/lib/generated/prisma/client";

// Outstanding and overdue balances at the end of a day, from the ReceivableMoves rollup (kept by
// the database triggers of migration 20261207130519_receivable_moves): the sum of what moved
// the balances of the issued invoices and deposit invoices up to that day — issued, paid,
// credited, settled — per due date. The same figures as summing each invoice's balance as of
// the day (lib/documents/lists/invoices-as-of.ts) with the lists' display status rule (overdue:
// something left to pay, due before the day), without reading the invoices: the rows grow with
// the days and due dates used, not with the number of invoices.

export type ReceivablesAsOf = {
  outstanding: { cents: number; count: number };
  overdue: { cents: number; count: number };
  /** The earliest due date among the invoices overdue on the day, "YYYY-MM-DD"; null if none. */
  oldestDue: string | null;
};

type Reader = Pick<typeof db, "$queryRaw">;

type Row = {
  outstanding: bigint;
  outstandingCount: bigint;
  overdue: bigint;
  overdueCount: bigint;
  oldestDue: Date | null;
};

/**
 * The receivables of `currency` at the end of `day` ("YYYY-MM-DD"); currency null adds up
 * every currency (counts only make sense then).
 */
export async function receivablesAsOf(
  reader: Reader,
  organizationId: string,
  currency: string | null,
  day: string,
): Promise<ReceivablesAsOf> {
  const asOf = Prisma.raw(dateLiteral(day));
  const inCurrency = currency === null ? Prisma.empty : Prisma.sql`AND r."currency" = ${currency}`;
  const [row] = await reader.$queryRaw<Row[]>`
    WITH moves AS (
      SELECT r."dueDate", sum(r."amountCents")::bigint AS "cents", sum(r."invoices")::bigint AS "invoices"
      FROM "ReceivableMoves" r
      WHERE r."organizationId" = ${organizationId} ${inCurrency} AND r."day" <= ${asOf}
      GROUP BY r."dueDate"
    )
    SELECT COALESCE(sum(m."cents"), 0)::bigint AS "outstanding",
      COALESCE(sum(m."invoices"), 0)::bigint AS "outstandingCount",
      COALESCE(sum(m."cents") FILTER (WHERE m."dueDate" < ${asOf}), 0)::bigint AS "overdue",
      COALESCE(sum(m."invoices") FILTER (WHERE m."dueDate" < ${asOf}), 0)::bigint AS "overdueCount",
      min(m."dueDate") FILTER (WHERE m."dueDate" < ${asOf} AND m."invoices" > 0) AS "oldestDue"
    FROM moves m`;
  return {
    outstanding: { cents: Number(row?.outstanding ?? 0), count: Number(row?.outstandingCount ?? 0) },
    overdue: { cents: Number(row?.overdue ?? 0), count: Number(row?.overdueCount ?? 0) },
    oldestDue: row?.oldestDue ? row.oldestDue.toISOString().slice(0, 10) : null,
  };
}
