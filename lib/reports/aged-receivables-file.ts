import "server-only";
import { assertCan } from "@/lib/auth/access/assert-can";
import type { MemberContext } from "@/lib/auth/access/require-member";
import { getMessages } from "@/lib/i18n/get-messages";
import type { Locale } from "@/lib/i18n/locales";
import type { ReportTable } from "@/lib/tables/report-table";
import { tableFile, type TableFile } from "@/lib/tables/table-file";
import type { TableFormat } from "@/lib/tables/table-format";
import { agedReceivables, type AgedReceivables } from "./aged-receivables";
import { AGING_BUCKETS, type BucketAmounts } from "./aging-buckets";

// The aged receivables as a CSV or XLSX file: the page's figures (agedReceivables), one line per
// client and the totals line, headers in the user's language. An accounting export: exports.read
// (OWNER, ADMIN, ACCOUNTANT), which MEMBER does not have even though it reads the page.

export function agedReceivablesTable(report: AgedReceivables, locale: Locale): ReportTable {
  const t = getMessages(locale).reports.aged;
  const amounts = (values: BucketAmounts) => [...AGING_BUCKETS.map((bucket) => values[bucket]), values.totalCents];
  const money = { kind: "money" as const, currency: report.currency };
  return {
    title: t.title,
    columns: [
      { header: t.client, kind: "text" },
      ...AGING_BUCKETS.map((bucket) => ({ header: t[bucket], ...money })),
      { header: t.total, ...money },
    ],
    rows: report.clients.map((line) => [line.client.name, ...amounts(line.amounts)]),
    totals: [t.totals, ...amounts(report.totals)],
  };
}

/**
 * The report as of `asOf` (validated by resolveAsOf) as a file named
 * "balance-agee-<asOf>.csv|xlsx" / "aged-receivables-<asOf>.csv|xlsx": named after the day it
 * describes, not the day it was downloaded.
 */
export async function agedReceivablesFile(
  member: MemberContext,
  asOf: string,
  locale: Locale,
  format: TableFormat = "csv",
): Promise<TableFile> {
  assertCan(member, "exports.read");
  const report = await agedReceivables(member, asOf);
  const prefix = locale === "fr" ? "balance-agee" : "aged-receivables";
  return tableFile(agedReceivablesTable(report, locale), { prefix, format, locale, day: asOf });
}
