import { z } from "zod";
import { parseMoney } from "@/lib/money/parse-money";
import { parseVatPercent } from "@/lib/money/vat-rates";
import { MAX_DOCUMENT_CENTS } from "../document-schema";

// A deposit asked on a quote: a percentage of its total incl. VAT ("30", "30 %", "12,5") or
// an amount incl. VAT ("1 500,00"). Messages are catalogue keys (quoteValidation.*, and the
// shared money_* codes).

export const DEPOSIT_KINDS = ["PERCENT", "AMOUNT"] as const;

export const depositInput = z
  .object({
    kind: z.enum(DEPOSIT_KINDS, { error: "deposit_kind_invalid" }),
    value: z.union([z.string(), z.number()], { error: "deposit_value_required" }),
  })
  .transform((input, ctx) => {
    const text = String(input.value).trim();
    if (text === "") {
      ctx.addIssue({ code: "custom", path: ["value"], message: "deposit_value_required" });
      return z.NEVER;
    }
    if (input.kind === "PERCENT") {
      const bps = parseVatPercent(text);
      if (bps === null || bps <= 0 || bps > 10_000) {
        ctx.addIssue({ code: "custom", path: ["value"], message: "deposit_percent_range" });
        return z.NEVER;
      }
      return { kind: "PERCENT" as const, bps };
    }
    const parsed = parseMoney(text);
    if (!parsed.ok) {
      ctx.addIssue({ code: "custom", path: ["value"], message: parsed.code });
      return z.NEVER;
    }
    if (parsed.cents <= 0 || parsed.cents > MAX_DOCUMENT_CENTS) {
      ctx.addIssue({
        code: "custom",
        path: ["value"],
        message: parsed.cents <= 0 ? "deposit_amount_positive" : "money_too_large",
      });
      return z.NEVER;
    }
    return { kind: "AMOUNT" as const, cents: parsed.cents };
  });

export type DepositRawInput = z.input<typeof depositInput>;
export type DepositInput = z.output<typeof depositInput>;
