import "server-only";
import { assertCan } from "@/lib/auth/access/assert-can";
import type { MemberContext } from "@/lib/auth/access/require-member";
import { PREVIEW_SAMPLE_SIZE } from "@/lib/csv/csv-limits";
import type { CsvPreview } from "@/lib/csv/csv-preview";
import type { CsvUpload } from "@/lib/csv/decode-csv";
import type { Locale } from "@/lib/i18n/locales";
import { clientCsvCells, clientCsvLabel, type ClientCsvField } from "./client-csv-columns";
import { checkClientsCsv } from "./validate-clients-csv";

/** The columns the preview's sample shows (the whole row would not fit on a screen). */
const sampleFields: ClientCsvField[] = [
  "kind",
  "legalName",
  "firstName",
  "lastName",
  "siren",
  "emails",
  "billingAddressLine1",
  "billingPostalCode",
  "billingCity",
  "billingCountry",
];

/** Checks a clients file and reports counts, every error and the first valid rows; writes nothing. */
export async function previewClientsCsv(member: MemberContext, upload: CsvUpload, locale: Locale): Promise<CsvPreview> {
  assertCan(member, "clients.write");
  const check = checkClientsCsv(upload, locale);
  const invalidLines = new Set(check.errors.map((error) => error.line));
  return {
    fingerprint: check.fingerprint,
    separator: check.separator,
    rowCount: check.rowCount,
    validCount: check.rowCount - invalidLines.size,
    invalidCount: invalidLines.size,
    errors: check.errors,
    columns: sampleFields.map((field) => ({ field, label: clientCsvLabel(field, locale) })),
    sample: check.valid.slice(0, PREVIEW_SAMPLE_SIZE).map(({ line, data }) => ({
      line,
      values: clientCsvCells(data, locale),
    })),
  };
}
