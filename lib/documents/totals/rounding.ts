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
  const weightSum = weights.reduce((sum, weight) => sum + weight, 0n);
  if (weights.length === 0) return [];
  if (weightSum === 0n) return weights.map((_, index) => (index === 0 ? total : 0n));
  const sign = total < 0n ? -1n : 1n;
  const magnitude = total * sign;
  const floors = weights.map((weight) => (magnitude * weight) / weightSum);
  const remainders = weights.map((weight, index) => ({ index, rest: (magnitude * weight) % weightSum }));
  let missing = magnitude - floors.reduce((sum, part) => sum + part, 0n);
  remainders.sort((a, b) => (b.rest === a.rest ? a.index - b.index : b.rest > a.rest ? 1 : -1));
  for (const { index } of remainders) {
    if (missing === 0n) break;
    floors[index]! += 1n;
    missing -= 1n;
  }
  return floors.map((part) => part * sign);
}
