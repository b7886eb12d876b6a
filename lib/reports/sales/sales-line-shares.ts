import { allocate } from "@/lib/documents/totals/rounding";

// A document's VAT is computed once per VAT group (category and rate) on the sum of its lines,
// after the document discount (lib/documents/totals/compute-totals.ts): a line has no VAT of
// its own, and in prices incl. VAT its net is not its amount excl. VAT. To report sales by
// article, each group's stated base and VAT (the document's vatBreakdown, what the invoice says)
// are split over the group's lines in proportion to their nets, with allocate (largest
// remainder): the lines' shares add up exactly to the document's totals, so the report by
// article sums to the same cents as the report by client.
//
// The database applies this rule as each document is issued (facturo_article_sales_rollup,
// migration 20261207132248_article_day_sales); this TypeScript is its reference, compared with
// it line by line in tests/integration/reports/article-sales-rollup.test.ts.

export type ShareLine = { netCents: number; vatRateBps: number; vatCategory: string };

export type ShareGroup = { vatCategory: string; vatRateBps: number; baseCents: number; vatCents: number };

export type LineShare = { exclVatCents: number; vatCents: number };

/** The group a line counts in: under VAT franchise every line is exempt at 0 % (computeTotals). */
function groupKey(line: { vatCategory: string; vatRateBps: number }, vatExempt: boolean): string {
  return vatExempt ? "E:0" : `${line.vatCategory}:${line.vatRateBps}`;
}

/** Each line's share of its document's base and VAT, in the lines' order. */
export function lineShares(document: { vatExempt: boolean; groups: ShareGroup[]; lines: ShareLine[] }): LineShare[] {
  const shares: LineShare[] = document.lines.map(() => ({ exclVatCents: 0, vatCents: 0 }));
  const all = document.lines.map((_, index) => index);
  for (const group of document.groups) {
    const key = groupKey(group, false);
    let members = all.filter((index) => groupKey(document.lines[index]!, document.vatExempt) === key);
    // A group no line matches (never written by the app): spread it over every line, so no
    // cent of the document is lost.
    if (members.length === 0) members = all;
    if (members.length === 0) continue;
    const weights = members.map((index) => BigInt(document.lines[index]!.netCents));
    const bases = allocate(BigInt(group.baseCents), weights);
    const vats = allocate(BigInt(group.vatCents), weights);
    members.forEach((index, position) => {
      shares[index]!.exclVatCents += Number(bases[position]!);
      shares[index]!.vatCents += Number(vats[position]!);
    });
  }
  return shares;
}
