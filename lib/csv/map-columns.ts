import { toSearchText } from "@/lib/text/search-text";
import { csvDuplicateColumns, csvMissingColumns, csvUnknownColumns } from "./csv-errors";

/** A column an import understands: its field, whether the file must have it, the headers that name it. */
export type CsvColumn<Field extends string> = { field: Field; required: boolean; headers: readonly string[] };

/** "Prix unitaire HT" → "prixunitaireht", "E-mails" → "emails": headers compared loosely. */
export function headerKey(header: string): string {
  return toSearchText(header).replace(/[^a-z0-9]/g, "");
}

/**
 * Header cells → the index of each known field. Unknown, duplicate and missing required
 * columns are refused with their names (a wrong file is better refused than half read);
 * empty header cells at the end of the line (trailing separators) are ignored.
 */
export function mapColumns<Field extends string>(
  header: string[],
  columns: CsvColumn<Field>[],
  labelOf: (field: Field) => string,
): Map<Field, number> {
  const byKey = new Map<string, Field>();
  for (const column of columns) {
    for (const name of [column.field, ...column.headers]) byKey.set(headerKey(name), column.field);
  }
  let last = header.length;
  while (last > 0 && header[last - 1] === "") last -= 1;

  const indexes = new Map<Field, number>();
  const unknown: string[] = [];
  const duplicates: string[] = [];
  header.slice(0, last).forEach((name, index) => {
    const field = byKey.get(headerKey(name));
    if (!field) unknown.push(name === "" ? `#${index + 1}` : name);
    else if (indexes.has(field)) duplicates.push(name);
    else indexes.set(field, index);
  });
  if (unknown.length > 0) throw csvUnknownColumns(unknown);
  if (duplicates.length > 0) throw csvDuplicateColumns(duplicates);
  const missing = columns.filter((column) => column.required && !indexes.has(column.field));
  if (missing.length > 0) throw csvMissingColumns(missing.map((column) => labelOf(column.field)));
  return indexes;
}
