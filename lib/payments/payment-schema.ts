import { z } from "zod";
import { MAX_DOCUMENT_CENTS } from "@/lib/documents/document-schema";
import { calendarDate, calendarFromDate, dateFromCalendar } from "@/lib/documents/calendar-date";
import { parseMoney } from "@/lib/money/parse-money";
import { optionalText } from "@/lib/organization-settings/schema-helpers";
import { PAYMENT_METHODS, paymentLimits } from "./payment-limits";

// The one payment (règlement) schema: the form validates with it in the browser, the server
// again. Messages are catalogue keys (validation.* and paymentValidation.*).
//
// Date: the day the money was received, "YYYY-MM-DD". Any past day is accepted (a cheque
// received before the invoice was issued is still a payment of it); a day after today (Paris)
// is refused — a payment not yet received is not a payment.

/** A real calendar day (2026-02-30 is not one: Date.parse would roll it over to March). */
function isCalendarDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = dateFromCalendar(value);
  return !Number.isNaN(date.getTime()) && calendarFromDate(date) === value;
}

/** One message per problem: required, then a real day, then not in the future. */
const paymentDate = z.string({ error: "payment_date_required" }).transform((raw, ctx) => {
  const value = raw.trim();
  const problem =
    value === ""
      ? "payment_date_required"
      : !isCalendarDay(value)
        ? "date_invalid"
        : value > calendarDate()
          ? "payment_date_future"
          : null;
  if (problem) {
    ctx.addIssue({ code: "custom", message: problem });
    return z.NEVER;
  }
  return value;
});

const paymentAmount = z.union([z.string(), z.number()], { error: "money_required" }).transform((value, ctx) => {
  const parsed = parseMoney(String(value));
  if (!parsed.ok) {
    ctx.addIssue({ code: "custom", message: parsed.code });
    return z.NEVER;
  }
  if (parsed.cents <= 0) {
    ctx.addIssue({ code: "custom", message: "payment_amount_positive" });
    return z.NEVER;
  }
  if (parsed.cents > MAX_DOCUMENT_CENTS) {
    ctx.addIssue({ code: "custom", message: "money_too_large" });
    return z.NEVER;
  }
  return parsed.cents;
});

export const paymentInput = z.object({
  date: paymentDate,
  /** Euros as typed ("1 234,56") or a number of euros; → cents in the output. */
  amount: paymentAmount,
  method: z.enum(PAYMENT_METHODS, { error: "payment_method_invalid" }),
  reference: optionalText(paymentLimits.reference),
  note: optionalText(paymentLimits.note),
});

/** What the form sends: every field as typed. */
export type PaymentRawInput = z.input<typeof paymentInput>;
export type PaymentInput = z.output<typeof paymentInput>;

export const paymentFields = ["date", "amount", "method", "reference", "note"] as const;

/** Ids sent back by forms; always looked up together with the acting organization. */
export const paymentIdSchema = z.string({ error: "required" }).trim().min(1, "required").max(64, "too_long");
