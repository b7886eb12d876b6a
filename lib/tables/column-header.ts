import type { TableColumn } from "./report-table";

// Files carry bare numbers (a spreadsheet must be able to add them up), so the header says
// the unit: "Total HT (EUR)", "Taux (%)". The page shows the same figures formatted instead.

export function columnHeader(column: TableColumn): string {
  if (column.kind === "money" && column.currency) return `${column.header} (${column.currency})`;
  if (column.kind === "rate") return `${column.header} (%)`;
  return column.header;
}
