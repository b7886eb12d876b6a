import { csvSeparatorFor, toCsv } from "@/lib/csv/write-csv";
import type { Locale } from "@/lib/i18n/locales";
import { columnHeader } from "./column-header";
import { formatCellForCsv } from "./format-table-cell";
import type { ReportTable, TableCell } from "./report-table";

// A report table as a CSV file (BOM, ";" and decimal comma in French, CRLF): what
// lib/csv/write-csv.ts writes for the article and client exports, with the cells formatted by
// their column's kind (column-header.ts names the unit in the header).

export function writeTableCsv(table: ReportTable, locale: Locale): string {
  const line = (cells: TableCell[]) =>
    cells.map((cell, index) => formatCellForCsv(cell, table.columns[index]!.kind, locale));
  const rows = table.rows.map(line);
  if (table.totals) rows.push(line(table.totals));
  return toCsv(table.columns.map(columnHeader), rows, csvSeparatorFor(locale));
}
