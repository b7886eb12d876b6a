import { db } from "@/lib/db/prisma";
import { calendarDate } from "@/lib/documents/calendar-date";
import { createCreditNote } from "@/lib/documents/credit-notes/create-credit-note";
import { recordPayment } from "@/lib/payments/record-payment";
import { listInvoicePayments } from "@/lib/payments/list-invoice-payments";
import { testMeta } from "../../support/factories";
import {
  documentOrganization,
  insertDocument,
  issuedInvoice,
  markIssued,
  type FixtureLine,
} from "../../support/issued-document-factories";
import { expectAppError } from "../../support/member-factories";

// Credit notes (avoirs): created as drafts from an issued invoice, full, by lines or by an
// amount; issuing one adds its total to the invoice's creditedCents (trigger), which the
// derived status and balance read.

const today = calendarDate();
const twoRates: FixtureLine[] = [
  { description: "Installation", quantityMilli: 3000, unitPriceCents: 25_000, vatRateBps: 2000 },
  { description: "Matériel", quantityMilli: 2000, unitPriceCents: 10_000, vatRateBps: 550 },
];
// 750,00 HT + 150,00 VAT; 200,00 HT + 11,00 VAT → 1 111,00 TTC

async function withLines(id: string) {
  return db.document.findUniqueOrThrow({ where: { id }, include: { lines: { orderBy: { position: "asc" } } } });
}

describe("createCreditNote", () => {
  it("full: copies every line; issued, the invoice is CANCELLED", async () => {
    const { organization, member, client } = await documentOrganization();
    const invoice = await issuedInvoice(organization.id, client.id, {
      lines: twoRates,
      discount: { kind: "PERCENT", value: 500 },
    });
    const created = await createCreditNote(member, { invoiceId: invoice.id, mode: "FULL" }, testMeta());
    expect(created.totalInclVatCents).toBe(invoice.totalInclVatCents);
    const creditNote = await withLines(created.documentId);
    expect(creditNote).toMatchObject({
      type: "CREDIT_NOTE",
      status: "DRAFT",
      number: null,
      creditedInvoiceId: invoice.id,
      clientId: client.id,
      discountKind: "PERCENT",
      discountValue: 500,
      totalExclVatCents: invoice.totalExclVatCents,
      totalVatCents: invoice.totalVatCents,
    });
    expect(
      creditNote.lines.map((line) => [line.description, line.quantityMilli, line.unitPriceCents, line.vatRateBps]),
    ).toEqual([
      ["Installation", 3000, 25_000, 2000],
      ["Matériel", 2000, 10_000, 550],
    ]);
    const audit = await db.auditLog.findFirstOrThrow({
      where: { organizationId: organization.id, action: "document.created", targetId: created.documentId },
    });
    expect(audit.metadata).toMatchObject({ type: "CREDIT_NOTE", creditedInvoiceId: invoice.id, mode: "FULL" });

    await markIssued(created.documentId);
    const { invoice: state } = await listInvoicePayments(member, invoice.id);
    expect(state).toMatchObject({
      creditedCents: invoice.totalInclVatCents,
      balanceCents: 0,
      displayStatus: "CANCELLED",
    });
    // Nothing left to credit or to pay.
    const again = await expectAppError(
      createCreditNote(member, { invoiceId: invoice.id, mode: "FULL" }, testMeta()),
      "credit_exceeds_invoice",
    );
    expect(again.details.remainingCents).toBe(0);
    await expectAppError(
      recordPayment(member, invoice.id, { date: today, amount: "1", method: "CASH" }, testMeta()),
      "payment_exceeds_balance",
    );
  });

  it("by lines: a partial credit note reduces the balance", async () => {
    const { organization, member, client } = await documentOrganization();
    const invoice = await issuedInvoice(organization.id, client.id, { lines: twoRates });
    const created = await createCreditNote(
      member,
      {
        invoiceId: invoice.id,
        mode: "LINES",
        lines: [
          {
            description: "Installation (1 jour non effectué)",
            quantity: "1",
            unit: "day",
            unitPrice: "250",
            vatRate: "2000",
          },
        ],
      },
      testMeta(),
    );
    expect(created).toMatchObject({ totalInclVatCents: 30_000, remainingCents: 111_100 });
    await markIssued(created.documentId);
    await recordPayment(member, invoice.id, { date: today, amount: "500", method: "TRANSFER" }, testMeta());
    const { invoice: state } = await listInvoicePayments(member, invoice.id);
    expect(state).toMatchObject({
      creditedCents: 30_000,
      paidCents: 50_000,
      balanceCents: 31_100,
      displayStatus: "PARTIALLY_PAID",
    });
    // The rest can still be credited, not more.
    const over = await expectAppError(
      createCreditNote(member, { invoiceId: invoice.id, mode: "AMOUNT", amount: "811,01" }, testMeta()),
      "credit_exceeds_invoice",
    );
    expect(over.details.remainingCents).toBe(81_100);
  });

  it("by amount incl. VAT: split over the invoice's rates, total exact", async () => {
    const { organization, member, client } = await documentOrganization();
    const invoice = await issuedInvoice(organization.id, client.id, { lines: twoRates });
    const created = await createCreditNote(
      member,
      { invoiceId: invoice.id, mode: "AMOUNT", amount: "100,00" },
      testMeta(),
    );
    expect(created.totalInclVatCents).toBe(10_000);
    const creditNote = await withLines(created.documentId);
    expect(creditNote.pricesIncludeVat).toBe(true);
    expect(creditNote.lines.map((line) => [line.vatRateBps, line.unitPriceCents])).toEqual([
      [2000, 8101], // 900/1111 of 100,00
      [550, 1899],
    ]);
    expect(creditNote.lines[0]!.description).toBe(
      `Avoir sur la facture ${invoice.number} du ${today.split("-").reverse().join("/")} (TVA 20\u00a0%)`,
    );
  });

  it("over-crediting is refused by the function and by the database", async () => {
    const { organization, member, client } = await documentOrganization();
    const invoice = await issuedInvoice(organization.id, client.id); // 1 200,00 TTC
    await expectAppError(
      createCreditNote(member, { invoiceId: invoice.id, mode: "AMOUNT", amount: "1200,01" }, testMeta()),
      "credit_exceeds_invoice",
    );
    // Two drafts of 700,00 each pass creation (each alone fits); the second issue is refused.
    const first = await createCreditNote(member, { invoiceId: invoice.id, mode: "AMOUNT", amount: "700" }, testMeta());
    const second = await createCreditNote(member, { invoiceId: invoice.id, mode: "AMOUNT", amount: "700" }, testMeta());
    await markIssued(first.documentId);
    await expect(markIssued(second.documentId)).rejects.toThrow(/facturo:credit_exceeds_invoice/);
    // Created after the first issue, the function itself refuses.
    const error = await expectAppError(
      createCreditNote(member, { invoiceId: invoice.id, mode: "AMOUNT", amount: "700" }, testMeta()),
      "credit_exceeds_invoice",
    );
    expect(error.details.remainingCents).toBe(50_000);
    expect((await db.document.findUniqueOrThrow({ where: { id: invoice.id } })).creditedCents).toBe(70_000);
  });

  it("only issued invoices and deposit invoices are credited", async () => {
    const { organization, member, client } = await documentOrganization();
    const line = [{ unitPriceCents: 10_000, vatRateBps: 2000 }];
    const draft = await insertDocument({
      organizationId: organization.id,
      clientId: client.id,
      type: "INVOICE",
      status: "DRAFT",
      lines: line,
    });
    await expectAppError(
      createCreditNote(member, { invoiceId: draft.id, mode: "FULL" }, testMeta()),
      "credit_note_target_not_issued",
    );
    const quote = await insertDocument({
      organizationId: organization.id,
      clientId: client.id,
      type: "QUOTE",
      status: "SENT",
      lines: line,
    });
    await expectAppError(
      createCreditNote(member, { invoiceId: quote.id, mode: "FULL" }, testMeta()),
      "invoice_not_found",
    );
    const deposit = await insertDocument({
      organizationId: organization.id,
      clientId: client.id,
      type: "DEPOSIT_INVOICE",
      status: "ISSUED",
      lines: line,
    });
    const created = await createCreditNote(member, { invoiceId: deposit.id, mode: "FULL" }, testMeta());
    expect(created.totalInclVatCents).toBe(12_000);
  });

  it("validates the input: mode, lines, zero total, another organization's article", async () => {
    const { organization, member, client } = await documentOrganization();
    const other = await documentOrganization();
    const foreignArticle = await db.article.create({
      data: {
        organizationId: other.organization.id,
        name: "Ailleurs",
        unit: "piece",
        unitPriceCents: 100,
        vatRateBps: 2000,
      },
    });
    const invoice = await issuedInvoice(organization.id, client.id);
    const mode = await expectAppError(
      createCreditNote(member, { invoiceId: invoice.id, mode: "HALF" }, testMeta()),
      "invalid_input",
    );
    expect(mode.details.fieldErrors).toEqual({ mode: ["credit_note_mode_invalid"] });
    const empty = await expectAppError(
      createCreditNote(member, { invoiceId: invoice.id, mode: "LINES", lines: [] }, testMeta()),
      "invalid_input",
    );
    expect(empty.details.fieldErrors).toEqual({ lines: ["lines_required"] });
    await expectAppError(
      createCreditNote(
        member,
        {
          invoiceId: invoice.id,
          mode: "LINES",
          lines: [{ description: "Geste", quantity: "1", unit: "flat", unitPrice: "0", vatRate: "2000" }],
        },
        testMeta(),
      ),
      "credit_note_empty",
    );
    const article = await expectAppError(
      createCreditNote(
        member,
        {
          invoiceId: invoice.id,
          mode: "LINES",
          lines: [
            {
              articleId: foreignArticle.id,
              description: "X",
              quantity: "1",
              unit: "piece",
              unitPrice: "1",
              vatRate: "2000",
            },
          ],
        },
        testMeta(),
      ),
      "invalid_input",
    );
    expect(article.details.fieldErrors).toEqual({ "lines.0.articleId": ["article_not_found"] });
    expect(await db.document.count({ where: { creditedInvoiceId: invoice.id } })).toBe(0);
  });
});

describe("credit note of a final invoice with a deposit deduction", () => {
  it("copies the deduction lines with their deposit, so the total is the invoice's", async () => {
    const { organization, member, client } = await documentOrganization();
    const deposit = await issuedInvoice(organization.id, client.id, { type: "DEPOSIT_INVOICE" });
    const draft = await insertDocument({
      organizationId: organization.id,
      clientId: client.id,
      type: "INVOICE",
      status: "DRAFT",
      lines: [
        { unitPriceCents: 300_000, vatRateBps: 2000 },
        { description: "Acompte", unitPriceCents: -100_000, vatRateBps: 2000 },
      ],
    });
    await db.documentLine.updateMany({
      where: { documentId: draft.id, position: 2 },
      data: { deductedDocumentId: deposit.id },
    });
    await markIssued(draft.id);
    const created = await createCreditNote(member, { invoiceId: draft.id, mode: "FULL" }, testMeta());
    expect(created.totalInclVatCents).toBe(240_000);
    const lines = await db.documentLine.findMany({
      where: { documentId: created.documentId },
      orderBy: { position: "asc" },
    });
    expect(lines.map((line) => [line.unitPriceCents, line.deductedDocumentId])).toEqual([
      [300_000, null],
      [-100_000, deposit.id],
    ]);
  });
});
