import "server-only";
import { assertCan } from "@/lib/auth/access/assert-can";
import type { MemberContext } from "@/lib/auth/access/require-member";
import type { DateRange } from "@/lib/dashboard/dashboard-period";
import type { Locale } from "@/lib/i18n/locales";
import { tableFile, type TableFile } from "@/lib/tables/table-file";
import type { TableFormat } from "@/lib/tables/table-format";
import { salesReport } from "./sales-report";
import { salesTable } from "./sales-table";
import type { SalesView } from "./sales-view";

// The sales report as a CSV or XLSX file: the page's figures (salesReport, salesTable). An
// accounting export: exports.read (OWNER, ADMIN, ACCOUNTANT), which MEMBER does not have even
// though it reads the page.

const PREFIXES: Record<Locale, Record<SalesView, string>> = {
  fr: { client: "ventes-par-client", article: "ventes-par-article", month: "ventes-par-mois" },
  en: { client: "sales-by-client", article: "sales-by-article", month: "sales-by-month" },
};

/** "ventes-par-client-2026-01-01-2026-03-31.csv": named after the period it describes. */
export async function salesFile(
  member: MemberContext,
  period: DateRange,
  view: SalesView,
  locale: Locale,
  format: TableFormat = "csv",
): Promise<TableFile> {
  assertCan(member, "exports.read");
  const report = await salesReport(member, period, view);
  const prefix = `${PREFIXES[locale][view]}-${period.from}`;
  return tableFile(salesTable(report, locale), { prefix, format, locale, day: period.to });
}
