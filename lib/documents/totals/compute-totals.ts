import { allocate, roundDiv, toSafeNumber } from "./rounding";

// THE rounding rule of Facturo (one implementation, used by the editor in the browser and by
// the server; see README "Money and rounding"):
//
// 1. Quantities are integer thousandths (1.5 → 1500), prices integer cents, rates and percent
//    discounts basis points (20 % → 2000).
// 2. Each line is rounded once, to the cent: net = round(quantity × unit price × (1 − discount %))
//    or quantity × unit price − discount amount.
// 3. Lines are grouped by VAT rate. A document discount is spread over the rates in proportion to
//    their amounts (percent: rounded per rate; amount: split exactly, largest remainder).
// 4. Prices excluding VAT (the default): VAT of a rate = round(base × rate), once per rate, on the
//    sum of its lines — never per line, so 10 lines of 100.00 € at 20 % give exactly 200.00 €.
//    Prices including VAT: the amounts entered are the totals; base of a rate =
//    round(total × 1 / (1 + rate)) and VAT = total − base, so a 500.00 € price stays 500.00 €.
// 5. Totals are sums of the per-rate figures. Half cents round away from zero.
// Under VAT franchise (art. 293 B du CGI) every rate counts as 0.

export type Discount = { kind: "percent"; bps: number } | { kind: "amount"; cents: number };

export type TotalsLineInput = {
  quantityMilli: number;
  unitPriceCents: number;
  vatRateBps: number;
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

export type LineTotals = { grossCents: number; discountCents: number; netCents: number; vatRateBps: number };

export type RateTotals = {
  vatRateBps: number;
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

function lineTotals(
  line: TotalsLineInput,
  vatExempt: boolean,
): { gross: bigint; discount: bigint; net: bigint; rate: number } {
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
  return { gross, discount: gross - net, net, rate: vatExempt ? 0 : line.vatRateBps };
}

export function computeTotals(input: TotalsInput): DocumentTotals {
  const vatExempt = Boolean(input.vatExempt);
  const lines = input.lines.map((line) => lineTotals(line, vatExempt));

  const rates = [...new Set(lines.map((line) => line.rate))].sort((a, b) => b - a);
  const linesByRate = rates.map((rate) =>
    lines.filter((line) => line.rate === rate).reduce((sum, line) => sum + line.net, 0n),
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

  const byRate: RateTotals[] = rates.map((rate, index) => {
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
      vatRateBps: rate,
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
    })),
    byRate,
    discountCents: sum((rate) => rate.discountCents),
    totalExclVatCents: sum((rate) => rate.baseCents),
    totalVatCents: sum((rate) => rate.vatCents),
    totalInclVatCents: sum((rate) => rate.totalCents),
  };
}
