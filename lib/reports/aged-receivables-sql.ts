import { balanceSql, dateLiteral } from "@/lib/documents/lists/find-document-page";
import { invoicesAsOfSql, openInvoiceSql } from "@/lib/documents/lists/invoices-as-of";
import { Prisma } from "@/lib/generated/prisma/client";
import { AGING_BUCKETS, BUCKET_BOUNDS, type AgingBucket } from "./aging-buckets";

// The SQL shared by the aged receivables summary (aged-receivables.ts) and one client's
// invoices behind it (aged-client-invoices.ts): which invoices had a balance due on the as-of
// day, under the alias d, so the lists' own balance fragment (balanceSql) applies.
//
// "A balance" is owed or overpaid: an invoice paid in full and then credited (a credit note
// after payment) owes the client a refund, a negative balance. It stays in the report, in its
// due date's bucket, as an accountant's aged balance shows a client's credit: so a client's
// total is its balance on its page, and the grand total is the invoices list's balance due and
// the dashboard's outstanding (both net of refunds due).
//
// Two sources, one meaning:
// - as of today: the invoices open now, read directly from "Document" with the predicate of
//   the partial index Document_open_idx (openInvoiceSql), their stored paidCents and
//   creditedCents being today's. Nothing dated after today can have moved them: payment dates
//   and issue dates are never in the future (payment-schema.ts, issue-document.ts);
// - as of a past day: invoicesAsOfSql, which takes back the payments and credit notes dated
//   after the day (heavier: it reads those too).
// The integration test compares both paths on the same day, and each against the rows.

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

export type AgedSource = {
  /** FROM source: the invoices under the alias d. */
  from: Prisma.Sql;
  /** WHERE condition on d: a balance (owed, or overpaid: negative) on the as-of day. */
  owed: Prisma.Sql;
  /** Days past the due date on the as-of day (null without a due date). */
  daysLate: Prisma.Sql;
  /** Per bucket: `COALESCE(sum(balance) FILTER (…), 0)::bigint AS "<bucket>"`, comma-separated. */
  bucketSums: (balance: Prisma.Sql) => Prisma.Sql;
};

/**
 * The invoices and deposit invoices of the organization in `currency` with a balance due at
 * the end of `asOf` ("YYYY-MM-DD"); `today` is the organization's calendar date now: when
 * asOf is today, the open invoices are read directly (Document_open_idx).
 */
export function agedSource(organizationId: string, currency: string, asOf: string, today: string): AgedSource {
  const day = Prisma.raw(dateLiteral(asOf));
  const daysLate = Prisma.sql`(${day} - d."dueDate")`;
  const current = asOf === today;
  const from = current ? Prisma.sql`"Document" d` : invoicesAsOfSql(organizationId, currency, asOf, "d");
  // The same filters as invoicesAsOfSql's, on today's rows (openInvoiceSql: a balance ≠ 0).
  const owed = current
    ? Prisma.sql`d."organizationId" = ${organizationId} AND ${openInvoiceSql("d")}
        AND d."currency" = ${currency} AND d."issueDate" <= ${day}`
    : Prisma.sql`(${balanceSql}) <> 0`;
  const bucketSums = (balance: Prisma.Sql) =>
    Prisma.join(
      AGING_BUCKETS.map(
        (bucket) =>
          Prisma.sql`COALESCE(sum(${balance}) FILTER (WHERE ${inBucket(daysLate, bucket)}), 0)::bigint AS ${Prisma.raw(`"${bucket}"`)}`,
      ),
      ", ",
    );
  return { from, owed, daysLate, bucketSums };
}
