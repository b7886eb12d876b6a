import { getMessages } from "@/lib/i18n/get-messages";
import type { Locale } from "@/lib/i18n/locales";
import type { ReportTable, TableCell } from "@/lib/tables/report-table";
import { bpsToPercentString } from "@/lib/tables/format-table-cell";
import { VAT_CATEGORY_LABELS } from "@/lib/vat/vat-categories";
import type { Ca3Line } from "./ca3-lines";
import type { VatReport } from "./vat-report";
import { vatReportSections } from "./vat-report-sections";

// The VAT report as one table for the CSV and XLSX files: the page's sections one after the
// other (vat-report-sections.ts), each with its total line, then the CA3 lines. The first
// column names the section, so a spreadsheet filter shows one at a time. No grand total:
// the sections overlap (the VAT due is made of the two others).

/** The name of a CA3 line in the user's language ("Taux normal 20 %", "Autre taux (2,5 %)"). */
export function ca3LineLabel(line: Ca3Line, locale: Locale): string {
  const t = getMessages(locale).reports.vat;
  if (line.code) return t.ca3Lines[line.code];
  const rate = `${bpsToPercentString(line.vatRateBps ?? 0, locale === "fr" ? "," : ".")} %`;
  return t.otherRate.replace("{rate}", rate);
}

export function vatReportTable(report: VatReport, locale: Locale): ReportTable {
  const t = getMessages(locale).reports.vat;
  const money = { kind: "money" as const, currency: report.currency };
  const rows: TableCell[][] = [];
  for (const section of vatReportSections(report)) {
    const name = t[`${section.key}Title`];
    for (const row of section.rows) {
      rows.push([
        name,
        null,
        VAT_CATEGORY_LABELS[locale][row.vatCategory],
        row.vatRateBps,
        row.baseCents,
        row.vatCents,
      ]);
    }
    rows.push([name, null, t.total, null, section.total.baseCents, section.total.vatCents]);
  }
  for (const line of report.ca3) {
    rows.push([
      t.ca3Title,
      line.code ?? t.noLine,
      ca3LineLabel(line, locale),
      line.vatRateBps,
      line.baseCents,
      line.vatCents,
    ]);
  }
  return {
    title: t.title,
    columns: [
      { header: t.section, kind: "text" },
      { header: t.line, kind: "text" },
      { header: t.label, kind: "text" },
      { header: t.rate, kind: "rate" },
      { header: t.base, ...money },
      { header: t.vat, ...money },
    ],
    rows,
  };
}
