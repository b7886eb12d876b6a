import { db } from "@/lib/db/prisma";
import { addDays, calendarDate } from "@/lib/documents/calendar-date";
import { computeTotals, type RateTotals } from "@/lib/documents/totals/compute-totals";
import { acceptQuote } from "@/lib/documents/quotes/accept-quote";
import { convertQuoteToDeposit, convertQuoteToInvoice } from "@/lib/documents/quotes/convert-quote";
import { declineQuote } from "@/lib/documents/quotes/decline-quote";
import { releaseQuoteOfDeletedDraft } from "@/lib/documents/quotes/release-quote";
import { testMeta } from "../../support/factories";
import {
  documentOrganization,
  insertDocument,
  markIssued,
  sentQuote,
  type FixtureLine,
} from "../../support/issued-document-factories";
import { expectAppError } from "../../support/member-factories";

// Quote lifecycle after sending: accept / decline / expiry, deposits, the final invoice
// deducting issued deposits with totals from computeTotals.

const today = calendarDate();

/** Three lines at two VAT rates: 1 080,00 € HT at 20 %, 355,00 € HT at 10 % → 1 686,50 € TTC. */
const threeLines: FixtureLine[] = [
  { description: "Conception", quantityMilli: 2000, unitPriceCents: 45_000, vatRateBps: 2000 },
  { description: "Réunions", quantityMilli: 1500, unitPriceCents: 12_000, vatRateBps: 2000 },
  { description: "Fournitures", quantityMilli: 10_000, unitPriceCents: 3550, vatRateBps: 1000 },
];

async function documentWithLines(id: string) {
  return db.document.findUniqueOrThrow({
    where: { id },
    include: { lines: { orderBy: { position: "asc" } } },
  });
}

function rate(byRate: unknown, vatRateBps: number): RateTotals {
  const found = (byRate as RateTotals[]).find((entry) => entry.vatRateBps === vatRateBps);
  if (!found) throw new Error(`no rate ${vatRateBps}`);
  return found;
}

/** Totals recomputed from a stored document's lines: must equal the stored columns. */
function recomputed(document: Awaited<ReturnType<typeof documentWithLines>>) {
  return computeTotals({
    lines: document.lines.map((line) => ({
      quantityMilli: line.quantityMilli,
      unitPriceCents: line.unitPriceCents,
      vatRateBps: line.vatRateBps,
      discount:
        line.discountKind === null || line.discountValue === null
          ? null
          : line.discountKind === "PERCENT"
            ? { kind: "percent" as const, bps: line.discountValue }
            : { kind: "amount" as const, cents: line.discountValue },
    })),
    discount:
      document.discountKind === null || document.discountValue === null
        ? null
        : document.discountKind === "PERCENT"
          ? { kind: "percent" as const, bps: document.discountValue }
          : { kind: "amount" as const, cents: document.discountValue },
    pricesIncludeVat: document.pricesIncludeVat,
    vatExempt: document.vatExempt,
  });
}

describe("accept / decline / expiry", () => {
  it("a sent quote is accepted once; answering again is refused", async () => {
    const { organization, member, client } = await documentOrganization();
    const quote = await sentQuote(organization.id, client.id);
    const accepted = await acceptQuote(member, quote.id, testMeta());
    expect(accepted).toMatchObject({ id: quote.id, status: "ACCEPTED", displayStatus: "ACCEPTED" });
    expect(accepted.acceptedAt).toBeInstanceOf(Date);
    await expectAppError(acceptQuote(member, quote.id, testMeta()), "quote_not_sent");
    const declined = await expectAppError(declineQuote(member, quote.id, testMeta()), "quote_not_sent");
    expect(declined.details.status).toBe("ACCEPTED");
    expect(
      await db.auditLog.count({
        where: { organizationId: organization.id, action: "quote.accepted", targetId: quote.id },
      }),
    ).toBe(1);
  });

  it("a sent quote is declined; it can then be neither accepted nor invoiced", async () => {
    const { organization, member, client } = await documentOrganization();
    const quote = await sentQuote(organization.id, client.id);
    const declined = await declineQuote(member, quote.id, testMeta());
    expect(declined).toMatchObject({ status: "DECLINED", displayStatus: "DECLINED" });
    expect(declined.declinedAt).toBeInstanceOf(Date);
    await expectAppError(acceptQuote(member, quote.id, testMeta()), "quote_not_sent");
    await expectAppError(convertQuoteToInvoice(member, quote.id, testMeta()), "quote_not_convertible");
    await expectAppError(
      convertQuoteToDeposit(member, quote.id, { kind: "PERCENT", value: "30" }, testMeta()),
      "quote_not_convertible",
    );
    expect(
      await db.auditLog.count({
        where: { organizationId: organization.id, action: "quote.declined", targetId: quote.id },
      }),
    ).toBe(1);
  });

  it("EXPIRED is derived once the validity date has passed: no accept, decline or conversion", async () => {
    const { organization, member, client } = await documentOrganization();
    const lastDay = await sentQuote(organization.id, client.id, { issueDate: addDays(today, -30), validUntil: today });
    expect((await acceptQuote(member, lastDay.id, testMeta())).displayStatus).toBe("ACCEPTED");

    const quote = await sentQuote(organization.id, client.id, {
      issueDate: addDays(today, -31),
      validUntil: addDays(today, -1),
    });
    const error = await expectAppError(acceptQuote(member, quote.id, testMeta()), "quote_expired");
    expect(error.details.validUntil).toBe(addDays(today, -1));
    await expectAppError(declineQuote(member, quote.id, testMeta()), "quote_expired");
    await expectAppError(convertQuoteToInvoice(member, quote.id, testMeta()), "quote_expired");
    await expectAppError(
      convertQuoteToDeposit(member, quote.id, { kind: "AMOUNT", value: "100" }, testMeta()),
      "quote_expired",
    );
    const row = await db.document.findUniqueOrThrow({ where: { id: quote.id } });
    expect(row.status).toBe("SENT"); // stored lifecycle unchanged; EXPIRED is derived
  });

  it("a draft quote is neither answered nor converted", async () => {
    const { organization, member, client } = await documentOrganization();
    const draft = await insertDocument({
      organizationId: organization.id,
      clientId: client.id,
      type: "QUOTE",
      status: "DRAFT",
      lines: threeLines,
    });
    const error = await expectAppError(acceptQuote(member, draft.id, testMeta()), "quote_not_sent");
    expect(error.details.status).toBe("DRAFT");
    await expectAppError(convertQuoteToInvoice(member, draft.id, testMeta()), "quote_not_convertible");
  });

  it("an invoice id is not a quote", async () => {
    const { organization, member, client } = await documentOrganization();
    const invoice = await insertDocument({
      organizationId: organization.id,
      clientId: client.id,
      type: "INVOICE",
      status: "ISSUED",
      lines: threeLines,
    });
    await expectAppError(acceptQuote(member, invoice.id, testMeta()), "quote_not_found");
    await expectAppError(convertQuoteToInvoice(member, invoice.id, testMeta()), "quote_not_found");
  });
});

describe("deposit 30 % then final invoice", () => {
  it("deducts the issued deposit: final TTC = quote TTC − deposit TTC, per VAT rate", async () => {
    const { organization, member, client } = await documentOrganization();
    const quote = await sentQuote(organization.id, client.id, { lines: threeLines });
    expect(quote.totalInclVatCents).toBe(168_650);
    await acceptQuote(member, quote.id, testMeta());

    const deposit = await convertQuoteToDeposit(member, quote.id, { kind: "PERCENT", value: "30 %" }, testMeta());
    expect(deposit.amountCents).toBe(50_595);
    expect(deposit.quote.status).toBe("ACCEPTED");
    const depositRow = await documentWithLines(deposit.documentId);
    expect(depositRow).toMatchObject({
      type: "DEPOSIT_INVOICE",
      status: "DRAFT",
      sourceQuoteId: quote.id,
      clientId: client.id,
      depositPercentBps: 3000,
      pricesIncludeVat: true,
      totalInclVatCents: 50_595,
    });
    // One line per VAT rate, split in proportion to the quote's totals incl. VAT.
    expect(depositRow.lines.map((line) => [line.vatRateBps, line.unitPriceCents, line.quantityMilli])).toEqual([
      [2000, 38_880, 1000],
      [1000, 11_715, 1000],
    ]);
    expect(depositRow.lines[0]!.description).toBe(
      `Acompte de 30\u00a0% sur le devis ${quote.number} du ${frDate(today)} (TVA 20\u00a0%)`,
    );
    expect(rate(depositRow.vatBreakdown, 2000)).toMatchObject({
      baseCents: 32_400,
      vatCents: 6480,
      totalCents: 38_880,
    });
    expect(rate(depositRow.vatBreakdown, 1000)).toMatchObject({
      baseCents: 10_650,
      vatCents: 1065,
      totalCents: 11_715,
    });
    expect(recomputed(depositRow).totalInclVatCents).toBe(depositRow.totalInclVatCents);

    const issuedDeposit = await markIssued(deposit.documentId);

    const final = await convertQuoteToInvoice(member, quote.id, testMeta());
    expect(final.deductedDepositIds).toEqual([deposit.documentId]);
    expect(final.quote).toMatchObject({ status: "INVOICED", displayStatus: "INVOICED" });
    const invoice = await documentWithLines(final.documentId);
    expect(invoice).toMatchObject({
      type: "INVOICE",
      status: "DRAFT",
      number: null,
      sourceQuoteId: quote.id,
      clientId: client.id,
      pricesIncludeVat: false,
    });
    // The quote's three lines, then one deduction per VAT rate of the deposit.
    expect(
      invoice.lines.map((line) => [line.description, line.unitPriceCents, line.vatRateBps, line.deductedDocumentId]),
    ).toEqual([
      ["Conception", 45_000, 2000, null],
      ["Réunions", 12_000, 2000, null],
      ["Fournitures", 3550, 1000, null],
      [`Acompte ${issuedDeposit.number} du ${frDate(today)} (TVA 20\u00a0%)`, -32_400, 2000, deposit.documentId],
      [`Acompte ${issuedDeposit.number} du ${frDate(today)} (TVA 10\u00a0%)`, -10_650, 1000, deposit.documentId],
    ]);
    expect(invoice.totalInclVatCents).toBe(quote.totalInclVatCents - depositRow.totalInclVatCents);
    for (const vatRateBps of [2000, 1000]) {
      const quoteRate = rate(quote.vatBreakdown, vatRateBps);
      const depositRate = rate(depositRow.vatBreakdown, vatRateBps);
      const finalRate = rate(invoice.vatBreakdown, vatRateBps);
      expect(finalRate.baseCents).toBe(quoteRate.baseCents - depositRate.baseCents);
      expect(finalRate.vatCents).toBe(quoteRate.vatCents - depositRate.vatCents);
      expect(finalRate.totalCents).toBe(quoteRate.totalCents - depositRate.totalCents);
    }
    expect(rate(invoice.vatBreakdown, 2000)).toMatchObject({ baseCents: 75_600, vatCents: 15_120, totalCents: 90_720 });
    expect(rate(invoice.vatBreakdown, 1000)).toMatchObject({ baseCents: 24_850, vatCents: 2485, totalCents: 27_335 });
    const again = recomputed(invoice);
    expect([again.totalExclVatCents, again.totalVatCents, again.totalInclVatCents]).toEqual([
      invoice.totalExclVatCents,
      invoice.totalVatCents,
      invoice.totalInclVatCents,
    ]);
    expect(invoice.lines.map((line) => line.netCents)).toEqual(again.lines.map((line) => line.netCents));

    // INVOICED: no second final invoice, no more deposits.
    await expectAppError(convertQuoteToInvoice(member, quote.id, testMeta()), "quote_not_convertible");
    await expectAppError(
      convertQuoteToDeposit(member, quote.id, { kind: "PERCENT", value: "10" }, testMeta()),
      "quote_not_convertible",
    );
    const audits = await db.auditLog.findMany({
      where: { organizationId: organization.id, action: "quote.converted", targetId: quote.id },
      orderBy: { createdAt: "asc" },
    });
    expect(audits.map((audit) => (audit.metadata as { to: string }).to)).toEqual(["DEPOSIT_INVOICE", "INVOICE"]);
  });

  it("a sent quote converted to a deposit becomes ACCEPTED; an amount incl. VAT is split exactly", async () => {
    const { organization, member, client } = await documentOrganization();
    const quote = await sentQuote(organization.id, client.id, { lines: threeLines });
    const deposit = await convertQuoteToDeposit(member, quote.id, { kind: "AMOUNT", value: "1 000,00" }, testMeta());
    expect(deposit.quote.status).toBe("ACCEPTED");
    expect(deposit.quote.acceptedAt).toBeInstanceOf(Date);
    const row = await documentWithLines(deposit.documentId);
    expect(row.totalInclVatCents).toBe(100_000);
    expect(row.depositPercentBps).toBeNull();
    expect(row.lines.reduce((sum, line) => sum + line.unitPriceCents, 0)).toBe(100_000);
    expect(row.lines[0]!.description).toBe(`Acompte sur le devis ${quote.number} du ${frDate(today)} (TVA 20\u00a0%)`);
  });

  it("deposits never exceed the quote total (drafts count), and the remaining amount is given", async () => {
    const { organization, member, client } = await documentOrganization();
    const quote = await sentQuote(organization.id, client.id, { lines: threeLines });
    await convertQuoteToDeposit(member, quote.id, { kind: "PERCENT", value: "60" }, testMeta());
    const error = await expectAppError(
      convertQuoteToDeposit(member, quote.id, { kind: "PERCENT", value: "41" }, testMeta()),
      "deposit_exceeds_quote",
    );
    expect(error.details.remainingCents).toBe(168_650 - 101_190);
    await expectAppError(
      convertQuoteToDeposit(member, quote.id, { kind: "AMOUNT", value: "674,61" }, testMeta()),
      "deposit_exceeds_quote",
    );
    const rest = await convertQuoteToDeposit(member, quote.id, { kind: "AMOUNT", value: "674,60" }, testMeta());
    expect(rest.amountCents).toBe(67_460);
    expect(await db.document.count({ where: { sourceQuoteId: quote.id, type: "DEPOSIT_INVOICE" } })).toBe(2);
  });

  it("validates the deposit input", async () => {
    const { organization, member, client } = await documentOrganization();
    const quote = await sentQuote(organization.id, client.id, { lines: threeLines });
    const percent = await expectAppError(
      convertQuoteToDeposit(member, quote.id, { kind: "PERCENT", value: "120" }, testMeta()),
      "invalid_input",
    );
    expect(percent.details.fieldErrors).toEqual({ value: ["deposit_percent_range"] });
    const amount = await expectAppError(
      convertQuoteToDeposit(member, quote.id, { kind: "AMOUNT", value: "0" }, testMeta()),
      "invalid_input",
    );
    expect(amount.details.fieldErrors).toEqual({ value: ["deposit_amount_positive"] });
    const kind = await expectAppError(
      convertQuoteToDeposit(member, quote.id, { kind: "HALF", value: "1" }, testMeta()),
      "invalid_input",
    );
    expect(kind.details.fieldErrors).toEqual({ kind: ["deposit_kind_invalid"] });
    expect(await db.document.count({ where: { sourceQuoteId: quote.id } })).toBe(0);
  });

  it("a deposit still in draft blocks the final invoice", async () => {
    const { organization, member, client } = await documentOrganization();
    const quote = await sentQuote(organization.id, client.id, { lines: threeLines });
    const deposit = await convertQuoteToDeposit(member, quote.id, { kind: "PERCENT", value: "30" }, testMeta());
    const error = await expectAppError(convertQuoteToInvoice(member, quote.id, testMeta()), "deposit_draft_pending");
    expect(error.details.documentIds).toEqual([deposit.documentId]);
    expect((await db.document.findUniqueOrThrow({ where: { id: quote.id } })).status).toBe("ACCEPTED");
  });

  it("without deposits the final invoice is the quote: same lines, discount and totals", async () => {
    const { organization, member, client } = await documentOrganization();
    const quote = await sentQuote(organization.id, client.id, {
      lines: [{ ...threeLines[0]!, discount: { kind: "PERCENT", value: 500 } }, threeLines[1]!, threeLines[2]!],
      discount: { kind: "AMOUNT", value: 5000 },
    });
    const final = await convertQuoteToInvoice(member, quote.id, testMeta());
    expect(final.quote.status).toBe("INVOICED");
    expect(final.quote.acceptedAt).toBeInstanceOf(Date);
    const invoice = await documentWithLines(final.documentId);
    expect(invoice).toMatchObject({ discountKind: "AMOUNT", discountValue: 5000 });
    expect(invoice.lines).toHaveLength(3);
    expect(invoice.lines[0]).toMatchObject({ discountKind: "PERCENT", discountValue: 500 });
    expect([invoice.totalExclVatCents, invoice.totalVatCents, invoice.totalInclVatCents]).toEqual([
      quote.totalExclVatCents,
      quote.totalVatCents,
      quote.totalInclVatCents,
    ]);
  });

  it("a quote with a percent discount and a deposit: the discount becomes the same amount, total excl. VAT exact", async () => {
    const { organization, member, client } = await documentOrganization();
    const quote = await sentQuote(organization.id, client.id, {
      lines: threeLines,
      discount: { kind: "PERCENT", value: 1000 },
    });
    expect(quote.discountCents).toBe(14_350);
    const deposit = await convertQuoteToDeposit(member, quote.id, { kind: "PERCENT", value: "30" }, testMeta());
    await markIssued(deposit.documentId);
    const depositRow = await documentWithLines(deposit.documentId);
    const final = await convertQuoteToInvoice(member, quote.id, testMeta());
    const invoice = await documentWithLines(final.documentId);
    // As a percentage the discount would also take 10 % off the deductions.
    expect(invoice).toMatchObject({ discountKind: "AMOUNT", discountValue: 14_350, discountCents: 14_350 });
    expect(invoice.lines).toHaveLength(5);
    expect(invoice.totalExclVatCents).toBe(quote.totalExclVatCents - depositRow.totalExclVatCents);
    // Per rate, the amount is spread over lines that now include the deductions: a few cents
    // may move between rates (here 0), and each invoice rounds its own VAT.
    for (const vatRateBps of [2000, 1000]) {
      const expected =
        rate(quote.vatBreakdown, vatRateBps).totalCents - rate(depositRow.vatBreakdown, vatRateBps).totalCents;
      expect(Math.abs(rate(invoice.vatBreakdown, vatRateBps).totalCents - expected)).toBeLessThanOrEqual(1);
    }
    expect(
      Math.abs(invoice.totalInclVatCents - (quote.totalInclVatCents - depositRow.totalInclVatCents)),
    ).toBeLessThanOrEqual(1);
  });

  it("prices incl. VAT: the deduction is the deposit's total per rate, so TTC subtracts exactly", async () => {
    const { organization, member, client } = await documentOrganization();
    const quote = await sentQuote(organization.id, client.id, {
      pricesIncludeVat: true,
      lines: [
        { unitPriceCents: 50_000, vatRateBps: 1000 },
        { unitPriceCents: 12_345, vatRateBps: 550 },
      ],
    });
    const deposit = await convertQuoteToDeposit(member, quote.id, { kind: "PERCENT", value: "33" }, testMeta());
    await markIssued(deposit.documentId);
    const depositRow = await documentWithLines(deposit.documentId);
    const invoice = await documentWithLines((await convertQuoteToInvoice(member, quote.id, testMeta())).documentId);
    expect(invoice.pricesIncludeVat).toBe(true);
    for (const vatRateBps of [1000, 550]) {
      expect(rate(invoice.vatBreakdown, vatRateBps).totalCents).toBe(
        rate(quote.vatBreakdown, vatRateBps).totalCents - rate(depositRow.vatBreakdown, vatRateBps).totalCents,
      );
    }
  });

  it("prices excl. VAT: bases subtract exactly; each invoice rounds its own VAT (a cent per rate at most)", async () => {
    const { organization, member, client } = await documentOrganization();
    // 10,01 € HT at 5,5 %: VAT 0,55, TTC 10,56. A 30 % deposit is 3,17 TTC = 3,00 HT + 0,17 VAT.
    const quote = await sentQuote(organization.id, client.id, { lines: [{ unitPriceCents: 1001, vatRateBps: 550 }] });
    const deposit = await convertQuoteToDeposit(member, quote.id, { kind: "PERCENT", value: "30" }, testMeta());
    await markIssued(deposit.documentId);
    const depositRow = await documentWithLines(deposit.documentId);
    expect(rate(depositRow.vatBreakdown, 550)).toMatchObject({ baseCents: 300, vatCents: 17, totalCents: 317 });
    const invoice = await documentWithLines((await convertQuoteToInvoice(member, quote.id, testMeta())).documentId);
    // Final: 7,01 HT, VAT round(7,01 × 5,5 %) = 0,39 → 7,40; 3,17 + 7,40 = 10,57 (quote: 10,56).
    expect(rate(invoice.vatBreakdown, 550)).toMatchObject({ baseCents: 701, vatCents: 39, totalCents: 740 });
    expect(invoice.totalExclVatCents + depositRow.totalExclVatCents).toBe(quote.totalExclVatCents);
    expect(
      Math.abs(invoice.totalInclVatCents + depositRow.totalInclVatCents - quote.totalInclVatCents),
    ).toBeLessThanOrEqual(1);
  });

  it("a deposit cancelled by a credit note is not deducted", async () => {
    const { organization, member, client } = await documentOrganization();
    const quote = await sentQuote(organization.id, client.id, { lines: threeLines });
    const kept = await convertQuoteToDeposit(member, quote.id, { kind: "PERCENT", value: "20" }, testMeta());
    const cancelled = await convertQuoteToDeposit(member, quote.id, { kind: "PERCENT", value: "10" }, testMeta());
    await markIssued(kept.documentId);
    const cancelledRow = await markIssued(cancelled.documentId);
    const cancelledLines = await db.documentLine.findMany({ where: { documentId: cancelled.documentId } });
    const creditNote = await insertDocument({
      organizationId: organization.id,
      clientId: client.id,
      type: "CREDIT_NOTE",
      status: "DRAFT",
      pricesIncludeVat: true,
      lines: cancelledLines.map((line) => ({ unitPriceCents: line.unitPriceCents, vatRateBps: line.vatRateBps })),
      creditedInvoiceId: cancelledRow.id,
    });
    await markIssued(creditNote.id);

    const final = await convertQuoteToInvoice(member, quote.id, testMeta());
    expect(final.deductedDepositIds).toEqual([kept.documentId]);
    const invoice = await documentWithLines(final.documentId);
    expect(new Set(invoice.lines.map((line) => line.deductedDocumentId).filter(Boolean))).toEqual(
      new Set([kept.documentId]),
    );
  });
});

describe("deleting the draft final invoice", () => {
  it("releaseQuoteOfDeletedDraft puts the quote back to ACCEPTED", async () => {
    const { organization, member, client } = await documentOrganization();
    const quote = await sentQuote(organization.id, client.id, { lines: threeLines });
    const final = await convertQuoteToInvoice(member, quote.id, testMeta());
    const released = await db.$transaction(async (tx) => {
      const draft = await tx.document.delete({ where: { id: final.documentId } });
      return releaseQuoteOfDeletedDraft(tx, draft);
    });
    expect(released).toBe(quote.id);
    expect((await db.document.findUniqueOrThrow({ where: { id: quote.id } })).status).toBe("ACCEPTED");
    // And it can be invoiced again.
    await convertQuoteToInvoice(member, quote.id, testMeta());
  });

  it("does nothing for a deposit draft or a plain invoice", async () => {
    const { organization, member, client } = await documentOrganization();
    const quote = await sentQuote(organization.id, client.id, { lines: threeLines });
    const deposit = await convertQuoteToDeposit(member, quote.id, { kind: "PERCENT", value: "30" }, testMeta());
    const released = await db.$transaction(async (tx) => {
      const draft = await tx.document.delete({ where: { id: deposit.documentId } });
      return releaseQuoteOfDeletedDraft(tx, draft);
    });
    expect(released).toBeNull();
    expect((await db.document.findUniqueOrThrow({ where: { id: quote.id } })).status).toBe("ACCEPTED");
  });
});

function frDate(day: string): string {
  const [year, month, date] = day.split("-");
  return `${date}/${month}/${year}`;
}
