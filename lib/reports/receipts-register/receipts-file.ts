import "server-only";
import { assertCan } from "@/lib/auth/access/assert-can";
import type { MemberContext } from "@/lib/auth/access/require-member";
import type { DateRange } from "@/lib/dashboard/dashboard-period";
import type { Locale } from "@/lib/i18n/locales";
import { tableFile, type TableFile } from "@/lib/tables/table-file";
import type { ReceiptsFormat } from "./receipts-format";
import { renderReceiptsPdf } from "./receipts-pdf";
import { receiptsRegister } from "./receipts-register";
import { receiptsTable } from "./receipts-table";

// The receipts register as a CSV, XLSX or PDF file: the page's rows (receiptsRegister). An
// accounting export: exports.read (OWNER, ADMIN, ACCOUNTANT), which MEMBER does not have even
// though it reads the page.

/** "livre-des-recettes-2026-01-01-2026-12-31.pdf": named after the period it describes. */
export async function receiptsFile(
  member: MemberContext,
  period: DateRange,
  locale: Locale,
  format: ReceiptsFormat = "csv",
): Promise<TableFile> {
  assertCan(member, "exports.read");
  const register = await receiptsRegister(member, period);
  const prefix = `${locale === "fr" ? "livre-des-recettes" : "receipts-register"}-${period.from}`;
  if (format === "pdf") {
    return {
      fileName: `${prefix}-${period.to}.pdf`,
      contentType: "application/pdf",
      body: await renderReceiptsPdf(register, locale),
    };
  }
  return tableFile(receiptsTable(register, locale), { prefix, format, locale, day: period.to });
}
