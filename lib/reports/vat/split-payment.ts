import { allocate, roundDiv } from "@/lib/documents/totals/rounding";
import type { VatCategory } from "@/lib/vat/vat-categories";
import type { VatRow } from "./vat-rows";

// VAT on receipts (TVA sur les encaissements, art. 269-2-c CGI: services, unless the
// organization opted for debits): a payment carries VAT in the proportions of the invoice it
// pays. Explicit rounding, so that nothing is lost or invented:
//
// 1. The payment is split over the invoice's VAT groups (category and rate) in proportion to
//    each group's total incl. VAT, by largest remainder (allocate): the parts add up to the
//    payment exactly, to the cent.
// 2. Only services are on receipts (goods are always on debits, art. 269-2-a). A group's
//    services part is part × services / all, rounded half away from zero (see serviceShare).
// 3. The VAT in a services part is part × the group's VAT / the group's total incl. VAT,
//    rounded half away from zero; the base is the rest, so base + VAT = the services part.
//
// The database applies this rule as each payment is recorded (facturo_payment_vat_parts,
// migration 20261207131912_vat_received); this TypeScript is its reference, compared with it
// to the cent in tests/integration/reports/payment-vat-parts.test.ts.

/** A VAT group of the paid invoice (its stored breakdown) and how much of it is services. */
export type PaidGroup = {
  vatCategory: VatCategory;
  vatRateBps: number;
  /** The group's total incl. VAT and its VAT on the invoice. */
  totalCents: number;
  vatCents: number;
  /** Services share of the group as a fraction: services / all (all = 0 means "all services"). */
  servicesWeight: number;
  allWeight: number;
};

export type PaymentPart = VatRow & {
  /** The part of the payment that went to this group, goods included. */
  paidCents: number;
};

/** amount × numerator / denominator, half away from zero; a zero denominator keeps the amount. */
export function scale(amount: bigint, numerator: bigint, denominator: bigint): bigint {
  if (denominator === 0n) return amount;
  return denominator < 0n ? roundDiv(-amount * numerator, -denominator) : roundDiv(amount * numerator, denominator);
}

/** The services part of an amount of a group (step 2). */
export function serviceShare(amount: bigint, group: Pick<PaidGroup, "servicesWeight" | "allWeight">): bigint {
  return scale(amount, BigInt(group.servicesWeight), BigInt(group.allWeight));
}

/** A payment of `amountCents` split over the groups of the invoice it pays (steps 1–3). */
export function splitPayment(amountCents: number, groups: PaidGroup[]): PaymentPart[] {
  const parts = allocate(
    BigInt(amountCents),
    groups.map((group) => BigInt(group.totalCents)),
  );
  return groups.map((group, index) => {
    const paid = parts[index]!;
    const services = serviceShare(paid, group);
    const vat = group.totalCents === 0 ? 0n : scale(services, BigInt(group.vatCents), BigInt(group.totalCents));
    return {
      vatCategory: group.vatCategory,
      vatRateBps: group.vatRateBps,
      paidCents: Number(paid),
      baseCents: Number(services - vat),
      vatCents: Number(vat),
    };
  });
}
