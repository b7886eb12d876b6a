import Papa from "papaparse";
import { csvNoRows, csvTooManyRows, csvUnreadable } from "./csv-errors";
import { MAX_CSV_ROWS } from "./csv-limits";

export type CsvSeparator = "," | ";";

export type CsvRecord = {
  /** Line where the record starts in the file (1-based; a quoted cell may span several lines). */
  line: number;
  cells: string[];
};

export type CsvTable = { separator: CsvSeparator; header: string[]; headerLine: number; records: CsvRecord[] };

/**
 * The separator, from the header line: the more frequent of ";" and "," outside quotes.
 * Headers have no separators in them, so a one-line guess is reliable (and a file with
 * one column falls back to ",").
 */
export function detectSeparator(text: string): CsvSeparator {
  let semicolons = 0;
  let commas = 0;
  let quoted = false;
  // The header is the first line with something on it.
  for (const char of text.replace(/^(?:[ \t]*(?:\r\n|\r|\n))+/, "")) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === "\n" || char === "\r")) break;
    else if (!quoted && char === ";") semicolons += 1;
    else if (!quoted && char === ",") commas += 1;
  }
  return semicolons > commas ? ";" : ",";
}

// Export guards cells that a spreadsheet would run as formulas with a leading apostrophe
// (lib/csv/write-csv.ts); reading takes it off again so a round trip is lossless.
const GUARDED = /^'[=+\-@\t\r]/;

/**
 * Parses CSV text with papaparse: the header (first non-blank record) and every data record
 * with the line it starts on. Blank records (empty lines, ";;;" rows Excel leaves at the end)
 * are skipped but still counted, so line numbers match what the user sees in an editor.
 */
export function readCsv(text: string, maxRows = MAX_CSV_ROWS): CsvTable {
  const separator = detectSeparator(text);
  const records: CsvRecord[] = [];
  let header: CsvRecord | null = null;
  let failure: string | null = null;
  let tooMany = false;
  let scanned = 0;
  let line = 1;
  let recordStart = 0;
  Papa.parse<string[]>(text, {
    delimiter: separator,
    skipEmptyLines: false,
    step: (result, parser) => {
      const start = recordStart;
      recordStart = result.meta.cursor;
      const breakChar = result.meta.linebreak === "\r" ? "\r" : "\n";
      for (let i = scanned; i < start; i += 1) if (text[i] === breakChar) line += 1;
      scanned = start;
      const quoteError = result.errors.find((error) => error.type === "Quotes");
      if (quoteError) {
        failure = `${quoteError.message} (line ${line})`;
        parser.abort();
        return;
      }
      const cells = result.data.map((cell) => (GUARDED.test(cell) ? cell.slice(1) : cell));
      if (cells.every((cell) => cell.trim() === "")) return;
      if (!header) {
        header = { line, cells };
        return;
      }
      if (records.length >= maxRows) {
        tooMany = true;
        parser.abort();
        return;
      }
      records.push({ line, cells });
    },
  });
  if (failure) throw csvUnreadable(failure);
  if (tooMany) throw csvTooManyRows();
  const found = header as CsvRecord | null;
  if (!found) throw csvNoRows();
  if (records.length === 0) throw csvNoRows();
  return { separator, header: found.cells.map((cell) => cell.trim()), headerLine: found.line, records };
}
