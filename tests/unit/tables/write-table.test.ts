import { bpsToPercentString, dayForCsv, milliToDecimalString } from "@/lib/tables/format-table-cell";
import type { ReportTable } from "@/lib/tables/report-table";
import { parseTableFormat } from "@/lib/tables/table-format";
import { writeTableCsv } from "@/lib/tables/write-table-csv";
import { sheetName, writeTableXlsx } from "@/lib/tables/write-table-xlsx";
import { AppError } from "@/lib/errors/app-error";
import { readXlsxNumberFormat, readXlsxRows } from "../../support/xlsx";

const table: ReportTable = {
  title: "Ventes: par client / mois",
  columns: [
    { header: "Client", kind: "text" },
    { header: "Date", kind: "date" },
    { header: "Quantité", kind: "quantity" },
    { header: "Taux", kind: "rate" },
    { header: "Factures", kind: "integer" },
    { header: "Total HT", kind: "money", currency: "EUR" },
  ],
  rows: [
    ['=HYPERLINK("x")', "2026-12-07", 1500, 550, 3, 123456],
    ["Beta; SARL", null, 2000, 2000, 1, -1],
  ],
  totals: ["Total", null, 3500, null, 4, 123455],
};

describe("cell formats", () => {
  it("writes thousandths and basis points exactly, without trailing zeros", () => {
    expect(milliToDecimalString(1500, ",")).toBe("1,5");
    expect(milliToDecimalString(2000, ".")).toBe("2");
    expect(milliToDecimalString(1, ".")).toBe("0.001");
    expect(milliToDecimalString(-250, ",")).toBe("-0,25");
    expect(bpsToPercentString(550, ",")).toBe("5,5");
    expect(bpsToPercentString(2000, ".")).toBe("20");
    expect(bpsToPercentString(210, ".")).toBe("2.1");
    expect(() => milliToDecimalString(1.5, ".")).toThrow(RangeError);
  });

  it("writes days as French Excel reads them, ISO in English", () => {
    expect(dayForCsv("2026-12-07", "fr")).toBe("07/12/2026");
    expect(dayForCsv("2026-12-07", "en")).toBe("2026-12-07");
  });
});

describe("writeTableCsv", () => {
  it("formats each column by its kind, names units in headers and neutralizes formulas", () => {
    const lines = writeTableCsv(table, "fr")
      .replace(/^\uFEFF/, "")
      .trimEnd()
      .split("\r\n");
    expect(lines).toEqual([
      "Client;Date;Quantité;Taux (%);Factures;Total HT (EUR)",
      `"'=HYPERLINK(""x"")";07/12/2026;1,5;5,5;3;1234,56`,
      '"Beta; SARL";;2;20;1;-0,01',
      "Total;;3,5;;4;1234,55",
    ]);
    const en = writeTableCsv(table, "en")
      .replace(/^\uFEFF/, "")
      .split("\r\n");
    expect(en[1]).toBe(`"'=HYPERLINK(""x"")",2026-12-07,1.5,5.5,3,1234.56`);
  });
});

describe("writeTableXlsx", () => {
  it("writes numbers and dates as such, with the same figures as the CSV", async () => {
    const body = await writeTableXlsx(table, "fr");
    const rows = await readXlsxRows(body);
    expect(rows[0]).toEqual(["Client", "Date", "Quantité", "Taux (%)", "Factures", "Total HT (EUR)"]);
    // Text cells are text: a formula typed as a client name stays a string, never a formula.
    expect(rows[1]).toEqual(['=HYPERLINK("x")', new Date(Date.UTC(2026, 11, 7)), 1.5, 5.5, 3, 1234.56]);
    expect(rows[2]).toEqual(["Beta; SARL", null, 2, 20, 1, -0.01]);
    expect(rows[3]).toEqual(["Total", null, 3.5, null, 4, 1234.55]);
    expect(await readXlsxNumberFormat(body, 2, 6)).toBe("#,##0.00");
    expect(await readXlsxNumberFormat(body, 2, 2)).toBe("dd/mm/yyyy");
    expect(await readXlsxNumberFormat(await writeTableXlsx(table, "en"), 2, 2)).toBe("yyyy-mm-dd");
  });

  it("gives Excel a sheet name it accepts", () => {
    expect(sheetName("Ventes: par client / mois")).toBe("Ventes  par client   mois");
    expect(sheetName("x".repeat(40))).toHaveLength(31);
    expect(sheetName("[]")).toBe("Sheet1");
  });
});

describe("parseTableFormat", () => {
  it("defaults to CSV, takes XLSX and refuses anything else with a field error", () => {
    expect(parseTableFormat(undefined)).toBe("csv");
    expect(parseTableFormat("xlsx")).toBe("xlsx");
    try {
      parseTableFormat("pdf");
      throw new Error("accepted pdf");
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).details.fieldErrors).toEqual({ format: ["format_invalid"] });
    }
  });
});
