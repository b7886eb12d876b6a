import "server-only";
import { assertCan } from "@/lib/auth/access/assert-can";
import type { MemberContext } from "@/lib/auth/access/require-member";
import { calendarDate, calendarFromDate } from "@/lib/documents/calendar-date";
import { displayStatusSql, type DisplayStatus } from "@/lib/documents/document-status";
import { balanceSql, dateLiteral, documentPageSql, scopeOfList } from "@/lib/documents/lists/find-document-page";
import { Prisma } from "@/lib/generated/prisma/client";
import type { DocumentType } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/locales";
import { tableFile, type TableFile } from "@/lib/tables/table-file";
import type { TableFormat } from "@/lib/tables/table-format";
import { documentListTable, type DocumentExportKind, type DocumentExportRow } from "./document-list-table";
import { documentListExportQuery, type ExportParams } from "./list-export-params";
import { readListExport } from "./read-list-export";

// GET /api/exports/documents/[kind]?<the list page's query>&format=csv|xlsx: every document of
// the quotes, invoices or credit notes list as filtered, searched and sorted on the page (all
// pages), through the list's own statements (documentPageSql) so the file is the list. An
// accounting export: exports.read (OWNER, ADMIN, ACCOUNTANT), not MEMBER.

type Row = Omit<DocumentExportRow, "issueDate" | "dueDate" | "validUntil" | "balanceCents"> & {
  issueDate: Date | null;
  dueDate: Date | null;
  validUntil: Date | null;
  balanceCents: number | bigint | null;
};

/** The export's columns of the given documents (the list's rows statement has fewer). */
function exportRowsSql(organizationId: string, today: string) {
  const statusSql = Prisma.raw(displayStatusSql("d", dateLiteral(today)));
  return (ids: string[]) => Prisma.sql`
    SELECT d."id", d."type", d."number", d."issueDate", d."dueDate", d."validUntil",
      c."name" AS "clientName",
      d."totalExclVatCents", d."totalVatCents", d."totalInclVatCents", d."paidCents", d."creditedCents",
      (${balanceSql}) AS "balanceCents",
      ${statusSql} AS "displayStatus", d."currency"
    FROM "Document" d
    JOIN "Client" c ON c."organizationId" = d."organizationId" AND c."id" = d."clientId"
    WHERE d."organizationId" = ${organizationId} AND d."id" IN (${Prisma.join(ids)})`;
}

const day = (date: Date | null) => (date ? calendarFromDate(date) : null);

/** Each list's file name: "factures-2026-12-07.xlsx" / "invoices-2026-12-07.xlsx" (ASCII). */
const prefixes: Record<DocumentExportKind, Record<Locale, string>> = {
  quotes: { fr: "devis", en: "quotes" },
  invoices: { fr: "factures", en: "invoices" },
  creditNotes: { fr: "avoirs", en: "credit-notes" },
};

export async function exportDocumentList(
  member: MemberContext,
  kind: DocumentExportKind,
  params: ExportParams,
  locale: Locale,
  format: TableFormat,
  today: string = calendarDate(),
): Promise<TableFile> {
  assertCan(member, "exports.read");
  const query = documentListExportQuery(kind, params);
  const { pageIds } = documentPageSql(scopeOfList(member.organizationId, kind), query, today);
  const found = await readListExport<Row>({ pageIds, rows: exportRowsSql(member.organizationId, today) }, format);
  const rows: DocumentExportRow[] = found.map((row) => ({
    ...row,
    type: row.type as DocumentType,
    displayStatus: row.displayStatus as DisplayStatus,
    issueDate: day(row.issueDate),
    dueDate: day(row.dueDate),
    validUntil: day(row.validUntil),
    balanceCents: row.balanceCents === null ? null : Number(row.balanceCents),
  }));
  return tableFile(documentListTable(kind, rows, locale), {
    prefix: prefixes[kind][locale],
    format,
    locale,
    day: today,
  });
}
