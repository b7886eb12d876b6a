import "server-only";
import { assertCan } from "@/lib/auth/access/assert-can";
import type { MemberContext } from "@/lib/auth/access/require-member";
import { organizationCurrency } from "@/lib/dashboard/compute-key-figures";
import { db } from "@/lib/db/prisma";
import { calendarDate } from "@/lib/documents/calendar-date";
import { balanceSql } from "@/lib/documents/lists/find-document-page";
import { Prisma } from "@/lib/generated/prisma/client";
import { agedSource } from "./aged-receivables-sql";
import { AGING_BUCKETS, emptyBuckets, type AgingBucket, type BucketAmounts } from "./aging-buckets";

// Aged receivables: per client, what is left to pay on issued invoices and deposit invoices as
// of a day, split by days past due (aging-buckets.ts). Derived, never stored:
// - the invoices with a balance due on that day come from agedSource (aged-receivables-sql.ts):
//   today's open invoices as they are, or the documents rebuilt as they stood at the end of a
//   past day (the dashboard's balancesAsOf rebuilds the same facts), under the alias d, so the
//   lists' own balance fragment applies unchanged (balanceSql): every invoice with a balance
//   on the day, owed or overpaid (a refund due after a credit note on a paid invoice counts
//   negative, as a client's credit in an accountant's aged balance);
// - one aggregate statement per client and bucket. The invoices behind one client's amounts
//   are read on demand (aged-client-invoices.ts): an organization with 1,000,000 invoices has
//   180,000 open ones, too many for one page.
// Amounts in the organization's currency: documents in another one are left out, as on the
// dashboard (a sum of euros and dollars means nothing).

export type AgedInvoice = {
  id: string;
  number: string;
  type: "INVOICE" | "DEPOSIT_INVOICE";
  /** "YYYY-MM-DD" */
  issueDate: string;
  dueDate: string | null;
  /** Days past the due date on the as-of day (≤ 0: not yet due); null without a due date. */
  daysLate: number | null;
  bucket: AgingBucket;
  balanceCents: number;
};

export type AgedClient = {
  client: { id: string; name: string };
  amounts: BucketAmounts;
};

export type AgedReceivables = {
  asOf: string;
  currency: string;
  clients: AgedClient[];
  totals: BucketAmounts;
};

type ClientRow = { clientId: string; clientName: string; total: bigint } & Record<AgingBucket, bigint>;

function amountsOf(row: ClientRow): BucketAmounts {
  const amounts = emptyBuckets();
  for (const bucket of AGING_BUCKETS) amounts[bucket] = Number(row[bucket]);
  amounts.totalCents = Number(row.total);
  return amounts;
}

/**
 * The acting organization's aged receivables as of `asOf` ("YYYY-MM-DD", validated by
 * resolveAsOf): clients by name, each with its amounts per bucket, and the totals.
 * documents.read. `today` is the organization's calendar date now (as of today, the open
 * invoices are read directly; any other day rebuilds the balances as of that day — a test
 * passes another `today` to compare both).
 */
export async function agedReceivables(
  member: MemberContext,
  asOf: string,
  today: string = calendarDate(),
): Promise<AgedReceivables> {
  assertCan(member, "documents.read");
  const organizationId = member.organizationId;
  const currency = await organizationCurrency(organizationId);
  const source = agedSource(organizationId, currency, asOf, today);
  const clientRows = await db.$queryRaw<ClientRow[]>(Prisma.sql`
    SELECT d."clientId", c."name" AS "clientName", sum(${balanceSql})::bigint AS "total", ${source.bucketSums(balanceSql)}
    FROM ${source.from}
    JOIN "Client" c ON c."organizationId" = ${organizationId} AND c."id" = d."clientId"
    WHERE ${source.owed}
    GROUP BY d."clientId", c."name"
    ORDER BY c."name", d."clientId"`);
  const totals = emptyBuckets();
  const clients = clientRows.map((row) => {
    const amounts = amountsOf(row);
    for (const key of [...AGING_BUCKETS, "totalCents"] as const) totals[key] += amounts[key];
    return { client: { id: row.clientId, name: row.clientName }, amounts };
  });
  return { asOf, currency, clients, totals };
}
