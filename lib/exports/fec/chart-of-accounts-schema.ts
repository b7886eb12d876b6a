import { z } from "zod";
import { CHART_SLOTS, slotPrefix, type ChartSlot } from "./chart-of-accounts";

// The chart of accounts form, one field per slot (browser and server): an empty field means
// the French default. An account number is digits only (the FEC's CompteNum, and what every
// French accounting package imports), 3 to 12 of them, starting with its PCG class (revenue
// 7…, VAT collected 4457…, clients 411…). Field errors: "account_digits", "account_length",
// "account_class".

export const ACCOUNT_MIN_DIGITS = 3;
export const ACCOUNT_MAX_DIGITS = 12;

function accountNumber(slot: ChartSlot) {
  const prefix = slotPrefix(slot);
  return z
    .string()
    .optional()
    .transform((text) => (text ?? "").replace(/\s+/g, ""))
    .superRefine((text, ctx) => {
      if (text === "") return;
      if (!/^\d+$/.test(text)) ctx.addIssue({ code: "custom", message: "account_digits" });
      else if (text.length < ACCOUNT_MIN_DIGITS || text.length > ACCOUNT_MAX_DIGITS)
        ctx.addIssue({ code: "custom", message: "account_length" });
      else if (!text.startsWith(prefix)) ctx.addIssue({ code: "custom", message: "account_class" });
    });
}

export const chartOfAccountsInput = z.object(
  Object.fromEntries(CHART_SLOTS.map((slot) => [slot, accountNumber(slot)])) as Record<
    ChartSlot,
    ReturnType<typeof accountNumber>
  >,
);

export type ChartOfAccountsInput = z.output<typeof chartOfAccountsInput>;
