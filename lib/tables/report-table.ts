// A report as a table, the one shape every report and list export hands to the file writers
// (write-table-csv.ts, write-table-xlsx.ts), so the page, the CSV and the XLSX show the same
// figures. Cells keep the domain's exact units; each writer formats them for its medium:
// - money: integer cents (the organization's currency, named on the column)
// - quantity: integer thousandths (quantityMilli)
// - rate: integer basis points (vatRateBps: 2000 = 20 %, 550 = 5.5 %)
// - integer: a count or a number of days
// - date: "YYYY-MM-DD" (a calendar day, no time zone)
// - text: as is
// null is an empty cell.

export type ColumnKind = "text" | "money" | "quantity" | "rate" | "integer" | "date";

export type TableColumn = {
  header: string;
  kind: ColumnKind;
  /** ISO 4217 code of a money column ("EUR"). */
  currency?: string;
};

export type TableCell = string | number | null;

export type ReportTable = {
  /** The sheet's name in the XLSX file (cut to Excel's 31 characters). */
  title: string;
  columns: TableColumn[];
  rows: TableCell[][];
  /** A last line in bold (e.g. "Total"), same columns. */
  totals?: TableCell[];
};
