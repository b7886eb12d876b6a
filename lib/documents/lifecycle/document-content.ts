import type { Prisma } from "@/lib/generated/prisma/client";
import type { ArticleKind, DiscountKind, VatCategory } from "@/lib/generated/prisma/enums";
import { computeTotals, type DocumentTotals, type Discount } from "../totals/compute-totals";

// A document's stored content as computeTotals reads it, and the rows a new draft made from
// it gets (a quote's invoice, a deposit, a credit note). Totals are always recomputed from
// the lines with the one money rule, never copied.

export const contentLineSelect = {
  position: true,
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
} as const;

export type ContentLine = {
  position: number;
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
  deductedDocumentId: string | null;
};

export type ContentDocument = {
  pricesIncludeVat: boolean;
  vatExempt: boolean;
  discountKind: DiscountKind | null;
  discountValue: number | null;
  lines: ContentLine[];
};

export function discountOf(kind: DiscountKind | null, value: number | null): Discount | null {
  if (kind === null || value === null || value === 0) return null;
  return kind === "PERCENT" ? { kind: "percent", bps: value } : { kind: "amount", cents: value };
}

/** computeTotals over stored content (lines in position order). */
export function totalsOfContent(document: ContentDocument): DocumentTotals {
  const lines = [...document.lines].sort((a, b) => a.position - b.position);
  return computeTotals({
    lines: lines.map((line) => ({
      quantityMilli: line.quantityMilli,
      unitPriceCents: line.unitPriceCents,
      vatRateBps: line.vatRateBps,
      vatCategory: line.vatCategory,
      vatExemptionCode: line.vatExemptionCode,
      discount: discountOf(line.discountKind, line.discountValue),
    })),
    discount: discountOf(document.discountKind, document.discountValue),
    pricesIncludeVat: document.pricesIncludeVat,
    vatExempt: document.vatExempt,
  });
}

/** A line of a new draft: everything but ids; positions 1…n in the given order. */
export type NewLine = Omit<ContentLine, "position">;

/**
 * The totals columns and nested line rows of a new draft with these lines, totals computed
 * by computeTotals (line nets stored as it gives them).
 */
export function draftContentData(
  document: Omit<ContentDocument, "lines">,
  lines: NewLine[],
): {
  totals: DocumentTotals;
  columns: Pick<
    Prisma.DocumentUncheckedCreateInput,
    "totalExclVatCents" | "totalVatCents" | "totalInclVatCents" | "discountCents" | "vatBreakdown"
  >;
  lines: Prisma.DocumentLineUncheckedCreateWithoutDocumentInput[];
} {
  const positioned = lines.map((line, index) => ({ ...line, position: index + 1 }));
  const totals = totalsOfContent({ ...document, lines: positioned });
  return {
    totals,
    columns: {
      totalExclVatCents: totals.totalExclVatCents,
      totalVatCents: totals.totalVatCents,
      totalInclVatCents: totals.totalInclVatCents,
      discountCents: totals.discountCents,
      vatBreakdown: totals.byRate,
    },
    lines: positioned.map((line, index) => ({ ...line, netCents: totals.lines[index]!.netCents })),
  };
}

/** A stored line as a line of a new draft (its position is given again by order). */
export function asNewLine(line: ContentLine): NewLine {
  return {
    articleId: line.articleId,
    description: line.description,
    quantityMilli: line.quantityMilli,
    unit: line.unit,
    unitPriceCents: line.unitPriceCents,
    discountKind: line.discountKind,
    discountValue: line.discountValue,
    vatRateBps: line.vatRateBps,
    vatCategory: line.vatCategory,
    vatExemptionCode: line.vatExemptionCode,
    kind: line.kind,
    deductedDocumentId: line.deductedDocumentId,
  };
}
