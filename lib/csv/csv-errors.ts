import { AppError } from "@/lib/errors/app-error";
import { MAX_CSV_MEGABYTES, MAX_CSV_ROWS, MAX_EXPORT_ROWS } from "./csv-limits";

// File-level CSV failures. Codes are translated in csvErrors.*; `params` fill the text.

export type CsvRowError = {
  /** Line in the file as a text editor numbers it (the header is line 1). */
  line: number;
  /** The domain field (a column), or "" for the whole line. */
  field: string;
  /** A catalogue key (validation.*, articleValidation.*, csvErrors.*…). */
  message: string;
};

const csvError = (code: string, message: string, params: Record<string, string | number> = {}) =>
  new AppError("VALIDATION", code, message, { params });

export const csvNoFile = () => csvError("csv_no_file", "No file was sent");
export const csvNotCsv = () => csvError("csv_not_csv", "The file must have a .csv extension");
export const csvTooLarge = () =>
  csvError("csv_too_large", `The file is larger than ${MAX_CSV_MEGABYTES} MB`, { maxMb: MAX_CSV_MEGABYTES });
export const csvEmpty = () => csvError("csv_empty", "The file is empty");
export const csvNoRows = () => csvError("csv_no_rows", "The file has a header line but no data");
export const csvNotText = () => csvError("csv_not_text", "The file is not text");
export const csvUnreadable = (reason: string) => csvError("csv_unreadable", `Unreadable CSV: ${reason}`, { reason });
export const csvMissingColumns = (columns: string[]) =>
  csvError("csv_missing_columns", "Required columns are missing", { columns: columns.join(", ") });
export const csvUnknownColumns = (columns: string[]) =>
  csvError("csv_unknown_columns", "Some columns are not recognised", { columns: columns.join(", ") });
export const csvDuplicateColumns = (columns: string[]) =>
  csvError("csv_duplicate_columns", "Some columns appear twice", { columns: columns.join(", ") });
export const csvTooManyRows = () =>
  csvError("csv_too_many_rows", `More than ${MAX_CSV_ROWS} lines`, { max: MAX_CSV_ROWS });
export const csvFileChanged = () =>
  csvError("csv_file_changed", "The file is not the one that was previewed: preview it again");
export const exportTooLarge = () =>
  csvError("export_too_large", `More than ${MAX_EXPORT_ROWS} rows to export`, { max: MAX_EXPORT_ROWS });

/** At confirm time some rows are invalid: nothing was written; every error is listed. */
export const csvInvalidRows = (errors: CsvRowError[]) =>
  new AppError("VALIDATION", "csv_invalid_rows", "Some rows are invalid: nothing was imported", {
    params: { count: errors.length },
    errors,
  });
