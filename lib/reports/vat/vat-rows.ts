import { VAT_CATEGORIES, type VatCategory } from "@/lib/vat/vat-categories";

// One line of the VAT report: a VAT category at a rate (the documents' own breakdown key,
// computeTotals' byRate), its base excl. VAT and its VAT, integer cents of the organization's
// currency. Pure: shared by the report, its table, its CA3 lines and the page.

export type VatRow = {
  vatCategory: VatCategory;
  vatRateBps: number;
  baseCents: number;
  vatCents: number;
};

export type VatAmounts = { baseCents: number; vatCents: number };

const keyOf = (row: Pick<VatRow, "vatCategory" | "vatRateBps">) => `${row.vatCategory}:${row.vatRateBps}`;

/** Rates from the highest, then categories in the table's order (as documents list them). */
export function sortVatRows<Row extends Pick<VatRow, "vatCategory" | "vatRateBps">>(rows: Row[]): Row[] {
  return [...rows].sort(
    (a, b) =>
      b.vatRateBps - a.vatRateBps || VAT_CATEGORIES.indexOf(a.vatCategory) - VAT_CATEGORIES.indexOf(b.vatCategory),
  );
}

/** Rows of several sources added up per category and rate; rows of only zeros are left out. */
export function mergeVatRows(...sources: VatRow[][]): VatRow[] {
  const merged = new Map<string, VatRow>();
  for (const row of sources.flat()) {
    const current = merged.get(keyOf(row));
    if (current) {
      current.baseCents += row.baseCents;
      current.vatCents += row.vatCents;
    } else merged.set(keyOf(row), { ...row });
  }
  return sortVatRows([...merged.values()].filter((row) => row.baseCents !== 0 || row.vatCents !== 0));
}

export function totalOf(rows: VatAmounts[]): VatAmounts {
  return rows.reduce(
    (total, row) => ({ baseCents: total.baseCents + row.baseCents, vatCents: total.vatCents + row.vatCents }),
    { baseCents: 0, vatCents: 0 },
  );
}
