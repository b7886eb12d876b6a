/**
 * "Société Générale  SA" → "societe generale sa": what search columns store and what a
 * query is compared with, so searches ignore case and accents on both sides.
 */
export function toSearchText(...parts: (string | null | undefined)[]): string {
  return parts
    .filter((part): part is string => Boolean(part))
    .join(" ")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}
