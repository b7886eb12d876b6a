import "server-only";
import type { CsvRowError } from "@/lib/csv/csv-errors";
import { csvFingerprint } from "@/lib/csv/csv-fingerprint";
import { sortRowErrors } from "@/lib/csv/csv-preview";
import { decodeCsvUpload, type CsvUpload } from "@/lib/csv/decode-csv";
import { mapColumns } from "@/lib/csv/map-columns";
import { readCsv, type CsvSeparator } from "@/lib/csv/read-csv";
import { validateCsvRecords, type ValidCsvRow } from "@/lib/csv/validate-csv-rows";
import type { Locale } from "@/lib/i18n/locales";
import { clientCsvColumns, clientCsvLabel, clientCsvRawInput } from "./client-csv-columns";
import { clientInput, type ClientInput } from "./client-schema";

export type ClientsCsvCheck = {
  fingerprint: string;
  separator: CsvSeparator;
  rowCount: number;
  valid: ValidCsvRow<ClientInput>[];
  errors: CsvRowError[];
};

/**
 * The whole check of a clients file, shared by preview and import: decode, parse, map the
 * headers, run clientInput (the form's schema) on every row. Pure: clients have no rule
 * across rows or against the database.
 */
export function checkClientsCsv(upload: CsvUpload, locale: Locale): ClientsCsvCheck {
  const text = decodeCsvUpload(upload);
  const table = readCsv(text);
  const columns = mapColumns(table.header, clientCsvColumns, (field) => clientCsvLabel(field, locale));
  const { valid, errors } = validateCsvRecords({
    records: table.records,
    columns,
    headerLength: table.header.length,
    toRawInput: clientCsvRawInput,
    schema: clientInput,
  });
  return {
    fingerprint: csvFingerprint(upload.bytes),
    separator: table.separator,
    rowCount: table.records.length,
    valid,
    errors: sortRowErrors(errors),
  };
}
