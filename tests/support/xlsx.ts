import ExcelJS from "exceljs";

// Reads back the first sheet of an XLSX file written by lib/tables/write-table-xlsx.ts, as plain
// values (numbers, strings, Dates; empty cells as null), to compare with what the page shows.

export type XlsxValue = string | number | Date | null;

export async function readXlsxRows(body: string | Uint8Array): Promise<XlsxValue[][]> {
  if (typeof body === "string") throw new Error("expected an XLSX file, got text");
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(body) as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error("the workbook has no sheet");
  const rows: XlsxValue[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const values: XlsxValue[] = [];
    for (let column = 1; column <= sheet.columnCount; column += 1) {
      const value = row.getCell(column).value;
      values.push(value === undefined || value === null ? null : (value as XlsxValue));
    }
    rows.push(values);
  });
  return rows;
}

/** The number format of a cell (e.g. "#,##0.00"), to check amounts are formatted as such. */
export async function readXlsxNumberFormat(body: Uint8Array, row: number, column: number): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(body) as unknown as ArrayBuffer);
  return workbook.worksheets[0]!.getRow(row).getCell(column).numFmt;
}
