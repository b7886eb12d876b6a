import type { z } from "zod";
import type { CsvRowError } from "./csv-errors";
import type { CsvRecord } from "./read-csv";

export type ValidCsvRow<Output> = { line: number; data: Output };

/**
 * Runs every record through the domain's zod schema (the same one as the form), collecting
 * all errors with their file line and field instead of stopping at the first one.
 */
export function validateCsvRecords<Field extends string, Output>(options: {
  records: CsvRecord[];
  columns: Map<Field, number>;
  headerLength: number;
  /** The record's cells by field → the schema's raw input ("" for a column the file lacks). */
  toRawInput: (cell: (field: Field) => string) => unknown;
  schema: z.ZodType<Output>;
}): { valid: ValidCsvRow<Output>[]; errors: CsvRowError[] } {
  const { records, columns, headerLength, toRawInput, schema } = options;
  const valid: ValidCsvRow<Output>[] = [];
  const errors: CsvRowError[] = [];
  for (const record of records) {
    // Extra cells are tolerated only when empty (trailing separators); otherwise the line is shifted.
    if (record.cells.slice(headerLength).some((cell) => cell.trim() !== "")) {
      errors.push({ line: record.line, field: "", message: "csv_cell_count" });
      continue;
    }
    const cell = (field: Field) => {
      const index = columns.get(field);
      return index === undefined ? "" : (record.cells[index] ?? "");
    };
    const result = schema.safeParse(toRawInput(cell));
    if (result.success) {
      valid.push({ line: record.line, data: result.data });
      continue;
    }
    const seen = new Set<string>();
    for (const issue of result.error.issues) {
      // "emails.2" is still the emails column.
      const field = issue.path.length > 0 ? String(issue.path[0]) : "";
      const key = `${field}\u0000${issue.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      errors.push({ line: record.line, field, message: issue.message });
    }
  }
  return { valid, errors };
}
