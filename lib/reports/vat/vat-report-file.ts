import "server-only";
import { assertCan } from "@/lib/auth/access/assert-can";
import type { MemberContext } from "@/lib/auth/access/require-member";
import type { DateRange } from "@/lib/dashboard/dashboard-period";
import type { Locale } from "@/lib/i18n/locales";
import { tableFile, type TableFile } from "@/lib/tables/table-file";
import type { TableFormat } from "@/lib/tables/table-format";
import { vatReport } from "./vat-report";
import { vatReportTable } from "./vat-report-table";

// The VAT report as a CSV or XLSX file: the page's figures (vatReport), headers in the user's
// language. An accounting export: exports.read (OWNER, ADMIN, ACCOUNTANT), which MEMBER does
// not have even though it reads the page.

/**
 * The report of `period` (validated by resolveDashboardPeriod) as a file named
 * "tva-<from>_<to>.csv|xlsx" / "vat-<from>_<to>.csv|xlsx": named after the period it covers.
 */
export async function vatReportFile(
  member: MemberContext,
  period: DateRange,
  locale: Locale,
  format: TableFormat = "csv",
): Promise<TableFile> {
  assertCan(member, "exports.read");
  const report = await vatReport(member, period);
  const prefix = locale === "fr" ? "tva" : "vat";
  return tableFile(vatReportTable(report, locale), { prefix, format, locale, day: `${period.from}_${period.to}` });
}
