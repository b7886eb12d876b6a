import { exportTooLarge } from "@/lib/csv/csv-errors";
import { MAX_EXPORT_ROWS } from "@/lib/csv/csv-limits";
import { AppError } from "@/lib/errors/app-error";
import type { TableFormat } from "@/lib/tables/table-format";

// How many rows one list file may hold. Both files are built in memory; past the limit the
// user narrows the filters instead of getting a cut file.
// - CSV: MAX_EXPORT_ROWS, the client and article exports' limit (50,000 rows ≈ 5 MB of text).
// - XLSX: lower, because lib/tables/write-table-xlsx.ts builds the whole workbook in exceljs's
//   object model first: measured on the 2-core machine, 10,000 rows of 13 columns take ≈ 4 s
//   and ≈ 190 MB, 50,000 rows ≈ 18 s and ≈ 800 MB (exceljs's streaming writer did 50,000 rows
//   in ≈ 6 s and ≈ 130 MB: the way to raise this limit).

export const MAX_XLSX_EXPORT_ROWS = 10_000;

export const LIST_EXPORT_LIMITS: Record<TableFormat, number> = { csv: MAX_EXPORT_ROWS, xlsx: MAX_XLSX_EXPORT_ROWS };

export const xlsxTooLarge = () =>
  new AppError(
    "VALIDATION",
    "xlsx_too_large",
    `More than ${MAX_XLSX_EXPORT_ROWS} rows for an XLSX file: download the CSV or narrow the filters`,
    { params: { max: MAX_XLSX_EXPORT_ROWS } },
  );

export function tooManyRows(format: TableFormat): AppError {
  return format === "xlsx" ? xlsxTooLarge() : exportTooLarge();
}

/** What the list page says about a list of `total` rows: null (both files), or the code of the limit. */
export function rowLimitProblem(total: number): "export_too_large" | "xlsx_too_large" | null {
  if (total > LIST_EXPORT_LIMITS.csv) return "export_too_large";
  return total > LIST_EXPORT_LIMITS.xlsx ? "xlsx_too_large" : null;
}
