import "server-only";
import { assertCan } from "@/lib/auth/access/assert-can";
import type { MemberContext } from "@/lib/auth/access/require-member";
import { csvFileName, csvSeparatorFor, toCsv } from "@/lib/csv/write-csv";
import { getMessages } from "@/lib/i18n/get-messages";
import type { Locale } from "@/lib/i18n/locales";
import { centsToDecimalString } from "@/lib/money/format-money";
import { agedReceivables } from "./aged-receivables";
import { AGING_BUCKETS, type BucketAmounts } from "./aging-buckets";

// The aged receivables as a CSV file: the page's figures (agedReceivables), one line per client
// and the totals line, headers in the user's language. An accounting export: exports.read
// (OWNER, ADMIN, ACCOUNTANT), which MEMBER does not have even though it reads the page.

/**
 * The report as of `asOf` (validated by resolveAsOf) as a CSV file named
 * "balance-agee-<asOf>.csv" / "aged-receivables-<asOf>.csv".
 */
export async function agedReceivablesCsv(
  member: MemberContext,
  asOf: string,
  locale: Locale,
): Promise<{ fileName: string; content: string }> {
  assertCan(member, "exports.read");
  const report = await agedReceivables(member, asOf);
  const t = getMessages(locale).reports.aged;
  const decimal = locale === "fr" ? "," : ".";
  const amounts = (values: BucketAmounts) => [
    ...AGING_BUCKETS.map((bucket) => centsToDecimalString(values[bucket], decimal)),
    centsToDecimalString(values.totalCents, decimal),
  ];
  const header = [t.client, ...AGING_BUCKETS.map((bucket) => t[bucket]), t.total];
  const rows = [
    ...report.clients.map((line) => [line.client.name, ...amounts(line.amounts)]),
    [t.totals, ...amounts(report.totals)],
  ];
  // The file is named after the day it describes, not the day it was downloaded.
  const prefix = locale === "fr" ? "balance-agee" : "aged-receivables";
  return {
    fileName: csvFileName(prefix, new Date(`${asOf}T12:00:00Z`)),
    content: toCsv(header, rows, csvSeparatorFor(locale)),
  };
}
