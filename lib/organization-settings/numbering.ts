import { z } from "zod";
import type { DocumentType } from "@/lib/generated/prisma/enums";
import { checkbox, integerInRange } from "./schema-helpers";

// Number formats per document type (prefix + optional year + zero-padded counter) and the
// one function that writes a number. Pure: the form previews numbers with it.

export const documentTypes = [
  "INVOICE",
  "CREDIT_NOTE",
  "QUOTE",
  "DEPOSIT_INVOICE",
] as const satisfies readonly DocumentType[];

export type NumberingFormat = { prefix: string; includeYear: boolean; padding: number; yearlyReset: boolean };

export const defaultNumberingFormats: Record<DocumentType, NumberingFormat> = {
  INVOICE: { prefix: "F", includeYear: true, padding: 5, yearlyReset: true },
  CREDIT_NOTE: { prefix: "AV", includeYear: true, padding: 5, yearlyReset: true },
  QUOTE: { prefix: "D", includeYear: true, padding: 5, yearlyReset: true },
  DEPOSIT_INVOICE: { prefix: "AC", includeYear: true, padding: 5, yearlyReset: true },
};

/** ({ prefix: "F", includeYear: true, padding: 5 }, 2026, 1) → "F-2026-00001". Never truncates a counter. */
export function formatDocumentNumber(
  format: Pick<NumberingFormat, "prefix" | "includeYear" | "padding">,
  year: number,
  counter: number,
): string {
  if (!Number.isSafeInteger(counter) || counter < 1) throw new RangeError(`invalid counter ${counter}`);
  if (!Number.isInteger(year) || year < 1000 || year > 9999) throw new RangeError(`invalid year ${year}`);
  const number = String(counter).padStart(format.padding, "0");
  return format.includeYear ? `${format.prefix}-${year}-${number}` : `${format.prefix}-${number}`;
}

const formatInput = z
  .object({
    prefix: z
      .string({ error: "required" })
      .trim()
      .transform((prefix) => prefix.toUpperCase())
      .pipe(
        z
          .string()
          .min(1, "required")
          .max(10, "numbering_prefix_length")
          .regex(/^[A-Z0-9_-]*$/, "numbering_prefix_chars"),
      ),
    includeYear: checkbox,
    padding: integerInRange(3, 8, "numbering_padding_range"),
    yearlyReset: checkbox,
  })
  .superRefine((format, context) => {
    // Restarting at 1 every year without the year in the number would issue F-00001 twice.
    if (format.yearlyReset && !format.includeYear) {
      context.addIssue({ code: "custom", path: ["yearlyReset"], message: "numbering_reset_needs_year" });
    }
  });

/** All four formats at once; field names are "INVOICE.prefix", "QUOTE.padding"… */
export const numberingFormatsInput = z
  .object({
    INVOICE: formatInput,
    CREDIT_NOTE: formatInput,
    QUOTE: formatInput,
    DEPOSIT_INVOICE: formatInput,
  })
  .superRefine((formats, context) => {
    // Two series with the same prefix (and separate counters) would produce the same numbers.
    const seen = new Map<string, DocumentType>();
    for (const type of documentTypes) {
      const prefix = formats[type].prefix;
      if (!prefix) continue;
      if (seen.has(prefix)) {
        context.addIssue({ code: "custom", path: [type, "prefix"], message: "numbering_prefix_duplicate" });
      }
      seen.set(prefix, type);
    }
  });

export type NumberingFormatsInput = z.output<typeof numberingFormatsInput>;

/** Flat form fields ("INVOICE.prefix" → value) → the nested shape the schema reads. */
export function numberingInputFromFields(fields: Record<string, unknown>): Record<string, Record<string, unknown>> {
  const nested: Record<string, Record<string, unknown>> = {};
  for (const type of documentTypes) {
    nested[type] = {};
    for (const key of ["prefix", "includeYear", "padding", "yearlyReset"]) nested[type][key] = fields[`${type}.${key}`];
  }
  return nested;
}
