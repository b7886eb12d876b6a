import type { VatReport } from "./vat-report";
import type { VatAmounts, VatRow } from "./vat-rows";

// Which tables the VAT report shows, in order, for the page and the files alike: the VAT
// invoiced (debits) always; on receipts also the VAT received on services and the VAT due
// (their sum with the goods' debits). On debits the VAT due is the invoiced one: not repeated.

export type VatSectionKey = "invoiced" | "received" | "due";

export type VatSection = { key: VatSectionKey; rows: VatRow[]; total: VatAmounts };

export function vatReportSections(report: VatReport): VatSection[] {
  const keys: VatSectionKey[] = report.vatOnDebits ? ["invoiced"] : ["invoiced", "received", "due"];
  return keys.map((key) => ({ key, rows: report[key], total: report.totals[key] }));
}

/** Nothing issued, nothing received: the page shows its empty state instead of tables of zeros. */
export function isEmptyVatReport(report: VatReport): boolean {
  return report.invoiced.length === 0 && report.received.length === 0;
}
