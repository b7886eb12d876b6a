import type { Prisma } from "@/lib/generated/prisma/client";
import type { ArticleKind, DiscountKind, SupplyKind, VatCategory } from "@/lib/generated/prisma/enums";
import { AppError } from "@/lib/errors/app-error";
import { defaultVatTreatment, type VatContext } from "@/lib/vat/vat-categories";
import { lineVatProblems, type DocumentInput } from "./document-schema";
import {
  computeTotals,
  lineVatCategory,
  type Discount,
  type DocumentTotals,
  type TotalsInput,
} from "./totals/compute-totals";

// A document's content as rows: the lines (positions 1…n, each with the net computeTotals gives
// it) and the columns derived from them (totals, VAT breakdown, goods/services). Every save
// (create, update, duplicate), the issue and every draft made from another document (a quote's
// invoice or deposit, a credit note) go through here, so what is stored is always what the one
// money rule computes from the stored lines — the same figures the editor shows live
// (computeTotals(totalsInputOf(...)) over the same content). Totals are always recomputed from
// the lines, never copied.

/** A line as stored, without its ids. */
export type LineContent = {
  articleId: string | null;
  description: string;
  quantityMilli: number;
  unit: string;
  unitPriceCents: number;
  discountKind: DiscountKind | null;
  discountValue: number | null;
  vatRateBps: number;
  vatCategory: VatCategory;
  vatExemptionCode: string | null;
  kind: ArticleKind;
  /** A final invoice's line deducting an issued deposit invoice (written by the quote conversion). */
  deductedDocumentId: string | null;
};

export type LineRow = LineContent & { position: number; netCents: number };

export type ContentOptions = {
  discountKind: DiscountKind | null;
  discountValue: number | null;
  pricesIncludeVat: boolean;
  vatExempt: boolean;
  /** Kept as given instead of derived from the lines (stickySupplyKind). */
  supplyKind?: SupplyKind | null;
};

/**
 * A credit note and a deposit invoice made from a quote state the nature of operations of
 * their source (goods, services or both), not of their own generated lines (one "flat" line
 * per VAT rate): the column written when they were made is kept. Null: derive from the lines.
 */
export function stickySupplyKind(document: {
  type: string;
  supplyKind: SupplyKind;
  sourceQuoteId: string | null;
}): SupplyKind | null {
  if (document.type === "CREDIT_NOTE") return document.supplyKind;
  if (document.type === "DEPOSIT_INVOICE" && document.sourceQuoteId !== null) return document.supplyKind;
  return null;
}

export const lineContentSelect = {
  articleId: true,
  description: true,
  quantityMilli: true,
  unit: true,
  unitPriceCents: true,
  discountKind: true,
  discountValue: true,
  vatRateBps: true,
  vatCategory: true,
  vatExemptionCode: true,
  kind: true,
  deductedDocumentId: true,
} as const satisfies Prisma.DocumentLineSelect;

/**
 * The editor's parsed lines as stored lines. A blank category gets the default of the VAT
 * rule table for this client and line (`vat` null: S for a rate above 0, E otherwise — then
 * checked like a typed one); under the franchise every line is E with the 293 B reason.
 */
export function linesOfInput(lines: DocumentInput["lines"], vat: VatContext | null = null): LineContent[] {
  return lines.map((line) => {
    const treatment =
      vat?.vatRegime === "FRANCHISE"
        ? defaultVatTreatment(vat, { kind: line.kind, rateBps: line.vatRate })
        : line.vatCategory !== null
          ? { category: line.vatCategory, rateBps: line.vatRate, exemptionCode: line.vatExemptionCode }
          : vat
            ? defaultVatTreatment(vat, { kind: line.kind, rateBps: line.vatRate })
            : { category: lineVatCategory({ vatRateBps: line.vatRate }), rateBps: line.vatRate, exemptionCode: null };
    return {
      articleId: line.articleId,
      description: line.description,
      quantityMilli: line.quantity,
      unit: line.unit,
      unitPriceCents: line.unitPrice,
      discountKind: line.discount?.kind ?? null,
      discountValue: line.discount?.value ?? null,
      vatRateBps: treatment.rateBps,
      vatCategory: treatment.category,
      vatExemptionCode: treatment.exemptionCode,
      kind: line.kind,
      deductedDocumentId: null,
    };
  });
}

/**
 * Refuses lines whose category, rate or reason do not hold together (documentInput's check,
 * run again once blank categories got their defaults): VALIDATION with the lines' fields.
 */
export function assertLinesVat(lines: readonly LineContent[]): void {
  const problems = lineVatProblems(
    lines
      .filter((line) => line.deductedDocumentId === null)
      .map((line) => ({
        vatRate: line.vatRateBps,
        vatCategory: line.vatCategory,
        vatExemptionCode: line.vatExemptionCode,
      })),
  );
  if (problems.length === 0) return;
  const fieldErrors: Record<string, string[]> = {};
  for (const problem of problems) (fieldErrors[problem.path.join(".")] ??= []).push(problem.message);
  throw new AppError("VALIDATION", "invalid_input", "Some fields are invalid", { fieldErrors });
}

export function discountOf(kind: DiscountKind | null, value: number | null): Discount | null {
  if (kind === null || value === null || value === 0) return null;
  return kind === "PERCENT" ? { kind: "percent", bps: value } : { kind: "amount", cents: value };
}

/** The totals input of stored content: the same mapping as totalsInputOf for the editor's values. */
export function totalsInputOfContent(lines: readonly LineContent[], options: ContentOptions): TotalsInput {
  return {
    lines: lines.map((line) => ({
      quantityMilli: line.quantityMilli,
      unitPriceCents: line.unitPriceCents,
      vatRateBps: line.vatRateBps,
      vatCategory: line.vatCategory,
      vatExemptionCode: line.vatExemptionCode,
      discount: discountOf(line.discountKind, line.discountValue),
    })),
    discount: discountOf(options.discountKind, options.discountValue),
    pricesIncludeVat: options.pricesIncludeVat,
    vatExempt: options.vatExempt,
  };
}

/** GOODS when every line is goods, SERVICES when every line is a service, BOTH otherwise. */
export function supplyKindOf(lines: readonly Pick<LineContent, "kind">[]): SupplyKind {
  const goods = lines.some((line) => line.kind === "GOODS");
  const services = lines.some((line) => line.kind === "SERVICE");
  if (goods && services) return "BOTH";
  return goods ? "GOODS" : "SERVICES";
}

export type DraftContent = {
  totals: DocumentTotals;
  columns: Pick<
    Prisma.DocumentUncheckedCreateInput,
    | "discountKind"
    | "discountValue"
    | "pricesIncludeVat"
    | "vatExempt"
    | "supplyKind"
    | "totalExclVatCents"
    | "totalVatCents"
    | "totalInclVatCents"
    | "discountCents"
    | "vatBreakdown"
  >;
  lines: LineRow[];
};

/** Rows and derived columns of content with these lines, in this order. */
export function draftContent(lines: readonly LineContent[], options: ContentOptions): DraftContent {
  const totals = computeTotals(totalsInputOfContent(lines, options));
  return {
    totals,
    columns: {
      discountKind: options.discountValue ? options.discountKind : null,
      discountValue: options.discountKind ? options.discountValue || null : null,
      pricesIncludeVat: options.pricesIncludeVat,
      vatExempt: options.vatExempt,
      supplyKind: options.supplyKind ?? supplyKindOf(lines),
      totalExclVatCents: totals.totalExclVatCents,
      totalVatCents: totals.totalVatCents,
      totalInclVatCents: totals.totalInclVatCents,
      discountCents: totals.discountCents,
      vatBreakdown: totals.byRate,
    },
    lines: lines.map((line, index) => ({ ...line, position: index + 1, netCents: totals.lines[index]!.netCents })),
  };
}

/** A stored line with its position (documents read back to make another from them). */
export type ContentLine = LineContent & { position: number };

export const contentLineSelect = { position: true, ...lineContentSelect } as const satisfies Prisma.DocumentLineSelect;

/**
 * What a draft made from another document (a quote's invoice or deposit, a credit note) reads
 * of its source: the client, the terms its content is computed under, and the lines in order.
 */
export const sourceContentSelect = {
  clientId: true,
  currency: true,
  language: true,
  pricesIncludeVat: true,
  vatExempt: true,
  discountKind: true,
  discountValue: true,
  supplyKind: true,
  purchaseOrderNumber: true,
  deliveryAddress: true,
  lines: { select: contentLineSelect, orderBy: { position: "asc" } },
} as const satisfies Prisma.DocumentSelect;

export type ContentDocument = {
  pricesIncludeVat: boolean;
  vatExempt: boolean;
  discountKind: DiscountKind | null;
  discountValue: number | null;
  lines: ContentLine[];
};

/** computeTotals over stored content (lines in position order). */
export function totalsOfContent(document: ContentDocument): DocumentTotals {
  const lines = [...document.lines].sort((a, b) => a.position - b.position);
  return computeTotals(totalsInputOfContent(lines, document));
}

/** A line of a new draft: everything but ids; positions 1…n in the given order. */
export type NewLine = LineContent;

/**
 * The totals columns and nested line rows of a new draft with these lines (a quote's invoice
 * or deposit, a credit note), from draftContent: the same money rule as every save.
 */
export function draftContentData(
  document: Omit<ContentDocument, "lines">,
  lines: NewLine[],
): {
  totals: DocumentTotals;
  columns: Pick<
    DraftContent["columns"],
    "totalExclVatCents" | "totalVatCents" | "totalInclVatCents" | "discountCents" | "vatBreakdown"
  >;
  lines: LineRow[];
} {
  const { totals, columns, lines: rows } = draftContent(lines, document);
  const { totalExclVatCents, totalVatCents, totalInclVatCents, discountCents, vatBreakdown } = columns;
  return {
    totals,
    columns: { totalExclVatCents, totalVatCents, totalInclVatCents, discountCents, vatBreakdown },
    lines: rows,
  };
}

/** A stored line as a line of a new draft (its position is given again by order). */
export function asNewLine(line: ContentLine): NewLine {
  const copy: Partial<ContentLine> = { ...line };
  delete copy.position;
  return copy as NewLine;
}
