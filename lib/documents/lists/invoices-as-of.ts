import { Prisma } from "@/lib/generated/prisma/client";
import { dateLiteral } from "./find-document-page";

/**
 * An invoice or deposit invoice with something left to pay (or overpaid) today, on the rows of
 * `alias`: the predicate of the partial index Document_open_idx (prisma/schema.prisma), word
 * for word, so PostgreSQL reads that index (the few open invoices) instead of every invoice.
 */
export function openInvoiceSql(alias: string): Prisma.Sql {
  if (!/^[a-z]$/.test(alias)) throw new RangeError(`not a table alias: ${alias}`);
  const c = (column: string) => `${alias}."${column}"`;
  return Prisma.raw(
    `${c("type")} IN ('INVOICE', 'DEPOSIT_INVOICE') AND ${c("status")} = 'ISSUED' ` +
      `AND ${c("totalInclVatCents")} <> ${c("paidCents")} + ${c("creditedCents")}`,
  );
}

/**
 * The organization's issued invoices and deposit invoices in `currency` that had a balance
 * (owed, or overpaid) at the end of `day` ("YYYY-MM-DD"): issued by then, paid by the payments
 * dated by then, credited by the credit notes issued by then — as a FROM source named `alias`,
 * with the columns balanceSql and displayStatusSql read (plus id, clientId, number, issueDate),
 * so the lists' own balance and status rules apply to the past as to today. The dashboard and
 * the aged receivables use it; an invoice settled by then has no balance to add up, so leaving
 * it out changes no sum, count of balances or status they read.
 *
 * Why it is written this way (bench/reports.ts, EXPLAIN): rebuilding every invoice's payments
 * and credit notes up to the day reads the whole history (two sub-plans per invoice: seconds
 * at 100,000 invoices). Instead it starts from today's balances, which the Payment and credit
 * note triggers keep on each row (paidCents, creditedCents), and takes back what happened after
 * the day. An invoice can only have had a balance on the day if it has one now or something
 * moved it since: so it reads the invoices open now, the payments dated after the day and the
 * credit notes issued after it — for today, only the open invoices — whatever the history.
 */
export function invoicesAsOfSql(organizationId: string, currency: string, day: string, alias: string): Prisma.Sql {
  if (!/^[a-z]$/.test(alias)) throw new RangeError(`not a table alias: ${alias}`);
  const asOf = Prisma.raw(dateLiteral(day));
  return Prisma.sql`(
    WITH later_payments AS (
      SELECT p."documentId" AS "id", sum(p."amountCents")::bigint AS "cents"
      FROM "Payment" p
      WHERE p."organizationId" = ${organizationId} AND p."date" > ${asOf}
      GROUP BY p."documentId"
    ), later_credits AS (
      SELECT n."creditedInvoiceId" AS "id", sum(n."totalInclVatCents")::bigint AS "cents"
      FROM "Document" n
      WHERE n."organizationId" = ${organizationId} AND n."type" = 'CREDIT_NOTE' AND n."status" = 'ISSUED'
        AND n."issueDate" > ${asOf} AND n."creditedInvoiceId" IS NOT NULL
      GROUP BY n."creditedInvoiceId"
    ), moved AS (
      SELECT o."id" FROM "Document" o
      WHERE o."organizationId" = ${organizationId} AND ${openInvoiceSql("o")}
      UNION SELECT "id" FROM later_payments
      UNION SELECT "id" FROM later_credits
    )
    SELECT x."id", x."clientId", x."number", x."type", x."status", x."issueDate", x."dueDate", x."validUntil",
      x."totalInclVatCents",
      (x."paidCents" - COALESCE(lp."cents", 0))::bigint AS "paidCents",
      (x."creditedCents" - COALESCE(lc."cents", 0))::bigint AS "creditedCents"
    FROM moved m
    JOIN "Document" x ON x."id" = m."id"
    LEFT JOIN later_payments lp ON lp."id" = x."id"
    LEFT JOIN later_credits lc ON lc."id" = x."id"
    WHERE x."organizationId" = ${organizationId} AND x."type" IN ('INVOICE', 'DEPOSIT_INVOICE')
      AND x."status" = 'ISSUED' AND x."currency" = ${currency} AND x."issueDate" <= ${asOf}
  ) ${Prisma.raw(alias)}`;
}
