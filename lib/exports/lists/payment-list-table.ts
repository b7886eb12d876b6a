import type { DocumentType, PaymentMethod } from "@/lib/generated/prisma/enums";
import { getMessages } from "@/lib/i18n/get-messages";
import type { Locale } from "@/lib/i18n/locales";
import type { ReportTable } from "@/lib/tables/report-table";

// The payments list as a table for the CSV and XLSX files: one line per payment in the list's
// order, the amount in its invoice's currency (named in its own column: a list may mix them).

export type PaymentExportRow = {
  id: string;
  /** "YYYY-MM-DD" */
  date: string;
  invoiceType: DocumentType;
  /** The invoice's number (an invoice is numbered before it can be paid). */
  invoiceNumber: string | null;
  clientName: string;
  method: PaymentMethod;
  amountCents: number;
  reference: string | null;
  currency: string;
};

export function paymentListTable(rows: PaymentExportRow[], locale: Locale): ReportTable {
  const messages = getMessages(locale);
  const t = messages.listExports.payments;
  return {
    title: messages.paymentListPage.title,
    columns: [
      { header: t.date, kind: "date" },
      { header: t.invoiceNumber, kind: "text" },
      { header: t.invoiceType, kind: "text" },
      { header: t.client, kind: "text" },
      { header: t.method, kind: "text" },
      { header: t.amount, kind: "money" },
      { header: t.currency, kind: "text" },
      { header: t.reference, kind: "text" },
    ],
    rows: rows.map((row) => [
      row.date,
      row.invoiceNumber,
      messages.documentTypes[row.invoiceType],
      row.clientName,
      messages.paymentMethods[row.method],
      row.amountCents,
      row.currency,
      row.reference,
    ]),
  };
}
