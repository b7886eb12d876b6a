import { db } from "@/lib/db/prisma";
import { lineShares, type ShareGroup } from "@/lib/reports/sales/sales-line-shares";
import { salesHistory } from "./sales-history";

// The database splits each issued document's base and VAT over its lines as it is issued
// (facturo_article_sales_rollup, migration 20261207132248_article_day_sales) and the sales
// report by article reads the sums. lib/reports/sales/sales-line-shares.ts states the rule in
// TypeScript: here the rollup of a history with a discount, two rates, goods and services, a
// deposit and its deduction, a credit note and prices incl. VAT is recomputed line by line with
// it, and both must agree to the cent and the thousandth.

type Sums = { quantityMilli: number; exclVatCents: number; vatCents: number; inclVatCents: number };

function add(map: Map<string, Sums>, key: string, sums: Sums) {
  const row = map.get(key) ?? { quantityMilli: 0, exclVatCents: 0, vatCents: 0, inclVatCents: 0 };
  row.quantityMilli += sums.quantityMilli;
  row.exclVatCents += sums.exclVatCents;
  row.vatCents += sums.vatCents;
  row.inclVatCents += sums.inclVatCents;
  map.set(key, row);
}

async function expectedFromLines(organizationId: string) {
  const documents = await db.document.findMany({
    where: { organizationId, status: "ISSUED", type: { in: ["INVOICE", "DEPOSIT_INVOICE", "CREDIT_NOTE"] } },
    include: { lines: { orderBy: { position: "asc" } }, creditedInvoice: { select: { type: true } } },
  });
  const expected = new Map<string, Sums>();
  for (const d of documents) {
    const sign = d.type === "CREDIT_NOTE" ? -1 : 1;
    const ofDeposit = d.type === "DEPOSIT_INVOICE" || d.creditedInvoice?.type === "DEPOSIT_INVOICE";
    const shares = lineShares({ vatExempt: d.vatExempt, groups: d.vatBreakdown as ShareGroup[], lines: d.lines });
    d.lines.forEach((line, index) => {
      const deposit = ofDeposit || line.deductedDocumentId !== null;
      const key = deposit
        ? "deposits||"
        : line.articleId
          ? `article|${line.articleId}|${line.unit}`
          : `free||${line.unit}`;
      const share = shares[index]!;
      add(expected, `${d.currency}|${d.issueDate!.toISOString().slice(0, 10)}|${key}`, {
        quantityMilli: sign * line.quantityMilli,
        exclVatCents: sign * share.exclVatCents,
        vatCents: sign * share.vatCents,
        inclVatCents: sign * (share.exclVatCents + share.vatCents),
      });
    });
  }
  return expected;
}

describe("facturo_article_sales_rollup", () => {
  it("gives each line the share sales-line-shares.ts gives it", async () => {
    const { member } = await salesHistory();
    const expected = await expectedFromLines(member.organizationId);
    const stored = new Map<string, Sums>();
    for (const row of await db.articleDaySales.findMany({ where: { organizationId: member.organizationId } })) {
      const key = `${row.currency}|${row.day.toISOString().slice(0, 10)}|${row.kind}|${row.articleId}|${row.unit}`;
      add(stored, key, {
        quantityMilli: Number(row.quantityMilli),
        exclVatCents: Number(row.exclVatCents),
        vatCents: Number(row.vatCents),
        inclVatCents: Number(row.inclVatCents),
      });
    }
    // Deposit rows carry no quantity on the report; compare their amounts only.
    for (const map of [expected, stored]) {
      for (const [key, sums] of map) if (key.includes("|deposits|")) sums.quantityMilli = 0;
    }
    expect(expected.size).toBeGreaterThan(5);
    expect([...expected.keys()].some((key) => key.includes("|deposits|"))).toBe(true);
    expect(Object.fromEntries(stored)).toEqual(Object.fromEntries(expected));
  });
});
