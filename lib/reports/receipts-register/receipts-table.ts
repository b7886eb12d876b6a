import { getMessages } from "@/lib/i18n/get-messages";
import type { Locale } from "@/lib/i18n/locales";
import type { ReportTable } from "@/lib/tables/report-table";
import type { ReceiptsRegister } from "./receipts-register";

// The receipts register as a table (lib/tables): the page's rows and the files' (CSV, XLSX and
// the PDF's table), headers in the user's language.

export function receiptsTable(register: ReceiptsRegister, locale: Locale): ReportTable {
  const messages = getMessages(locale);
  const t = messages.reports.receipts;
  const money = { kind: "money" as const, currency: register.currency };
  return {
    title: t.title,
    columns: [
      { header: t.date, kind: "date" },
      { header: t.number, kind: "text" },
      { header: t.client, kind: "text" },
      { header: t.nature, kind: "text" },
      { header: t.method, kind: "text" },
      { header: t.reference, kind: "text" },
      { header: t.amount, ...money },
      { header: t.runningTotal, ...money },
    ],
    rows: register.receipts.map((receipt) => [
      receipt.date,
      receipt.number,
      receipt.clientName,
      t.natures[receipt.nature],
      messages.paymentMethods[receipt.method],
      receipt.reference,
      receipt.amountCents,
      receipt.runningTotalCents,
    ]),
    totals: [null, null, t.totals, null, null, null, register.totalCents, null],
  };
}
