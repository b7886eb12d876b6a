import type { CsvRowError } from "./csv-errors";
import type { CsvSeparator } from "./read-csv";

/** What the import preview returns: plain data, ready for JSON. Nothing is written at preview. */
export type CsvPreview = {
  /** Send it back with the same file to confirm (see csvFingerprint). */
  fingerprint: string;
  separator: CsvSeparator;
  /** Data lines read (blank lines not counted). */
  rowCount: number;
  validCount: number;
  /** Lines with at least one error. */
  invalidCount: number;
  /** Every error, in file order. */
  errors: CsvRowError[];
  /** The columns of the sample, in order, with their header in the user's language. */
  columns: { field: string; label: string }[];
  /** The first valid rows (PREVIEW_SAMPLE_SIZE), formatted for display. */
  sample: { line: number; values: Record<string, string> }[];
};

export function sortRowErrors(errors: CsvRowError[]): CsvRowError[] {
  return [...errors].sort((a, b) => a.line - b.line);
}
