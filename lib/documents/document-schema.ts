import { z } from "zod";
import { normalizeUnit, MAX_UNIT_LENGTH } from "@/lib/articles/article-units";
import { parseMoney } from "@/lib/money/parse-money";
import { isFrenchVatRate, parseVatPercent } from "@/lib/money/vat-rates";
import { checkbox, integerInRange, oneOf, optional, optionalText } from "@/lib/organization-settings/schema-helpers";
import { VAT_CATEGORIES, categoryNeedsReason, vatTreatmentProblem, type VatCategory } from "@/lib/vat/vat-categories";
import { isCalendarDate } from "./calendar-date";
import { parseQuantity } from "./parse-quantity";
import { computeTotals, type Discount, type TotalsInput } from "./totals/compute-totals";

// The one schema of a document's editable content (quote, invoice, deposit invoice, credit
// note drafts). The editor validates with it in the browser and the server action again;
// messages are catalogue keys (validation.* and documentValidation.*). Values arrive as the
// editor holds them (text as typed), or as numbers from code.

/** Columns are 32-bit integers: no amount of a document may exceed 21 474 836,47 €. */
export const MAX_DOCUMENT_CENTS = 2_147_483_647;
export const MAX_LINES = 500;

export const documentLimits = {
  title: 200,
  description: 2000,
  notes: 4000,
  purchaseOrderNumber: 100,
  deliveryAddress: 500,
} as const;

export const DISCOUNT_KINDS = ["PERCENT", "AMOUNT"] as const;
export type DiscountKindValue = (typeof DISCOUNT_KINDS)[number];
export const LINE_KINDS = ["GOODS", "SERVICE"] as const;

const text = (value: unknown) => (value == null ? "" : String(value)).trim();

function moneySchema(options: { allowNegative?: boolean } = {}) {
  return z.union([z.string(), z.number()], { error: "money_required" }).transform((value, ctx) => {
    const parsed = parseMoney(String(value), options);
    if (!parsed.ok) {
      ctx.addIssue({ code: "custom", message: parsed.code });
      return z.NEVER;
    }
    if (Math.abs(parsed.cents) > MAX_DOCUMENT_CENTS) {
      ctx.addIssue({ code: "custom", message: "money_too_large" });
      return z.NEVER;
    }
    return parsed.cents;
  });
}

const quantitySchema = z.union([z.string(), z.number()], { error: "quantity_required" }).transform((value, ctx) => {
  const parsed = parseQuantity(value);
  if (!parsed.ok) {
    ctx.addIssue({ code: "custom", message: parsed.code });
    return z.NEVER;
  }
  return parsed.milli;
});

/** Basis points ("2000") or a typed percentage ("5,5 %"); only the French rates. */
const vatRateSchema = z.union([z.string(), z.number()], { error: "vat_rate_invalid" }).transform((value, ctx) => {
  const raw = text(value);
  const bps = /^\d{3,5}$/.test(raw) || raw === "0" ? Number(raw) : (parseVatPercent(raw) ?? NaN);
  if (!isFrenchVatRate(bps)) {
    ctx.addIssue({ code: "custom", message: "vat_rate_invalid" });
    return z.NEVER;
  }
  return bps;
});

/** Percent as typed ("10", "12,5 %") → basis points, 0 < x ≤ 100 %. */
const percentSchema = z.union([z.string(), z.number()]).transform((value, ctx) => {
  const bps = parseVatPercent(text(value));
  if (bps === null || bps <= 0 || bps > 10_000) {
    ctx.addIssue({ code: "custom", message: "discount_percent_range" });
    return z.NEVER;
  }
  return bps;
});

/**
 * A discount as the editor holds it: kind + typed value. Blank kind or value → no discount.
 * Output: { kind: "PERCENT", value: bps } | { kind: "AMOUNT", value: cents } | null.
 */
const discountFields = {
  discountKind: optional(z.enum(DISCOUNT_KINDS, { error: "discount_kind_invalid" })),
  discountValue: optional(z.union([z.string(), z.number()])),
};

type DiscountOut = { kind: DiscountKindValue; value: number } | null;

function resolveDiscount(
  raw: { discountKind: DiscountKindValue | null; discountValue: string | number | null },
  ctx: z.RefinementCtx,
): DiscountOut {
  if (raw.discountKind === null || raw.discountValue === null) return null;
  const schema = raw.discountKind === "PERCENT" ? percentSchema : moneySchema();
  const parsed = schema.safeParse(raw.discountValue);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      ctx.addIssue({ code: "custom", path: ["discountValue"], message: issue.message });
    }
    return null;
  }
  return parsed.data === 0 ? null : { kind: raw.discountKind, value: parsed.data };
}

const idSchema = z.string().trim().min(1, "required").max(64, "too_long");

export const documentLineInput = z
  .object({
    articleId: optional(idSchema),
    description: z.string({ error: "required" }).trim().min(1, "required").max(documentLimits.description, "too_long"),
    quantity: quantitySchema,
    unit: z
      .string({ error: "required" })
      .transform(normalizeUnit)
      .pipe(z.string().min(1, "required").max(MAX_UNIT_LENGTH, "too_long")),
    unitPrice: moneySchema(),
    vatRate: vatRateSchema,
    // Blank: the default of lib/vat/vat-categories.ts for the client and the line (server side).
    vatCategory: optional(z.enum(VAT_CATEGORIES, { error: "vat_category_invalid" })),
    vatExemptionCode: optional(z.string().trim().max(40, "vat_reason_unknown")),
    kind: oneOf(LINE_KINDS, "kind_invalid", "SERVICE"),
    ...discountFields,
  })
  .transform((line, ctx) => {
    const { discountKind, discountValue, ...rest } = line;
    return { ...rest, discount: resolveDiscount({ discountKind, discountValue }, ctx) };
  });

const dateSchema = z.string().trim().refine(isCalendarDate, "date_invalid");

export const documentInput = z
  .object({
    clientId: idSchema.or(z.undefined().transform(() => "")).pipe(z.string().min(1, "client_required")),
    title: optionalText(documentLimits.title),
    // Calendar dates "YYYY-MM-DD" (no time zone games: stored as DATE).
    issueDate: optional(dateSchema),
    serviceDate: optional(dateSchema),
    dueDate: optional(dateSchema),
    validUntil: optional(dateSchema),
    paymentTermsDays: optional(integerInRange(0, 365, "payment_terms_range")),
    paymentTermsEndOfMonth: checkbox,
    pricesIncludeVat: checkbox,
    purchaseOrderNumber: optionalText(documentLimits.purchaseOrderNumber),
    deliveryAddress: optionalText(documentLimits.deliveryAddress),
    notes: optionalText(documentLimits.notes),
    language: oneOf(["fr", "en"] as const, "language_invalid", "fr"),
    ...discountFields,
    lines: z
      .array(documentLineInput, { error: "lines_required" })
      .min(1, "lines_required")
      .max(MAX_LINES, "too_many_lines"),
  })
  .transform((document, ctx) => {
    const { discountKind, discountValue, ...rest } = document;
    return { ...rest, discount: resolveDiscount({ discountKind, discountValue }, ctx) };
  })
  .superRefine((document, ctx) => {
    if (document.dueDate && document.issueDate && document.dueDate < document.issueDate) {
      ctx.addIssue({ code: "custom", path: ["dueDate"], message: "due_before_issue" });
    }
    if (document.validUntil && document.issueDate && document.validUntil < document.issueDate) {
      ctx.addIssue({ code: "custom", path: ["validUntil"], message: "valid_until_before_issue" });
    }
    // Amounts are checked on the totals the document will have (the same function computes them).
    const totals = computeTotals(totalsInputOf(document, { vatExempt: false }));
    totals.lines.forEach((line, index) => {
      if (line.netCents < 0) {
        ctx.addIssue({ code: "custom", path: ["lines", index, "discountValue"], message: "discount_exceeds_line" });
      }
    });
    const lineTooLow = totals.lines.some((line) => line.netCents < 0);
    if (!lineTooLow && document.discount && totals.byRate.some((rate) => rate.baseCents + rate.vatCents < 0)) {
      ctx.addIssue({ code: "custom", path: ["discountValue"], message: "discount_exceeds_total" });
    }
    if (Math.abs(totals.totalInclVatCents) > MAX_DOCUMENT_CENTS) {
      ctx.addIssue({ code: "custom", path: ["lines"], message: "document_too_large" });
    }
    for (const problem of lineVatProblems(document.lines)) ctx.addIssue({ code: "custom", ...problem });
  });

/**
 * What is wrong with the lines' VAT categories and reasons (lines whose category is blank get
 * theirs on the server and are checked there, with this same function): a category at the
 * wrong rate, a 0 % line without a category or reason, a reason of another category, and two
 * reasons for one category (EN 16931 has one VAT breakdown, so one reason, per category).
 */
export function lineVatProblems(
  lines: readonly { vatRate: number; vatCategory: VatCategory | null; vatExemptionCode: string | null }[],
): { path: (string | number)[]; message: string }[] {
  const problems: { path: (string | number)[]; message: string }[] = [];
  const reasons = new Map<VatCategory, string>();
  lines.forEach((line, index) => {
    if (line.vatCategory === null) return;
    const problem = vatTreatmentProblem({
      category: line.vatCategory,
      rateBps: line.vatRate,
      exemptionCode: line.vatExemptionCode,
    });
    if (problem) {
      problems.push({ path: ["lines", index, problem.field], message: problem.code });
      return;
    }
    if (!categoryNeedsReason(line.vatCategory) || !line.vatExemptionCode) return;
    const first = reasons.get(line.vatCategory);
    if (first === undefined) reasons.set(line.vatCategory, line.vatExemptionCode);
    else if (first !== line.vatExemptionCode) {
      problems.push({ path: ["lines", index, "vatExemptionCode"], message: "vat_reason_conflict" });
    }
  });
  return problems;
}

function toTotalsDiscount(discount: { kind: DiscountKindValue; value: number } | null): Discount | null {
  if (!discount) return null;
  return discount.kind === "PERCENT"
    ? { kind: "percent", bps: discount.value }
    : { kind: "amount", cents: discount.value };
}

/** The totals input of parsed content: what the editor (live) and the server (on save) both compute. */
export function totalsInputOf(
  document: {
    lines: {
      quantity: number;
      unitPrice: number;
      vatRate: number;
      vatCategory?: VatCategory | null;
      vatExemptionCode?: string | null;
      discount: DiscountOut;
    }[];
    discount: DiscountOut;
    pricesIncludeVat: boolean;
  },
  organization: { vatExempt: boolean },
): TotalsInput {
  return {
    lines: document.lines.map((line) => ({
      quantityMilli: line.quantity,
      unitPriceCents: line.unitPrice,
      vatRateBps: line.vatRate,
      vatCategory: line.vatCategory ?? undefined,
      vatExemptionCode: line.vatExemptionCode ?? null,
      discount: toTotalsDiscount(line.discount),
    })),
    discount: toTotalsDiscount(document.discount),
    pricesIncludeVat: document.pricesIncludeVat,
    vatExempt: organization.vatExempt,
  };
}

/** What the editor sends: every field as typed. */
export type DocumentRawInput = z.input<typeof documentInput>;
export type DocumentInput = z.output<typeof documentInput>;
export type DocumentLineInput = z.output<typeof documentLineInput>;

export const documentIdInput = z.object({ documentId: idSchema });
