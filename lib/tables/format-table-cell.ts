import type { Locale } from "@/lib/i18n/locales";
import { centsToDecimalString } from "@/lib/money/format-money";
import type { ColumnKind, TableCell } from "./report-table";

// A cell as text for a CSV file: plain numbers a spreadsheet reads as numbers in the user's
// locale (decimal comma in French, no thousands separator, no currency symbol — the column
// header names the currency), exact (never through a float).

/** 1500 thousandths → "1.5" / "1,5"; 2000 → "2". */
export function milliToDecimalString(milli: number, decimal: "." | ","): string {
  return scaledToDecimalString(milli, 3, decimal);
}

/** 550 basis points → "5.5" (per cent) / "5,5"; 2000 → "20". */
export function bpsToPercentString(bps: number, decimal: "." | ","): string {
  return scaledToDecimalString(bps, 2, decimal);
}

function scaledToDecimalString(value: number, digits: number, decimal: "." | ","): string {
  if (!Number.isSafeInteger(value)) throw new RangeError(`not an integer: ${value}`);
  const sign = value < 0 ? "-" : "";
  const text = String(Math.abs(value)).padStart(digits + 1, "0");
  const whole = text.slice(0, -digits);
  const fraction = text.slice(-digits).replace(/0+$/, "");
  return fraction ? `${sign}${whole}${decimal}${fraction}` : `${sign}${whole}`;
}

/** "2026-12-07" → "07/12/2026" in French (what Excel FR reads as a date), unchanged in English. */
export function dayForCsv(day: string, locale: Locale): string {
  if (locale !== "fr") return day;
  const [year, month, date] = day.split("-");
  return `${date}/${month}/${year}`;
}

export function formatCellForCsv(value: TableCell, kind: ColumnKind, locale: Locale): string {
  if (value === null) return "";
  const decimal = locale === "fr" ? "," : ".";
  switch (kind) {
    case "money":
      return centsToDecimalString(Number(value), decimal);
    case "quantity":
      return milliToDecimalString(Number(value), decimal);
    case "rate":
      return bpsToPercentString(Number(value), decimal);
    case "integer":
      return String(value);
    case "date":
      return dayForCsv(String(value), locale);
    case "text":
      return String(value);
  }
}
