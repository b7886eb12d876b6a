import { VAT_CATEGORIES, type VatCategory } from "@/lib/vat/vat-categories";
import { allocate, roundDiv, toSafeNumber } from "./rounding";

// THE rounding rule of Facturo (one implementation, used by the editor in the browser and by
// the server; see README "Money and rounding"):
//
// 1. Quantities are integer thousandths (1.5 → 1500), prices integer cents, rates and percent
//    discounts basis points (20 % → 2000).
// 2. Each line is rounded once, to the cent: net = round(quantity × unit price × (1 − discount %))
//    or quantity × unit price − discount amount.
// 3. Lines are grouped by VAT category and rate (lib/vat/vat-categories.ts: S at its rates, every
//    other category at 0 % — one group each, as EN 16931 wants one VAT breakdown per category
//    and rate). A document discount is spread over the groups in proportion to their amounts
//    (percent: rounded per group; amount: split exactly, largest remainder).
// 4. Prices excluding VAT (the default): VAT of a rate = round(base × rate), once per rate, on the
//    sum of its lines — never per line, so 10 lines of 100.00 € at 20 % give exactly 200.00 €.
//    Prices including VAT: the amounts entered are the totals; base of a rate =
//    round(total × 1 / (1 + rate)) and VAT = total − base, so a 500.00 € price stays 500.00 €.
// 5. Totals are sums of the per-rate figures. Half cents round away from zero.
// Under VAT franchise (art. 293 B du CGI) every line is exempt (E, 0 %, VATEX-FR-FRANCHISE).

export type Discount = { kind: "percent"; bps: number } | { kind: "amount"; cents: number };

export type TotalsLineInput = {
  quantityMilli: number;
  unitPriceCents: number;
  vatRateBps: number;
  /** Absent: S for a rate above 0, E otherwise (lines written before categories existed). */
  vatCategory?: VatCategory;
  vatExemptionCode?: string | null;
  discount?: Discount | null;
};

export type TotalsInput = {
  lines: TotalsLineInput[];
  discount?: Discount | null;
  /** Unit prices include VAT (the "enter price incl. VAT" mode). */
  pricesIncludeVat?: boolean;
  /** VAT franchise: no VAT at all. */
  vatExempt?: boolean;
};

export type LineTotals = {
  grossCents: number;
  discountCents: number;
  netCents: number;
  vatRateBps: number;
  vatCategory: VatCategory;
};

/** One group of the VAT breakdown: a category at a rate (the name stays from when rates were the key). */
export type RateTotals = {
  vatCategory: VatCategory;
  vatRateBps: number;
  /** The reason of the group's lines (one per category: the schema refuses two). */
  vatExemptionCode: string | null;
  /** Amount of the lines at this rate, after line discounts, before the document discount. */
  linesCents: number;
  /** Share of the document discount taken by this rate. */
  discountCents: number;
  baseCents: number;
  vatCents: number;
  totalCents: number;
};

export type DocumentTotals = {
  lines: LineTotals[];
  byRate: RateTotals[];
  discountCents: number;
  totalExclVatCents: number;
  totalVatCents: number;
  totalInclVatCents: number;
};

const THOUSAND = 1000n;
const TEN_THOUSAND = 10_000n;

type ComputedLine = {
  gross: bigint;
  discount: bigint;
  net: bigint;
  rate: number;
  category: VatCategory;
  exemptionCode: string | null;
};

export const FRANCHISE_EXEMPTION_CODE = "VATEX-FR-FRANCHISE";

/** The category of a line as computeTotals counts it (see TotalsLineInput.vatCategory). */
export function lineVatCategory(line: Pick<TotalsLineInput, "vatCategory" | "vatRateBps">): VatCategory {
  return line.vatCategory ?? (line.vatRateBps > 0 ? "S" : "E");
}

function lineTotals(line: TotalsLineInput, vatExempt: boolean): ComputedLine {
  const grossExact = BigInt(line.quantityMilli) * BigInt(line.unitPriceCents);
  const gross = roundDiv(grossExact, THOUSAND);
  let net: bigint;
  if (line.discount?.kind === "percent") {
    net = roundDiv(grossExact * (TEN_THOUSAND - BigInt(line.discount.bps)), THOUSAND * TEN_THOUSAND);
  } else if (line.discount?.kind === "amount") {
    net = gross - BigInt(line.discount.cents);
  } else {
    net = gross;
  }
  if (vatExempt)
    return { gross, discount: gross - net, net, rate: 0, category: "E", exemptionCode: FRANCHISE_EXEMPTION_CODE };
  return {
    gross,
    discount: gross - net,
    net,
    rate: line.vatRateBps,
    category: lineVatCategory(line),
    exemptionCode: line.vatExemptionCode ?? null,
  };
}

type Group = { category: VatCategory; rate: number; exemptionCode: string | null };

const groupKey = (line: { category: VatCategory; rate: number }) => `${line.category}:${line.rate}`;

/** Groups in a stable order: rates from the highest, then categories in the table's order. */
function groupsOf(lines: ComputedLine[]): Group[] {
  const groups = new Map<string, Group>();
  for (const line of lines) {
    const key = groupKey(line);
    const group = groups.get(key);
    if (!group) groups.set(key, { category: line.category, rate: line.rate, exemptionCode: line.exemptionCode });
    else if (!group.exemptionCode && line.exemptionCode) group.exemptionCode = line.exemptionCode;
  }
  return [...groups.values()].sort(
    (a, b) => b.rate - a.rate || VAT_CATEGORIES.indexOf(a.category) - VAT_CATEGORIES.indexOf(b.category),
  );
}

export function computeTotals(input: TotalsInput): DocumentTotals {
  const vatExempt = Boolean(input.vatExempt);
  const lines = input.lines.map((line) => lineTotals(line, vatExempt));

  const groups = groupsOf(lines);
  const linesByRate = groups.map((group) =>
    lines.filter((line) => groupKey(line) === groupKey(group)).reduce((sum, line) => sum + line.net, 0n),
  );

  let discounts: bigint[];
  const discount = input.discount;
  if (discount?.kind === "percent") {
    discounts = linesByRate.map((amount) => roundDiv(amount * BigInt(discount.bps), TEN_THOUSAND));
  } else if (discount?.kind === "amount") {
    discounts = allocate(BigInt(discount.cents), linesByRate);
  } else {
    discounts = linesByRate.map(() => 0n);
  }

  const byRate: RateTotals[] = groups.map(({ category, rate, exemptionCode }, index) => {
    const amount = linesByRate[index]! - discounts[index]!;
    let base: bigint;
    let vat: bigint;
    if (input.pricesIncludeVat) {
      base = roundDiv(amount * TEN_THOUSAND, TEN_THOUSAND + BigInt(rate));
      vat = amount - base;
    } else {
      base = amount;
      vat = roundDiv(amount * BigInt(rate), TEN_THOUSAND);
    }
    return {
      vatCategory: category,
      vatRateBps: rate,
      vatExemptionCode: exemptionCode,
      linesCents: toSafeNumber(linesByRate[index]!),
      discountCents: toSafeNumber(discounts[index]!),
      baseCents: toSafeNumber(base),
      vatCents: toSafeNumber(vat),
      totalCents: toSafeNumber(base + vat),
    };
  });

  const sum = (pick: (rate: RateTotals) => number) => byRate.reduce((total, rate) => total + pick(rate), 0);
  return {
    lines: lines.map((line) => ({
      grossCents: toSafeNumber(line.gross),
      discountCents: toSafeNumber(line.discount),
      netCents: toSafeNumber(line.net),
      vatRateBps: line.rate,
      vatCategory: line.category,
    })),
    byRate,
    discountCents: sum((rate) => rate.discountCents),
    totalExclVatCents: sum((rate) => rate.baseCents),
    totalVatCents: sum((rate) => rate.vatCents),
    totalInclVatCents: sum((rate) => rate.totalCents),
  };
}
