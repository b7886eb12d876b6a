import "server-only";
import { assertCan } from "@/lib/auth/access/assert-can";
import type { MemberContext } from "@/lib/auth/access/require-member";
import { clientNotFound } from "@/lib/clients/client-errors";
import { parseClientId } from "@/lib/clients/client-id";
import { organizationCurrency } from "@/lib/dashboard/compute-key-figures";
import { db } from "@/lib/db/prisma";
import { calendarDate, calendarFromDate } from "@/lib/documents/calendar-date";
import { balanceSql } from "@/lib/documents/lists/find-document-page";
import { Prisma } from "@/lib/generated/prisma/client";
import { agedSource } from "./aged-receivables-sql";
import type { AgedInvoice } from "./aged-receivables";
import { agingBucket } from "./aging-buckets";

// The drill-down of the aged receivables, on demand: one client's invoices and deposit
// invoices with a balance on the as-of day, owed or overpaid (the ones behind its amounts in
// agedReceivables, from the same source), oldest due first.

export type AgedClientInvoices = {
  asOf: string;
  currency: string;
  client: { id: string; name: string };
  invoices: AgedInvoice[];
  /** The sum of the invoices' balances: the client's total in agedReceivables. */
  totalCents: number;
};

type InvoiceRow = {
  id: string;
  number: string;
  type: "INVOICE" | "DEPOSIT_INVOICE";
  issueDate: Date;
  dueDate: Date | null;
  daysLate: number | null;
  balance: bigint;
};

/**
 * The invoices of one client of the acting organization with a balance due at the end of
 * `asOf` ("YYYY-MM-DD", validated by resolveAsOf). documents.read. The client id comes from
 * the URL: a malformed one, an unknown one or another organization's is client_not_found
 * (NOT_FOUND), the three alike. `today`: as in agedReceivables.
 */
export async function agedInvoicesOfClient(
  member: MemberContext,
  asOf: string,
  rawClientId: unknown,
  today: string = calendarDate(),
): Promise<AgedClientInvoices> {
  assertCan(member, "documents.read");
  const organizationId = member.organizationId;
  const clientId = parseClientId(rawClientId);
  const [client, currency] = await Promise.all([
    db.client.findFirst({ where: { id: clientId, organizationId }, select: { id: true, name: true } }),
    organizationCurrency(organizationId),
  ]);
  if (!client) throw clientNotFound();
  const source = agedSource(organizationId, currency, asOf, today);
  const rows = await db.$queryRaw<InvoiceRow[]>(Prisma.sql`
    SELECT d."id", d."number", d."type", d."issueDate", d."dueDate",
      ${source.daysLate}::int AS "daysLate", (${balanceSql})::bigint AS "balance"
    FROM ${source.from}
    WHERE d."clientId" = ${client.id} AND ${source.owed}
    ORDER BY d."dueDate" NULLS LAST, d."issueDate", d."number", d."id"`);
  const invoices = rows.map((row): AgedInvoice => {
    const daysLate = row.daysLate === null ? null : Number(row.daysLate);
    return {
      id: row.id,
      number: row.number,
      type: row.type,
      issueDate: calendarFromDate(row.issueDate),
      dueDate: row.dueDate ? calendarFromDate(row.dueDate) : null,
      daysLate,
      bucket: agingBucket(daysLate),
      balanceCents: Number(row.balance),
    };
  });
  const totalCents = invoices.reduce((total, invoice) => total + invoice.balanceCents, 0);
  return { asOf, currency, client, invoices, totalCents };
}
