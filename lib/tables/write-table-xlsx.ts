import "server-only";
import ExcelJS from "exceljs";
import type { Locale } from "@/lib/i18n/locales";
import { columnHeader } from "./column-header";
import type { ColumnKind, ReportTable, TableCell } from "./report-table";

// A report table as an XLSX workbook (exceljs): one sheet, the header frozen and in bold, the
// totals line in bold, real numbers and dates (not text) so the accountant can sum and sort.
// Amounts are written as currency units (cents / 100: a double holds every amount below
// 2^53 cents to the cent) with a two-decimal format; the column header names the currency.

const NUMBER_FORMATS: Record<ColumnKind, (locale: Locale) => string | undefined> = {
  money: () => "#,##0.00",
  quantity: () => undefined,
  rate: () => undefined,
  integer: () => "0",
  date: (locale) => (locale === "fr" ? "dd/mm/yyyy" : "yyyy-mm-dd"),
  text: () => "@",
};

function cellValue(value: TableCell, kind: ColumnKind): string | number | Date | null {
  if (value === null) return null;
  switch (kind) {
    case "money":
      return Number(value) / 100;
    case "quantity":
      return Number(value) / 1000;
    case "rate":
      return Number(value) / 100;
    case "integer":
      return Number(value);
    case "date": {
      const [year, month, day] = String(value).split("-").map(Number);
      // exceljs turns a Date into Excel's day number from its UTC time: midnight UTC is that day.
      return new Date(Date.UTC(year!, month! - 1, day!));
    }
    case "text":
      return String(value);
  }
}

/** Excel refuses sheet names over 31 characters or with []:*?/\ in them. */
export function sheetName(title: string): string {
  return (
    title
      .replace(/[[\]:*?/\\]/g, " ")
      .slice(0, 31)
      .trim() || "Sheet1"
  );
}

export async function writeTableXlsx(table: ReportTable, locale: Locale): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Facturo";
  // Fixed, so the same report gives the same file (and tests can compare bytes if they want).
  workbook.created = new Date(0);
  workbook.modified = new Date(0);
  const sheet = workbook.addWorksheet(sheetName(table.title), {
    views: [{ state: "frozen", ySplit: 1 }],
  });
  sheet.columns = table.columns.map((column) => {
    const header = columnHeader(column);
    return {
      header,
      width: Math.min(Math.max(header.length + 2, column.kind === "text" ? 24 : 12), 60),
      style: { numFmt: NUMBER_FORMATS[column.kind](locale) },
    };
  });
  sheet.getRow(1).font = { bold: true };
  const add = (cells: TableCell[]) =>
    sheet.addRow(cells.map((cell, index) => cellValue(cell, table.columns[index]!.kind)));
  for (const row of table.rows) add(row);
  if (table.totals) add(table.totals).font = { bold: true };
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
