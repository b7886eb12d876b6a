/** @jest-environment node */
import { decodeCsvUpload } from "@/lib/csv/decode-csv";
import { headerKey, mapColumns } from "@/lib/csv/map-columns";
import { detectSeparator, readCsv } from "@/lib/csv/read-csv";
import { csvCell, csvFileName, csvSeparatorFor, toCsv } from "@/lib/csv/write-csv";

const codeOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return (error as { code: string }).code;
  }
  return null;
};

describe("writing CSV", () => {
  it("uses ';' for French Excel and ',' for English", () => {
    expect(csvSeparatorFor("fr")).toBe(";");
    expect(csvSeparatorFor("en")).toBe(",");
  });

  it("quotes only what needs it", () => {
    expect(csvCell("plain", ";")).toBe("plain");
    expect(csvCell("a;b", ";")).toBe('"a;b"');
    expect(csvCell("a,b", ";")).toBe("a,b");
    expect(csvCell('say "hi"', ",")).toBe('"say ""hi"""');
    expect(csvCell("two\nlines", ",")).toBe('"two\nlines"');
    expect(csvCell(" padded ", ",")).toBe('" padded "');
  });

  it("defuses formulas but leaves numbers and phone numbers alone", () => {
    expect(csvCell("=SUM(A1:A2)", ";")).toBe("'=SUM(A1:A2)");
    expect(csvCell("@cmd", ";")).toBe("'@cmd");
    expect(csvCell("+HYPERLINK(1)", ";")).toBe("'+HYPERLINK(1)");
    expect(csvCell("-12,50", ",")).toBe('"-12,50"');
    expect(csvCell("+33 6 12 34 56 78", ";")).toBe("+33 6 12 34 56 78");
  });

  it("writes a BOM, CRLF lines and a dated file name (Paris time)", () => {
    expect(toCsv(["a", "b"], [["1", "2"]], ";")).toBe("\uFEFFa;b\r\n1;2\r\n");
    expect(csvFileName("clients", new Date("2026-12-31T23:30:00Z"))).toBe("clients-2027-01-01.csv");
  });
});

describe("reading CSV", () => {
  it("detects the separator from the header line, outside quotes", () => {
    expect(detectSeparator("a;b;c\n1,5;2;3")).toBe(";");
    expect(detectSeparator("a,b\n1;2;3;4")).toBe(",");
    expect(detectSeparator('"x;y",b\n')).toBe(",");
    expect(detectSeparator("single")).toBe(",");
  });

  it("numbers records by the line they start on, skipping blank ones", () => {
    const table = readCsv('\r\nh1;h2\r\n1;"multi\r\nline"\r\n\r\n;\r\n2;x\r\n');
    expect(table.headerLine).toBe(2);
    expect(table.header).toEqual(["h1", "h2"]);
    expect(table.records).toEqual([
      { line: 3, cells: ["1", "multi\r\nline"] },
      { line: 7, cells: ["2", "x"] },
    ]);
  });

  it("takes off the apostrophe that guards formulas (round trip)", () => {
    const written = toCsv(["v"], [["=1+2"], ["'quoted"]], ",").slice(1);
    expect(readCsv(written).records.map((record) => record.cells[0])).toEqual(["=1+2", "'quoted"]);
  });

  it("refuses unterminated quotes, too many rows, and header-only files", () => {
    expect(codeOf(() => readCsv('a,b\n"open,1\n'))).toBe("csv_unreadable");
    expect(codeOf(() => readCsv("a\n1\n2\n3\n", 2))).toBe("csv_too_many_rows");
    expect(codeOf(() => readCsv("a,b\n"))).toBe("csv_no_rows");
  });

  it("decodes UTF-8 with BOM, Windows-1252 and UTF-16, and refuses binary", () => {
    const upload = (bytes: number[] | Uint8Array, name = "f.csv") => ({ name, bytes: Uint8Array.from(bytes) });
    expect(decodeCsvUpload(upload([0xef, 0xbb, 0xbf, 0x61, 0xc3, 0xa9]))).toBe("aé");
    expect(decodeCsvUpload(upload([0x61, 0xe9]))).toBe("aé");
    expect(decodeCsvUpload(upload([0xff, 0xfe, 0x61, 0x00, 0xe9, 0x00]))).toBe("aé");
    expect(codeOf(() => decodeCsvUpload(upload([0x61, 0x00, 0x62])))).toBe("csv_not_text");
    expect(codeOf(() => decodeCsvUpload(upload([])))).toBe("csv_empty");
    expect(codeOf(() => decodeCsvUpload(upload([0x61], "f.txt")))).toBe("csv_not_csv");
    expect(decodeCsvUpload(upload([0x61], "F.CSV"))).toBe("a");
  });
});

describe("mapping headers", () => {
  const columns = [
    { field: "name", required: true, headers: ["Nom", "Name"] },
    { field: "unitPrice", required: true, headers: ["Prix unitaire HT", "Unit price excl. VAT"] },
    { field: "note", required: false, headers: ["Remarque"] },
  ] as const;
  const map = (header: string[]) => mapColumns(header, [...columns], (field) => field.toUpperCase());

  it("compares headers without case, accents, spaces or punctuation", () => {
    expect(headerKey(" Prix unitaire (HT) ")).toBe("prixunitaireht");
    expect(headerKey("E-mails")).toBe("emails");
    expect(map(["PRIX UNITAIRE HT", "nom", "", ""])).toEqual(
      new Map([
        ["unitPrice", 0],
        ["name", 1],
      ]),
    );
    expect(map(["unitPrice", "Name", "remarque"]).get("note")).toBe(2);
  });

  it("names unknown, duplicate and missing columns", () => {
    expect(codeOf(() => map(["Nom", "Prix unitaire HT", "Couleur"]))).toBe("csv_unknown_columns");
    expect(codeOf(() => map(["Nom", "", "Prix unitaire HT"]))).toBe("csv_unknown_columns");
    expect(codeOf(() => map(["Nom", "Name", "Prix unitaire HT"]))).toBe("csv_duplicate_columns");
    expect(codeOf(() => map(["Nom"]))).toBe("csv_missing_columns");
  });
});
