import "server-only";
import { assertCan } from "@/lib/auth/access/assert-can";
import type { MemberContext } from "@/lib/auth/access/require-member";
import { db } from "@/lib/db/prisma";
import { Prisma } from "@/lib/generated/prisma/client";
import { organizationCurrency } from "./compute-key-figures";
import { monthEnd, monthStart, type DateRange } from "./dashboard-period";

// The dashboard's chart and top clients, with the key figures' definitions: invoiced excl. VAT
// (invoices + deposit invoices − credit notes, by issue date) and collected (payments, by
// date), in the organization's currency.
// - per month over the 12 months ending with today's month (months without any: zero);
// - the 5 clients invoiced most in the period.

export type MonthFigures = { month: string; invoicedExclVatCents: number; collectedCents: number };

export type TopClient = { id: string; name: string; invoicedExclVatCents: number };

const signedExcl = Prisma.sql`CASE WHEN d."type" = 'CREDIT_NOTE' THEN -d."totalExclVatCents" ELSE d."totalExclVatCents" END`;

/** Issued invoices, deposit invoices and credit notes of the organization's currency. */
const issuedSales = (organizationId: string, currency: string) => Prisma.sql`d."organizationId" = ${organizationId}
  AND d."type" IN ('INVOICE', 'DEPOSIT_INVOICE', 'CREDIT_NOTE') AND d."status" = 'ISSUED' AND d."currency" = ${currency}`;

/** "YYYY-MM" of the 12 months ending with the month of `today`, oldest first. */
export function last12Months(today: string): string[] {
  return Array.from({ length: 12 }, (_, index) => monthStart(today, index - 11).slice(0, 7));
}

export async function monthlyFigures(member: MemberContext, today: string): Promise<MonthFigures[]> {
  assertCan(member, "documents.read");
  const organizationId = member.organizationId;
  const currency = await organizationCurrency(organizationId);
  const from = monthStart(today, -11);
  const to = monthEnd(today);
  const [invoiced, collected] = await Promise.all([
    db.$queryRaw<{ month: string; amount: bigint }[]>`
      SELECT to_char(d."issueDate", 'YYYY-MM') AS "month", sum(${signedExcl})::bigint AS "amount"
      FROM "Document" d
      WHERE ${issuedSales(organizationId, currency)}
        AND d."issueDate" BETWEEN CAST(${from} AS date) AND CAST(${to} AS date)
      GROUP BY 1`,
    db.$queryRaw<{ month: string; amount: bigint }[]>`
      SELECT to_char(p."date", 'YYYY-MM') AS "month", sum(p."amountCents")::bigint AS "amount"
      FROM "Payment" p
      JOIN "Document" d ON d."organizationId" = p."organizationId" AND d."id" = p."documentId"
      WHERE p."organizationId" = ${organizationId} AND d."currency" = ${currency}
        AND p."date" BETWEEN CAST(${from} AS date) AND CAST(${to} AS date)
      GROUP BY 1`,
  ]);
  const byMonth = (rows: { month: string; amount: bigint }[]) =>
    new Map(rows.map((row) => [row.month, Number(row.amount)]));
  const invoicedByMonth = byMonth(invoiced);
  const collectedByMonth = byMonth(collected);
  return last12Months(today).map((month) => ({
    month,
    invoicedExclVatCents: invoicedByMonth.get(month) ?? 0,
    collectedCents: collectedByMonth.get(month) ?? 0,
  }));
}

export const TOP_CLIENTS = 5;

/** The clients invoiced most (excl. VAT, credit notes deducted) in `range`; ties by name. */
export async function topClients(member: MemberContext, range: DateRange): Promise<TopClient[]> {
  assertCan(member, "documents.read");
  const organizationId = member.organizationId;
  const currency = await organizationCurrency(organizationId);
  const rows = await db.$queryRaw<{ id: string; name: string; amount: bigint }[]>`
    SELECT c."id", c."name", t."amount"
    FROM (
      SELECT d."clientId", sum(${signedExcl})::bigint AS "amount"
      FROM "Document" d
      WHERE ${issuedSales(organizationId, currency)}
        AND d."issueDate" BETWEEN CAST(${range.from} AS date) AND CAST(${range.to} AS date)
      GROUP BY d."clientId"
    ) t
    JOIN "Client" c ON c."organizationId" = ${organizationId} AND c."id" = t."clientId"
    WHERE t."amount" > 0
    ORDER BY t."amount" DESC, c."name" ASC, c."id" ASC
    LIMIT ${TOP_CLIENTS}`;
  return rows.map((row) => ({ id: row.id, name: row.name, invoicedExclVatCents: Number(row.amount) }));
}
