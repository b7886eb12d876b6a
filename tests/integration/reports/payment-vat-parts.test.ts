import { db } from "@/lib/db/prisma";
import { splitPayment, type PaidGroup } from "@/lib/reports/vat/split-payment";
import type { VatCategory } from "@/lib/vat/vat-categories";
import { salesHistory } from "./sales-history";

// The database splits each payment over its invoice's VAT groups as it is recorded
// (facturo_payment_vat_parts, migration 20261207131912_vat_received) and the VAT report reads
// the sums. lib/reports/vat/split-payment.ts states the rule in TypeScript: here both split the
// same payments of invoices with one rate, two rates, goods and services mixed, a document
// discount and a deducted deposit, and must agree to the cent.

type Breakdown = { vatCategory?: VatCategory; vatRateBps: number; totalCents: number; vatCents: number }[];

/** The invoice's groups with their services weights, read in JavaScript from its lines. */
async function groupsOf(documentId: string): Promise<PaidGroup[]> {
  const d = await db.document.findUniqueOrThrow({ where: { id: documentId }, include: { lines: true } });
  return (d.vatBreakdown as Breakdown).map((group) => {
    const vatCategory = group.vatCategory ?? (d.vatExempt || group.vatRateBps <= 0 ? "E" : "S");
    const own = d.lines.filter(
      (line) =>
        line.deductedDocumentId === null && line.vatCategory === vatCategory && line.vatRateBps === group.vatRateBps,
    );
    const net = (lines: typeof own) => lines.reduce((sum, line) => sum + line.netCents, 0);
    const weights =
      d.supplyKind === "GOODS"
        ? { servicesWeight: 0, allWeight: 1 }
        : d.supplyKind === "SERVICES"
          ? { servicesWeight: 1, allWeight: 1 }
          : { servicesWeight: net(own.filter((line) => line.kind === "SERVICE")), allWeight: net(own) };
    return {
      vatCategory,
      vatRateBps: group.vatRateBps,
      totalCents: group.totalCents,
      vatCents: group.vatCents,
      ...weights,
    };
  });
}

async function partsInDatabase(documentId: string, amount: number) {
  const rows = await db.$queryRaw<{ vatCategory: string; vatRateBps: number; base: bigint; vat: bigint }[]>`
    SELECT p."vatCategory", p."vatRateBps", p."base", p."vat"
    FROM "Document" d CROSS JOIN LATERAL facturo_payment_vat_parts(d, ${amount}::bigint) p
    WHERE d."id" = ${documentId}`;
  return rows.map((row) => ({
    vatCategory: row.vatCategory,
    vatRateBps: Number(row.vatRateBps),
    baseCents: Number(row.base),
    vatCents: Number(row.vat),
  }));
}

describe("facturo_payment_vat_parts", () => {
  it("splits payments to the cent as split-payment.ts does", async () => {
    const { documents } = await salesHistory();
    const invoices = [documents.invoice1, documents.invoice2, documents.deposit, documents.final, documents.invoice4];
    let compared = 0;
    const kinds = new Set<string>();
    for (const invoice of invoices) {
      const groups = await groupsOf(invoice.id);
      const d = await db.document.findUniqueOrThrow({ where: { id: invoice.id } });
      kinds.add(`${d.supplyKind}/${groups.length}`);
      // Amounts that fall on remainders and ties: tiny, odd, round, the whole total and around it.
      const amounts = [1, 2, 3, 7, 99, 100, 333, 1_001, 33_333, d.totalInclVatCents - 1, d.totalInclVatCents];
      for (let k = 1; k <= 25; k += 1)
        amounts.push(Math.max(1, Math.floor((d.totalInclVatCents * k * 37) / 1000) % d.totalInclVatCents));
      for (const amount of amounts) {
        const expected = splitPayment(amount, groups).map(({ vatCategory, vatRateBps, baseCents, vatCents }) => ({
          vatCategory,
          vatRateBps,
          baseCents,
          vatCents,
        }));
        expect({ invoice: d.number, amount, parts: await partsInDatabase(invoice.id, amount) }).toEqual({
          invoice: d.number,
          amount,
          parts: expected,
        });
        compared += 1;
      }
    }
    expect(compared).toBeGreaterThan(150);
    // Goods and services mixed on one invoice, and invoices with more than one rate, were split.
    expect([...kinds].some((kind) => kind.startsWith("BOTH/"))).toBe(true);
    expect([...kinds].some((kind) => !kind.endsWith("/1"))).toBe(true);
  });
});
