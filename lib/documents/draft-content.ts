import type { Prisma } from "@/lib/generated/prisma/client";
import type { ArticleKind, DiscountKind, SupplyKind } from "@/lib/generated/prisma/enums";
import type { DocumentInput } from "./document-schema";
import { computeTotals, type Discount, type DocumentTotals, type TotalsInput } from "./totals/compute-totals";

// A draft's content as rows: the lines (positions 1…n, each with the net computeTotals gives
// it) and the columns derived from them (totals, VAT breakdown, goods/services). Every save
// (create, update, duplicate) and the issue go through here, so what is stored is always what
// the one money rule computes from the stored lines — the same figures the editor shows live
// (computeTotals(totalsInputOf(...)) over the same content).

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
};

export const lineContentSelect = {
  articleId: true,
  description: true,
  quantityMilli: true,
  unit: true,
  unitPriceCents: true,
  discountKind: true,
  discountValue: true,
  vatRateBps: true,
  kind: true,
  deductedDocumentId: true,
} as const satisfies Prisma.DocumentLineSelect;

/** The editor's parsed lines as stored lines. */
export function linesOfInput(lines: DocumentInput["lines"]): LineContent[] {
  return lines.map((line) => ({
    articleId: line.articleId,
    description: line.description,
    quantityMilli: line.quantity,
    unit: line.unit,
    unitPriceCents: line.unitPrice,
    discountKind: line.discount?.kind ?? null,
    discountValue: line.discount?.value ?? null,
    vatRateBps: line.vatRate,
    kind: line.kind,
    deductedDocumentId: null,
  }));
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
      supplyKind: supplyKindOf(lines),
      totalExclVatCents: totals.totalExclVatCents,
      totalVatCents: totals.totalVatCents,
      totalInclVatCents: totals.totalInclVatCents,
      discountCents: totals.discountCents,
      vatBreakdown: totals.byRate,
    },
    lines: lines.map((line, index) => ({ ...line, position: index + 1, netCents: totals.lines[index]!.netCents })),
  };
}
