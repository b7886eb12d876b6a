import { Prisma } from "@/lib/generated/prisma/client";
import { dateLiteral } from "./find-document-page";

/**
 * The organization's issued invoices and deposit invoices in `currency` as they stood at the end
 * of `day` ("YYYY-MM-DD"): issued by then, paid by the payments dated by then, credited by the
 * credit notes issued by then — as a FROM source named `alias`, with the columns balanceSql and
 * displayStatusSql read (plus id, clientId, number, issueDate), so the lists' own balance and
 * status rules apply to the past as to today. The dashboard and the aged receivables use it.
 */
export function invoicesAsOfSql(organizationId: string, currency: string, day: string, alias: string): Prisma.Sql {
  if (!/^[a-z]$/.test(alias)) throw new RangeError(`not a table alias: ${alias}`);
  const asOf = Prisma.raw(dateLiteral(day));
  return Prisma.sql`(
    SELECT x."id", x."clientId", x."number", x."type", x."status", x."issueDate", x."dueDate", x."validUntil",
      x."totalInclVatCents",
      COALESCE((SELECT sum(p."amountCents") FROM "Payment" p
        WHERE p."organizationId" = x."organizationId" AND p."documentId" = x."id" AND p."date" <= ${asOf}), 0)::bigint AS "paidCents",
      COALESCE((SELECT sum(n."totalInclVatCents") FROM "Document" n
        WHERE n."organizationId" = x."organizationId" AND n."creditedInvoiceId" = x."id"
          AND n."type" = 'CREDIT_NOTE' AND n."status" = 'ISSUED' AND n."issueDate" <= ${asOf}), 0)::bigint AS "creditedCents"
    FROM "Document" x
    WHERE x."organizationId" = ${organizationId} AND x."type" IN ('INVOICE', 'DEPOSIT_INVOICE')
      AND x."status" = 'ISSUED' AND x."currency" = ${currency} AND x."issueDate" <= ${asOf}
  ) ${Prisma.raw(alias)}`;
}
