// Exact integer arithmetic for money. Every amount is an integer number of cents; products
// of quantities, prices and rates are computed as BigInt fractions and rounded once, here.

/** numerator / denominator rounded half away from zero (2.5 → 3, −2.5 → −3). denominator > 0. */
export function roundDiv(numerator: bigint, denominator: bigint): bigint {
  if (denominator <= 0n) throw new RangeError("denominator must be positive");
  const negative = numerator < 0n;
  const magnitude = negative ? -numerator : numerator;
  const quotient = (magnitude * 2n + denominator) / (denominator * 2n);
  return negative ? -quotient : quotient;
}

/** A BigInt amount of cents back to a number, refusing what a number cannot hold exactly. */
export function toSafeNumber(value: bigint): number {
  if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < BigInt(Number.MIN_SAFE_INTEGER)) {
    throw new RangeError("amount too large");
  }
  return Number(value);
}

/**
 * Splits `total` into parts proportional to `weights`, summing exactly to `total`
 * (largest remainder method; ties go to the earlier part). Used to spread a document
 * discount over VAT rates without losing or inventing a cent.
 */
export function allocate(total: bigint, weights: bigint[]): bigint[] {
  if (weights.length === 0) return [];
  // Weights may have mixed signs (a deposit deduction makes a rate negative); only their sum's
  // sign matters for the proportions, so make it positive and divide with floors, which keeps
  // every remainder in [0, sum) and the missing units below the number of parts.
  const flip = weights.reduce((sum, weight) => sum + weight, 0n) < 0n ? -1n : 1n;
  const positive = weights.map((weight) => weight * flip);
  const weightSum = positive.reduce((sum, weight) => sum + weight, 0n);
  if (weightSum === 0n) return weights.map((_, index) => (index === 0 ? total : 0n));
  const sign = total < 0n ? -1n : 1n;
  const magnitude = total * sign;
  const floorDiv = (n: bigint, d: bigint) => (n >= 0n ? n / d : -((-n + d - 1n) / d));
  const floors = positive.map((weight) => floorDiv(magnitude * weight, weightSum));
  const remainders = positive.map((weight, index) => ({
    index,
    rest: magnitude * weight - floors[index]! * weightSum,
  }));
  let missing = magnitude - floors.reduce((sum, part) => sum + part, 0n);
  remainders.sort((a, b) => (b.rest === a.rest ? a.index - b.index : b.rest > a.rest ? 1 : -1));
  for (const { index } of remainders) {
    if (missing === 0n) break;
    floors[index]! += 1n;
    missing -= 1n;
  }
  return floors.map((part) => part * sign);
}
