import "server-only";
import { assertCan } from "@/lib/auth/access/assert-can";
import type { MemberContext } from "@/lib/auth/access/require-member";
import { db } from "@/lib/db/prisma";
import { clientSalesSql } from "@/lib/rollups/client-sales-sql";
import { dayFiguresByMonth } from "@/lib/rollups/sum-day-figures";
import { organizationCurrency } from "./compute-key-figures";
import { monthEnd, monthStart, type DateRange } from "./dashboard-period";

// The dashboard's chart and top clients, with the key figures' definitions: invoiced excl. VAT
// (invoices + deposit invoices − credit notes, by issue date) and collected (payments, by
// date), in the organization's currency.
// - per month over the 12 months ending with today's month (months without any: zero), from
//   the DayFigures rollup;
// - the 5 clients invoiced most in the period, from the ClientMonthSales rollup (lib/rollups).

export type MonthFigures = { month: string; invoicedExclVatCents: number; collectedCents: number };

export type TopClient = { id: string; name: string; invoicedExclVatCents: number };

/** "YYYY-MM" of the 12 months ending with the month of `today`, oldest first. */
export function last12Months(today: string): string[] {
  return Array.from({ length: 12 }, (_, index) => monthStart(today, index - 11).slice(0, 7));
}

export async function monthlyFigures(member: MemberContext, today: string): Promise<MonthFigures[]> {
  assertCan(member, "documents.read");
  const organizationId = member.organizationId;
  const currency = await organizationCurrency(organizationId);
  const byMonth = await dayFiguresByMonth(db, organizationId, currency, {
    from: monthStart(today, -11),
    to: monthEnd(today),
  });
  return last12Months(today).map((month) => ({
    month,
    invoicedExclVatCents: byMonth.get(month)?.salesExclVatCents ?? 0,
    collectedCents: byMonth.get(month)?.collectedCents ?? 0,
  }));
}

export const TOP_CLIENTS = 5;

/** The clients invoiced most (excl. VAT, credit notes deducted) in `range`; ties by name. */
export async function topClients(member: MemberContext, range: DateRange): Promise<TopClient[]> {
  assertCan(member, "documents.read");
  const organizationId = member.organizationId;
  const currency = await organizationCurrency(organizationId);
  const rows = await db.$queryRaw<{ id: string; name: string; amount: bigint }[]>`
    SELECT c."id", c."name", t."excl" AS "amount"
    FROM ${clientSalesSql(organizationId, currency, range)} t
    JOIN "Client" c ON c."organizationId" = ${organizationId} AND c."id" = t."clientId"
    WHERE t."excl" > 0
    ORDER BY t."excl" DESC, c."name" ASC, c."id" ASC
    LIMIT ${TOP_CLIENTS}`;
  return rows.map((row) => ({ id: row.id, name: row.name, invoicedExclVatCents: Number(row.amount) }));
}
