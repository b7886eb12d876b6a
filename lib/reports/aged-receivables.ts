import "server-only";
import { assertCan } from "@/lib/auth/access/assert-can";
import type { MemberContext } from "@/lib/auth/access/require-member";
import { organizationCurrency } from "@/lib/dashboard/compute-key-figures";
import { db } from "@/lib/db/prisma";
import { calendarFromDate } from "@/lib/documents/calendar-date";
import { displayStatusSql } from "@/lib/documents/document-status";
import { balanceSql, dateLiteral } from "@/lib/documents/lists/find-document-page";
import { invoicesAsOfSql } from "@/lib/documents/lists/invoices-as-of";
import { Prisma } from "@/lib/generated/prisma/client";
import {
  AGING_BUCKETS,
  BUCKET_BOUNDS,
  agingBucket,
  emptyBuckets,
  type AgingBucket,
  type BucketAmounts,
} from "./aging-buckets";

// Aged receivables: per client, what is left to pay on issued invoices and deposit invoices as
// of a day, split by days past due (aging-buckets.ts). Derived, never stored:
// - the documents are rebuilt as they stood at the end of that day — issued by then, with the
//   payments dated by then and the credit notes issued by then (the dashboard's balancesAsOf
//   rebuilds the same facts) — under the alias d, so the lists' own fragments apply unchanged:
//   balanceSql for the balance, displayStatusSql for what is still owed (ISSUED,
//   PARTIALLY_PAID, OVERDUE: a PAID or CANCELLED invoice owes nothing; an overpaid one is not a
//   receivable);
// - one aggregate statement per client and bucket, one statement for the invoices behind them.
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
  invoices: AgedInvoice[];
};

export type AgedReceivables = {
  asOf: string;
  currency: string;
  clients: AgedClient[];
  totals: BucketAmounts;
};

const OWED = Prisma.raw(["ISSUED", "PARTIALLY_PAID", "OVERDUE"].map((status) => `'${status}'`).join(", "));

/** SQL condition: days late (an integer expression) falls in a bucket's bounds. */
function inBucket(daysLate: Prisma.Sql, bucket: AgingBucket): Prisma.Sql {
  const { min, max } = BUCKET_BOUNDS[bucket];
  const conditions = [
    ...(min === null ? [] : [Prisma.sql`${daysLate} >= ${Prisma.raw(String(min))}`]),
    ...(max === null ? [] : [Prisma.sql`${daysLate} <= ${Prisma.raw(String(max))}`]),
  ];
  // No due date: never late.
  const condition = Prisma.join(conditions, " AND ");
  return bucket === "notDue" ? Prisma.sql`(${daysLate} IS NULL OR ${condition})` : condition;
}

type ClientRow = { clientId: string; clientName: string; total: bigint } & Record<AgingBucket, bigint>;

type InvoiceRow = {
  id: string;
  clientId: string;
  number: string;
  type: "INVOICE" | "DEPOSIT_INVOICE";
  issueDate: Date;
  dueDate: Date | null;
  daysLate: number | null;
  balance: bigint;
};

function statements(organizationId: string, currency: string, asOfDay: string) {
  const asOf = Prisma.raw(dateLiteral(asOfDay));
  const source = invoicesAsOfSql(organizationId, currency, asOfDay, "d");
  const owed = Prisma.sql`${Prisma.raw(displayStatusSql("d", dateLiteral(asOfDay)))} IN (${OWED})`;
  const daysLate = Prisma.sql`(${asOf} - d."dueDate")`;
  const clientJoin = Prisma.sql`JOIN "Client" c ON c."organizationId" = ${organizationId} AND c."id" = d."clientId"`;
  const bucketSums = Prisma.join(
    AGING_BUCKETS.map(
      (bucket) =>
        Prisma.sql`COALESCE(sum(${balanceSql}) FILTER (WHERE ${inBucket(daysLate, bucket)}), 0)::bigint AS ${Prisma.raw(`"${bucket}"`)}`,
    ),
    ", ",
  );
  return {
    clients: Prisma.sql`
      SELECT d."clientId", c."name" AS "clientName", sum(${balanceSql})::bigint AS "total", ${bucketSums}
      FROM ${source} ${clientJoin}
      WHERE ${owed}
      GROUP BY d."clientId", c."name"
      ORDER BY c."name", d."clientId"`,
    invoices: Prisma.sql`
      SELECT d."id", d."clientId", d."number", d."type", d."issueDate", d."dueDate",
        ${daysLate}::int AS "daysLate", (${balanceSql})::bigint AS "balance"
      FROM ${source}
      WHERE ${owed}
      ORDER BY d."dueDate" NULLS LAST, d."issueDate", d."number"`,
  };
}

function amountsOf(row: ClientRow): BucketAmounts {
  const amounts = emptyBuckets();
  for (const bucket of AGING_BUCKETS) amounts[bucket] = Number(row[bucket]);
  amounts.totalCents = Number(row.total);
  return amounts;
}

/**
 * The acting organization's aged receivables as of `asOf` ("YYYY-MM-DD", validated by
 * resolveAsOf): clients by name, each with its amounts per bucket and its invoices (oldest due
 * first), and the totals. documents.read.
 */
export async function agedReceivables(member: MemberContext, asOf: string): Promise<AgedReceivables> {
  assertCan(member, "documents.read");
  const currency = await organizationCurrency(member.organizationId);
  const sql = statements(member.organizationId, currency, asOf);
  const [clientRows, invoiceRows] = await Promise.all([
    db.$queryRaw<ClientRow[]>(sql.clients),
    db.$queryRaw<InvoiceRow[]>(sql.invoices),
  ]);
  const invoicesByClient = new Map<string, AgedInvoice[]>();
  for (const row of invoiceRows) {
    const daysLate = row.daysLate === null ? null : Number(row.daysLate);
    const invoices = invoicesByClient.get(row.clientId) ?? [];
    invoices.push({
      id: row.id,
      number: row.number,
      type: row.type,
      issueDate: calendarFromDate(row.issueDate),
      dueDate: row.dueDate ? calendarFromDate(row.dueDate) : null,
      daysLate,
      bucket: agingBucket(daysLate),
      balanceCents: Number(row.balance),
    });
    invoicesByClient.set(row.clientId, invoices);
  }
  const totals = emptyBuckets();
  const clients = clientRows.map((row) => {
    const amounts = amountsOf(row);
    for (const key of [...AGING_BUCKETS, "totalCents"] as const) totals[key] += amounts[key];
    return {
      client: { id: row.clientId, name: row.clientName },
      amounts,
      invoices: invoicesByClient.get(row.clientId) ?? [],
    };
  });
  return { asOf, currency, clients, totals };
}
