import { z } from "zod";
import { parseMoney } from "@/lib/money/parse-money";
import { documentLineInput, MAX_DOCUMENT_CENTS, MAX_LINES } from "../document-schema";

// What a credit note is made of when created from an invoice:
// - FULL: every line of the invoice (issuing it cancels the invoice);
// - LINES: the lines given (as the document editor sends them: documentLineInput), in the
//   invoice's price mode — typically some of its lines, or smaller quantities;
// - AMOUNT: an amount incl. VAT, split over the invoice's VAT rates in proportion to them.
// The draft can then be edited like any draft before it is issued.

const idSchema = z.string({ error: "required" }).trim().min(1, "required").max(64, "too_long");

const amountSchema = z.union([z.string(), z.number()], { error: "money_required" }).transform((value, ctx) => {
  const parsed = parseMoney(String(value));
  if (!parsed.ok) {
    ctx.addIssue({ code: "custom", message: parsed.code });
    return z.NEVER;
  }
  if (parsed.cents <= 0 || parsed.cents > MAX_DOCUMENT_CENTS) {
    ctx.addIssue({ code: "custom", message: parsed.cents <= 0 ? "credit_note_empty" : "money_too_large" });
    return z.NEVER;
  }
  return parsed.cents;
});

export const creditNoteInput = z.discriminatedUnion(
  "mode",
  [
    z.object({ invoiceId: idSchema, mode: z.literal("FULL") }),
    z.object({
      invoiceId: idSchema,
      mode: z.literal("LINES"),
      lines: z
        .array(documentLineInput, { error: "lines_required" })
        .min(1, "lines_required")
        .max(MAX_LINES, "too_many_lines"),
    }),
    z.object({ invoiceId: idSchema, mode: z.literal("AMOUNT"), amount: amountSchema }),
  ],
  { error: "credit_note_mode_invalid" },
);

export type CreditNoteRawInput = z.input<typeof creditNoteInput>;
export type CreditNoteInput = z.output<typeof creditNoteInput>;
