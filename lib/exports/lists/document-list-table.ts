import type { DisplayStatus } from "@/lib/documents/document-status";
import type { DocumentType } from "@/lib/generated/prisma/enums";
import { getMessages } from "@/lib/i18n/get-messages";
import type { Locale } from "@/lib/i18n/locales";
import type { ReportTable, TableCell, TableColumn } from "@/lib/tables/report-table";

// A quotes, invoices or credit notes list as a table for the CSV and XLSX files: one line per
// document in the list's order, amounts in the document's own currency (a list may mix EUR and
// USD, so the currency is a column rather than a unit in the headers). Invoices add what was
// paid and credited and the balance due; quotes have a validity date instead of a due date.

export type DocumentExportKind = "quotes" | "invoices" | "creditNotes";

export type DocumentExportRow = {
  id: string;
  type: DocumentType;
  number: string | null;
  /** "YYYY-MM-DD" */
  issueDate: string | null;
  dueDate: string | null;
  validUntil: string | null;
  clientName: string;
  totalExclVatCents: number;
  totalVatCents: number;
  totalInclVatCents: number;
  paidCents: number;
  creditedCents: number;
  /** What is left to pay on an issued invoice or deposit invoice; null for anything else. */
  balanceCents: number | null;
  displayStatus: DisplayStatus;
  currency: string;
};

type Column = TableColumn & { cell: (row: DocumentExportRow) => TableCell };

export function documentListTable(kind: DocumentExportKind, rows: DocumentExportRow[], locale: Locale): ReportTable {
  const messages = getMessages(locale);
  const t = messages.listExports.documents;
  // The list's status badge wording (components/documents/status-badge.tsx): an issued credit
  // note is "émis", an issued invoice "émise".
  const status = (row: DocumentExportRow) =>
    row.type === "CREDIT_NOTE" && row.displayStatus === "ISSUED"
      ? messages.documentStatuses.creditNoteIssued
      : messages.documentStatuses[row.displayStatus];
  const money = (header: string, cell: (row: DocumentExportRow) => number | null): Column => ({
    header,
    kind: "money",
    cell,
  });
  const columns: Column[] = [
    { header: t.number, kind: "text", cell: (row) => row.number },
    { header: t.type, kind: "text", cell: (row) => messages.documentTypes[row.type] },
    { header: t.status, kind: "text", cell: status },
    { header: t.client, kind: "text", cell: (row) => row.clientName },
    { header: t.issueDate, kind: "date", cell: (row) => row.issueDate },
    ...(kind === "quotes"
      ? [{ header: t.validUntil, kind: "date" as const, cell: (row: DocumentExportRow) => row.validUntil }]
      : kind === "invoices"
        ? [{ header: t.dueDate, kind: "date" as const, cell: (row: DocumentExportRow) => row.dueDate }]
        : []),
    money(t.totalExclVat, (row) => row.totalExclVatCents),
    money(t.vat, (row) => row.totalVatCents),
    money(t.totalInclVat, (row) => row.totalInclVatCents),
    ...(kind === "invoices"
      ? [
          money(t.paid, (row) => row.paidCents),
          money(t.credited, (row) => row.creditedCents),
          money(t.balance, (row) => row.balanceCents),
        ]
      : []),
    { header: t.currency, kind: "text", cell: (row) => row.currency },
  ];
  return {
    title: messages.documentListPages[kind].title,
    columns: columns.map(({ header, kind: columnKind }) => ({ header, kind: columnKind })),
    rows: rows.map((row) => columns.map((column) => column.cell(row))),
  };
}
