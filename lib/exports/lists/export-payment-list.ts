import "server-only";
import { assertCan } from "@/lib/auth/access/assert-can";
import type { MemberContext } from "@/lib/auth/access/require-member";
import { calendarDate, calendarFromDate } from "@/lib/documents/calendar-date";
import { paymentPageSql } from "@/lib/documents/lists/find-payment-page";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Locale } from "@/lib/i18n/locales";
import { tableFile, type TableFile } from "@/lib/tables/table-file";
import type { TableFormat } from "@/lib/tables/table-format";
import { paymentListExportQuery, type ExportParams } from "./list-export-params";
import { paymentListTable, type PaymentExportRow } from "./payment-list-table";
import { readListExport } from "./read-list-export";

// GET /api/exports/payments?<the payments page's query>&format=csv|xlsx: every payment of the
// list as filtered, searched and sorted on the page (all pages), through the list's own
// statement of ids (paymentPageSql) so the file is the list. exports.read, not MEMBER.

type Row = Omit<PaymentExportRow, "date"> & { date: Date };

/** The export's columns of the given payments (the list's rows statement has no currency). */
function exportRowsSql(organizationId: string) {
  return (ids: string[]) => Prisma.sql`
    SELECT p."id", p."date", d."type" AS "invoiceType", d."number" AS "invoiceNumber",
      c."name" AS "clientName", p."method", p."amountCents", p."reference", d."currency"
    FROM "Payment" p
    JOIN "Document" d ON d."organizationId" = p."organizationId" AND d."id" = p."documentId"
    JOIN "Client" c ON c."organizationId" = d."organizationId" AND c."id" = d."clientId"
    WHERE p."organizationId" = ${organizationId} AND p."id" IN (${Prisma.join(ids)})`;
}

export async function exportPaymentList(
  member: MemberContext,
  params: ExportParams,
  locale: Locale,
  format: TableFormat,
  today: string = calendarDate(),
): Promise<TableFile> {
  assertCan(member, "exports.read");
  const query = paymentListExportQuery(params);
  const { pageIds } = paymentPageSql(member.organizationId, query);
  const found = await readListExport<Row>({ pageIds, rows: exportRowsSql(member.organizationId) }, format);
  const rows = found.map((row) => ({ ...row, date: calendarFromDate(row.date) }));
  const prefix = locale === "fr" ? "reglements" : "payments";
  return tableFile(paymentListTable(rows, locale), { prefix, format, locale, day: today });
}
