import { db } from "@/lib/db/prisma";
import { addDays, calendarDate } from "@/lib/documents/calendar-date";
import { createDraft } from "@/lib/documents/create-draft";
import { createCreditNote } from "@/lib/documents/credit-notes/create-credit-note";
import { deleteDraft } from "@/lib/documents/delete-draft";
import { issueDocument } from "@/lib/documents/issue-document";
import { acceptQuote } from "@/lib/documents/quotes/accept-quote";
import { convertQuoteToDeposit, convertQuoteToInvoice } from "@/lib/documents/quotes/convert-quote";
import { sendQuote } from "@/lib/documents/quotes/send-quote";
import { updateDraft } from "@/lib/documents/update-draft";
import type { RateTotals } from "@/lib/documents/totals/compute-totals";
import { listInvoicePayments } from "@/lib/payments/list-invoice-payments";
import { recordPayment } from "@/lib/payments/record-payment";
import { testMeta } from "../../support/factories";
import { documentWorkspace, draftInput, lineInput } from "../../support/document-factories";
import { expectAppError } from "../../support/member-factories";

// The whole workflow through the app's own functions, as a new user would run it: a quote
// with 3 lines at 2 VAT rates → send → accept → deposit invoice 30 % → issue it → final
// invoice → issue → partial payment → full payment → PAID; another invoice issued then
// cancelled by a credit note. Plus sendQuote's own rules.

const today = calendarDate();

const threeLines = [
  lineInput({ description: "Conception", quantity: "2", unitPrice: "450,00", vatRate: "2000" }),
  lineInput({ description: "Réunions", quantity: "1,5", unitPrice: "120,00", vatRate: "2000" }),
  lineInput({ description: "Fournitures", quantity: "10", unitPrice: "35,50", vatRate: "1000", kind: "GOODS" }),
];

function rate(byRate: unknown, vatRateBps: number): RateTotals {
  const found = (byRate as RateTotals[]).find((entry) => entry.vatRateBps === vatRateBps);
  if (!found) throw new Error(`no rate ${vatRateBps}`);
  return found;
}

describe("quote → deposit → final invoice → paid", () => {
  it("runs the whole workflow with exact totals", async () => {
    const { member, client } = await documentWorkspace();
    const draft = await createDraft(member, "QUOTE", draftInput(client.id, { lines: threeLines }), testMeta());
    expect(draft.totalInclVatCents).toBe(168_650);

    const sent = await sendQuote(member, draft.id, {}, testMeta());
    expect(sent).toMatchObject({
      status: "SENT",
      displayStatus: "SENT",
      number: `D-${today.slice(0, 4)}-00001`,
      issueDate: today,
    });
    expect(sent.validUntil).toBe(addDays(today, 30));
    const quote = await db.document.findUniqueOrThrow({ where: { id: draft.id } });
    expect(quote.sentAt).toBeInstanceOf(Date);
    expect(quote.sellerSnapshot).toMatchObject({ legalName: "Atelier Test SARL", siren: "552120222" });
    expect(quote.clientSnapshot).toMatchObject({ id: client.id, name: client.name });
    await expectAppError(sendQuote(member, draft.id, {}, testMeta()), "quote_not_draft");

    await acceptQuote(member, draft.id, testMeta());
    const deposit = await convertQuoteToDeposit(member, draft.id, { kind: "PERCENT", value: "30" }, testMeta());
    expect(deposit.amountCents).toBe(50_595);
    const issuedDeposit = await issueDocument(member, deposit.documentId, {}, testMeta());
    expect(issuedDeposit).toMatchObject({ type: "DEPOSIT_INVOICE", totalInclVatCents: 50_595 });
    expect(issuedDeposit.number).toBe(`AC-${today.slice(0, 4)}-00001`);
    await recordPayment(member, deposit.documentId, { date: today, amount: "505,95", method: "TRANSFER" }, testMeta());

    const final = await convertQuoteToInvoice(member, draft.id, testMeta());
    expect(final.quote.status).toBe("INVOICED");
    // Saved from the editor (which sends the quote's lines only), the deductions stay.
    const finalDraft = await db.document.findUniqueOrThrow({ where: { id: final.documentId } });
    const saved = await updateDraft(
      member,
      final.documentId,
      { ...draftInput(client.id, { lines: threeLines }), expectedUpdatedAt: finalDraft.updatedAt.toISOString() },
      testMeta(),
    );
    expect(saved.totalInclVatCents).toBe(168_650 - 50_595);
    const issued = await issueDocument(member, final.documentId, {}, testMeta());
    expect(issued.number).toBe(`F-${today.slice(0, 4)}-00001`);
    expect(issued.totalInclVatCents).toBe(168_650 - 50_595);
    const invoice = await db.document.findUniqueOrThrow({
      where: { id: final.documentId },
      include: { lines: { orderBy: { position: "asc" } } },
    });
    expect(invoice.lines.filter((line) => line.deductedDocumentId === deposit.documentId)).toHaveLength(2);
    const depositRow = await db.document.findUniqueOrThrow({ where: { id: deposit.documentId } });
    for (const vatRateBps of [2000, 1000]) {
      expect(rate(invoice.vatBreakdown, vatRateBps).totalCents).toBe(
        rate(quote.vatBreakdown, vatRateBps).totalCents - rate(depositRow.vatBreakdown, vatRateBps).totalCents,
      );
      expect(rate(invoice.vatBreakdown, vatRateBps).vatCents).toBe(
        rate(quote.vatBreakdown, vatRateBps).vatCents - rate(depositRow.vatBreakdown, vatRateBps).vatCents,
      );
    }

    const partial = await recordPayment(
      member,
      final.documentId,
      { date: today, amount: "500", method: "CHEQUE" },
      testMeta(),
    );
    expect(partial.invoice).toMatchObject({ displayStatus: "PARTIALLY_PAID", balanceCents: 118_055 - 50_000 });
    const full = await recordPayment(
      member,
      final.documentId,
      { date: today, amount: "680,55", method: "TRANSFER" },
      testMeta(),
    );
    expect(full.invoice).toMatchObject({ displayStatus: "PAID", balanceCents: 0 });
  });

  it("another invoice issued, then cancelled by a full credit note", async () => {
    const { member, client } = await documentWorkspace();
    const draft = await createDraft(member, "INVOICE", draftInput(client.id, { lines: threeLines }), testMeta());
    await issueDocument(member, draft.id, {}, testMeta());
    const creditNote = await createCreditNote(member, { invoiceId: draft.id, mode: "FULL" }, testMeta());
    const issued = await issueDocument(member, creditNote.documentId, {}, testMeta());
    expect(issued.number).toBe(`AV-${today.slice(0, 4)}-00001`);
    const { invoice } = await listInvoicePayments(member, draft.id);
    expect(invoice).toMatchObject({ displayStatus: "CANCELLED", creditedCents: 168_650, balanceCents: 0 });
  });

  it("a partial credit note edited as a draft, then issued, reduces the balance", async () => {
    const { member, client } = await documentWorkspace();
    const draft = await createDraft(member, "INVOICE", draftInput(client.id, { lines: threeLines }), testMeta());
    await issueDocument(member, draft.id, {}, testMeta());
    const created = await createCreditNote(
      member,
      { invoiceId: draft.id, mode: "LINES", lines: [threeLines[2]] },
      testMeta(),
    );
    const saved = await db.document.findUniqueOrThrow({ where: { id: created.documentId } });
    await updateDraft(
      member,
      created.documentId,
      {
        ...draftInput(client.id, {
          lines: [
            lineInput({ description: "Fournitures non livrées", quantity: "4", unitPrice: "35,50", vatRate: "1000" }),
          ],
        }),
        expectedUpdatedAt: saved.updatedAt.toISOString(),
      },
      testMeta(),
    );
    await issueDocument(member, created.documentId, {}, testMeta());
    const { invoice } = await listInvoicePayments(member, draft.id);
    expect(invoice).toMatchObject({ creditedCents: 15_620, balanceCents: 168_650 - 15_620, displayStatus: "ISSUED" });
  });

  // deleteDraft calls releaseQuoteOfDeletedDraft in its transaction (lib/documents/quotes/release-quote.ts).
  it("deleting the draft final invoice puts the quote back to ACCEPTED", async () => {
    const { member, client } = await documentWorkspace();
    const draft = await createDraft(member, "QUOTE", draftInput(client.id, { lines: threeLines }), testMeta());
    await sendQuote(member, draft.id, {}, testMeta());
    const final = await convertQuoteToInvoice(member, draft.id, testMeta());
    await deleteDraft(member, final.documentId, testMeta());
    const quote = await db.document.findUniqueOrThrow({ where: { id: draft.id } });
    expect(quote.status).toBe("ACCEPTED");
  });
});

describe("sendQuote", () => {
  it("takes the validity from the organization's quoteValidityDays and numbers quotes in order", async () => {
    const { organization, member, client } = await documentWorkspace();
    await db.organizationSettings.update({
      where: { organizationId: organization.id },
      data: { quoteValidityDays: 45 },
    });
    const first = await createDraft(member, "QUOTE", draftInput(client.id), testMeta());
    await db.document.update({ where: { id: first.id }, data: { validUntil: null } });
    const second = await createDraft(member, "QUOTE", draftInput(client.id), testMeta());
    const sentFirst = await sendQuote(member, first.id, {}, testMeta());
    expect(sentFirst.validUntil).toBe(addDays(today, 45));
    const sentSecond = await sendQuote(member, second.id, { validUntil: addDays(today, 10) }, testMeta());
    expect(sentSecond.validUntil).toBe(addDays(today, 10));
    expect([sentFirst.number, sentSecond.number]).toEqual([
      `D-${today.slice(0, 4)}-00001`,
      `D-${today.slice(0, 4)}-00002`,
    ]);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "quote.sent", targetId: first.id } });
    expect(audit.metadata).toMatchObject({ number: sentFirst.number, validUntil: addDays(today, 45) });
  });

  it("refuses a past validity, a future date, an incomplete legal identity — without taking a number", async () => {
    const { organization, member, client } = await documentWorkspace();
    const draft = await createDraft(member, "QUOTE", draftInput(client.id), testMeta());
    await expectAppError(
      sendQuote(member, draft.id, { validUntil: addDays(today, -1) }, testMeta()),
      "quote_valid_until_past",
    );
    await expectAppError(
      sendQuote(member, draft.id, { issueDate: addDays(today, 1) }, testMeta()),
      "issue_date_future",
    );
    await expectAppError(
      sendQuote(member, draft.id, { issueDate: addDays(today, -10), validUntil: addDays(today, -11) }, testMeta()),
      "quote_valid_until_past",
    );
    const bare = await documentWorkspace("OWNER", { identity: false });
    const bareDraft = await createDraft(bare.member, "QUOTE", draftInput(bare.client.id), testMeta());
    await expectAppError(sendQuote(bare.member, bareDraft.id, {}, testMeta()), "seller_identity_incomplete");
    expect(
      await db.numberSequence.count({ where: { organizationId: { in: [organization.id, bare.organization.id] } } }),
    ).toBe(0);
    expect((await db.document.findUniqueOrThrow({ where: { id: draft.id } })).status).toBe("DRAFT");
  });

  it("refuses invoices, other organizations' quotes and the accountant", async () => {
    const { organization, member, client } = await documentWorkspace();
    const invoice = await createDraft(member, "INVOICE", draftInput(client.id), testMeta());
    await expectAppError(sendQuote(member, invoice.id, {}, testMeta()), "quote_not_found");
    const quote = await createDraft(member, "QUOTE", draftInput(client.id), testMeta());
    const other = await documentWorkspace();
    await expectAppError(sendQuote(other.member, quote.id, {}, testMeta()), "quote_not_found");
    const accountant = await documentWorkspace("ACCOUNTANT");
    await expectAppError(sendQuote(accountant.member, quote.id, {}, testMeta()), "forbidden");
    expect((await db.document.findUniqueOrThrow({ where: { id: quote.id } })).status).toBe("DRAFT");
    expect(await db.auditLog.count({ where: { organizationId: organization.id, action: "quote.sent" } })).toBe(0);
  });
});
