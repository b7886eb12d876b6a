import type { FecEntry } from "./build-fec-entries";

// The FEC text (art. A47 A-1 LPF): a header line then one line per entry line, the 18
// columns in the order below, tab-separated, CR LF line ends, amounts with a decimal comma
// and no thousands separator, dates YYYYMMDD, an empty field for "none".

export const FEC_COLUMNS = [
  "JournalCode",
  "JournalLib",
  "EcritureNum",
  "EcritureDate",
  "CompteNum",
  "CompteLib",
  "CompAuxNum",
  "CompAuxLib",
  "PieceRef",
  "PieceDate",
  "EcritureLib",
  "Debit",
  "Credit",
  "EcritureLet",
  "DateLet",
  "ValidDate",
  "Montantdevise",
  "Idevise",
] as const;

const SEPARATOR = "\t";
const LINE_END = "\r\n";

/** "2026-03-01" → "20260301". */
export function fecDate(day: string | null): string {
  if (!day) return "";
  return day.length === 10 && day[4] === "-" && day[7] === "-"
    ? day.slice(0, 4) + day.slice(5, 7) + day.slice(8, 10)
    : day.replaceAll("-", "");
}

/** 123456 cents → "1234,56" (non-negative: debit and credit are separate columns). */
export function fecAmount(cents: number): string {
  if (cents >= 0 && Number.isSafeInteger(cents)) {
    const rest = cents % 100;
    return `${(cents - rest) / 100}${rest < 10 ? ",0" : ","}${rest}`;
  }
  const euros = Math.trunc(cents / 100);
  const rest = Math.abs(cents % 100);
  const sign = cents < 0 ? "-" : "";
  return `${sign}${Math.abs(euros)},${String(rest).padStart(2, "0")}`;
}

const NEEDS_CLEANING = /[\t\r\n]|^\s|\s$/;

/** A tab or line break inside a name would shift every column after it. */
function field(text: string | null): string {
  if (!text) return "";
  return NEEDS_CLEANING.test(text) ? text.replace(/[\t\r\n]+/g, " ").trim() : text;
}

export function fecEntryNumber(entry: Pick<FecEntry, "journal" | "number">): string {
  return `${entry.journal.code}${String(entry.number).padStart(6, "0")}`;
}

// Only the free texts (names, numbers, references the user typed) can hold a separator; the
// other fields are codes, digits and dates this module writes (a million lines: the checks
// of every field were a tenth of the export's time). The pieces of the lines go into one
// array that the caller joins once for many lines: a flat string, where a template string or
// a `+=` per line leaves V8 a tree of partial strings to collect (garbage collection was a
// third of the export's CPU profile with them).
/**
 * Appends the pieces of the entry's lines to `parts` (each line ending with CR LF; joined with
 * "" they are its text); `ends`, when given, receives the index in `parts` after each line.
 */
export function appendFecEntryLines(entry: FecEntry, parts: string[], ends?: number[]): void {
  const date = fecDate(entry.date);
  const head = `${entry.journal.code}\t${entry.journal.label}\t${fecEntryNumber(entry)}\t${date}\t`;
  const piece = `\t${field(entry.pieceRef)}\t${date}\t`;
  const tail = `\t${date}\t`;
  let auxiliaryLabel: string | null = null;
  let auxiliaryText = "";
  for (const line of entry.lines) {
    parts.push(head, line.account.number, SEPARATOR, line.account.label, SEPARATOR);
    if (line.auxiliary) {
      if (line.auxiliary.label !== auxiliaryLabel) {
        auxiliaryLabel = line.auxiliary.label;
        auxiliaryText = field(auxiliaryLabel);
      }
      parts.push(line.auxiliary.number, SEPARATOR, auxiliaryText);
    } else {
      parts.push(SEPARATOR);
    }
    parts.push(
      piece,
      field(line.label),
      SEPARATOR,
      fecAmount(line.debitCents),
      SEPARATOR,
      fecAmount(line.creditCents),
      SEPARATOR,
      line.letter ?? "",
      SEPARATOR,
      fecDate(line.letterDate),
      tail,
    );
    if (line.currencyAmount) parts.push(fecAmount(line.currencyAmount.cents), SEPARATOR, line.currencyAmount.currency);
    else parts.push(SEPARATOR);
    parts.push(LINE_END);
    ends?.push(parts.length);
  }
}

/** The header line of the file, CR LF included. */
export const FEC_HEADER = FEC_COLUMNS.join(SEPARATOR) + LINE_END;

/** The file as a stream of lines (header first), each ending with CR LF. */
export async function* writeFec(entries: Iterable<FecEntry> | AsyncIterable<FecEntry>): AsyncGenerator<string> {
  yield FEC_HEADER;
  for await (const entry of entries) {
    const parts: string[] = [];
    const ends: number[] = [];
    appendFecEntryLines(entry, parts, ends);
    let start = 0;
    for (const end of ends) {
      yield parts.slice(start, end).join("");
      start = end;
    }
  }
}
