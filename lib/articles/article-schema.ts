import { z } from "zod";
import { parseMoney } from "@/lib/money/parse-money";
import { isFrenchVatRate } from "@/lib/money/vat-rates";
import { MAX_UNIT_LENGTH, normalizeUnit } from "./article-units";

// The one article schema: the form validates with it in the browser, the server action and
// the CSV import validate with it again. Messages are catalogue keys (validation.* and
// articleValidation.*). No database access here: reference uniqueness is checked by the
// write functions (lib/articles/article-reference.ts).

export const ARTICLE_KINDS = ["GOODS", "SERVICE"] as const;
export type ArticleKind = (typeof ARTICLE_KINDS)[number];

/** unitPriceCents is a 32-bit integer column: 21 474 836,47 € is the most one unit can cost. */
export const MAX_UNIT_PRICE_CENTS = 2_147_483_647;

export const articleLimits = { name: 200, description: 2000, reference: 50, unit: MAX_UNIT_LENGTH } as const;

/** "" / null / undefined → null; otherwise trimmed and at most `max` characters. */
function optionalText(max: number) {
  return z
    .union([z.string(), z.null(), z.undefined()], { error: "required" })
    .transform((value) => (value ?? "").trim())
    .pipe(z.string().max(max, "too_long"))
    .transform((value) => (value === "" ? null : value));
}

const unitPriceSchema = z.union([z.string(), z.number()], { error: "money_required" }).transform((value, ctx) => {
  const parsed = parseMoney(String(value));
  if (!parsed.ok) {
    ctx.addIssue({ code: "custom", message: parsed.code });
    return z.NEVER;
  }
  if (parsed.cents > MAX_UNIT_PRICE_CENTS) {
    ctx.addIssue({ code: "custom", message: "money_too_large" });
    return z.NEVER;
  }
  return parsed.cents;
});

/** Basis points as a form sends them ("2000") or as a number; only the French rates. */
const vatRateSchema = z.union([z.string(), z.number()], { error: "vat_rate_invalid" }).transform((value, ctx) => {
  const text = String(value).trim();
  const bps = /^\d{1,5}$/.test(text) ? Number(text) : NaN;
  if (!isFrenchVatRate(bps)) {
    ctx.addIssue({ code: "custom", message: "vat_rate_invalid" });
    return z.NEVER;
  }
  return bps;
});

const kindSchema = z
  .union([z.string(), z.null(), z.undefined()])
  .transform((value) => (value ?? "").trim().toUpperCase() || "SERVICE")
  .pipe(z.enum(ARTICLE_KINDS, { error: "kind_invalid" }));

export const articleInput = z.object({
  name: z.string({ error: "required" }).trim().min(1, "required").max(articleLimits.name, "too_long"),
  description: optionalText(articleLimits.description),
  unit: z
    .string({ error: "required" })
    .transform(normalizeUnit)
    .pipe(z.string().min(1, "required").max(articleLimits.unit, "too_long")),
  unitPrice: unitPriceSchema,
  vatRate: vatRateSchema,
  reference: optionalText(articleLimits.reference),
  kind: kindSchema,
});

/** What forms and CSV rows send: text fields (unit price as typed, VAT rate in basis points). */
export type ArticleRawInput = z.input<typeof articleInput>;
export type ArticleInput = z.output<typeof articleInput>;

export const articleFields = ["name", "description", "unit", "unitPrice", "vatRate", "reference", "kind"] as const;
export type ArticleField = (typeof articleFields)[number];

/** A row id sent back by a form; always looked up together with the acting organization. */
export const articleIdSchema = z.string({ error: "required" }).trim().min(1, "required").max(64, "too_long");

export const articleIdInput = z.object({ articleId: articleIdSchema });
