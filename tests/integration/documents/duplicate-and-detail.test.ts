import { db } from "@/lib/db/prisma";
import { addDays, calendarDate } from "@/lib/documents/calendar-date";
import { duplicateDocument } from "@/lib/documents/duplicate-document";
import { getDocument } from "@/lib/documents/get-document";
import { issueDocument } from "@/lib/documents/issue-document";
import { testMeta } from "../../support/factories";
import { expectAppError } from "../../support/member-factories";
import { makeArticle } from "../../support/article-factories";
import { actingAs } from "../../support/member-factories";
import { documentWorkspace, lineInput, makeDraft, makeIssuedInvoice } from "../../support/document-factories";
import { insertDocument } from "../../support/issued-document-factories";

const today = calendarDate();

describe("duplicateDocument", () => {
  it("copies an issued invoice's content into a new draft: no number, no dates, totals computed again", async () => {
    const { organization, user, member, client } = await documentWorkspace();
    const article = await makeArticle(await actingAs(user.id, organization.id, "articles.write"));
    const issued = await makeIssuedInvoice(member, client.id, {
      title: "Mission",
      notes: "Notes",
      purchaseOrderNumber: "PO-1",
      paymentTermsDays: "15",
      discountKind: "AMOUNT",
      discountValue: "5",
      lines: [lineInput({ articleId: article.id, quantity: "2" }), lineInput({ kind: "GOODS", vatRate: "550" })],
    });
    const copy = await duplicateDocument(member, issued.id, testMeta());
    expect(copy.id).not.toBe(issued.id);
    expect(copy.type).toBe("INVOICE");
    const [source, row] = await Promise.all([
      db.document.findUniqueOrThrow({ where: { id: issued.id }, include: { lines: { orderBy: { position: "asc" } } } }),
      db.document.findUniqueOrThrow({ where: { id: copy.id }, include: { lines: { orderBy: { position: "asc" } } } }),
    ]);
    expect(row).toMatchObject({
      status: "DRAFT",
      number: null,
      series: null,
      sequence: null,
      issueDate: null,
      dueDate: null,
      issuedAt: null,
      sellerSnapshot: null,
      clientSnapshot: null,
      clientId: client.id,
      title: "Mission",
      notes: "Notes",
      purchaseOrderNumber: "PO-1",
      paymentTermsDays: 15,
      discountKind: "AMOUNT",
      discountValue: 500,
      supplyKind: "BOTH",
      totalInclVatCents: source.totalInclVatCents,
      createdById: member.userId,
    });
    const content = (lines: typeof row.lines) =>
      lines.map((line) => ({ ...line, id: undefined, documentId: undefined }));
    expect(content(row.lines)).toEqual(content(source.lines));
    expect(await db.auditLog.count({ where: { action: "document.duplicated", targetId: issued.id } })).toBe(1);
  });

  it("a quote's copy is a quote valid from today; a credit note's copy is an invoice", async () => {
    const { organization, member, client } = await documentWorkspace();
    const quote = await insertDocument({
      organizationId: organization.id,
      clientId: client.id,
      type: "QUOTE",
      status: "SENT",
      lines: [{ unitPriceCents: 10_000, vatRateBps: 2000 }],
      issueDate: "2025-01-10",
      validUntil: "2025-02-10",
    });
    const quoteCopy = await duplicateDocument(member, quote.id, testMeta());
    const quoteRow = await db.document.findUniqueOrThrow({ where: { id: quoteCopy.id } });
    expect(quoteRow).toMatchObject({ type: "QUOTE", status: "DRAFT", issueDate: null });
    expect(quoteRow.validUntil?.toISOString().slice(0, 10)).toBe(addDays(today, 30));

    const invoice = await makeIssuedInvoice(member, client.id);
    const creditNote = await insertDocument({
      organizationId: organization.id,
      clientId: client.id,
      type: "CREDIT_NOTE",
      status: "DRAFT",
      creditedInvoiceId: invoice.id,
      lines: [{ unitPriceCents: 1000, vatRateBps: 2000 }],
    });
    const creditCopy = await duplicateDocument(member, creditNote.id, testMeta());
    expect(creditCopy.type).toBe("INVOICE");
    expect(await db.document.findUniqueOrThrow({ where: { id: creditCopy.id } })).toMatchObject({
      creditedInvoiceId: null,
      totalInclVatCents: 1200,
    });
  });

  it("refuses when the client is archived, or the document is not the organization's", async () => {
    const { member, client } = await documentWorkspace();
    const draft = await makeDraft(member, client.id);
    await db.client.update({ where: { id: client.id }, data: { archivedAt: new Date() } });
    await expectAppError(duplicateDocument(member, draft.id, testMeta()), "client_archived");
    await expectAppError(duplicateDocument(member, "d-unknown", testMeta()), "document_not_found");
  });
});

describe("getDocument", () => {
  it("gives a draft's fields, lines, totals, VAT breakdown, client and status", async () => {
    const { member, client } = await documentWorkspace();
    const draft = await makeDraft(member, client.id, {
      title: "Détail",
      lines: [
        lineInput({ quantity: "1,5", unitPrice: "200" }),
        lineInput({ unitPrice: "50", vatRate: "1000", discountKind: "PERCENT", discountValue: "10" }),
      ],
    });
    const detail = await getDocument(member, draft.id);
    expect(detail).toMatchObject({
      id: draft.id,
      type: "INVOICE",
      status: "DRAFT",
      displayStatus: "DRAFT",
      editable: true,
      number: null,
      title: "Détail",
      client: { id: client.id, name: client.name, kind: "COMPANY", archived: false },
      totals: { totalExclVatCents: 34_500, totalVatCents: 6450, totalInclVatCents: 40_950, discountCents: 0 },
      balanceCents: 40_950,
      payments: [],
      updatedAt: draft.updatedAt,
      sellerSnapshot: null,
      related: { sourceQuote: null, creditedInvoice: null, conversions: [], creditNotes: [], deductedDeposits: [] },
    });
    expect(detail.lines).toHaveLength(2);
    expect(detail.lines[1]).toMatchObject({
      position: 2,
      quantityMilli: 1000,
      unitPriceCents: 5000,
      discount: { kind: "PERCENT", value: 1000 },
      netCents: 4500,
    });
    expect(detail.vatBreakdown.map((rate) => [rate.vatRateBps, rate.baseCents, rate.vatCents])).toEqual([
      [2000, 30_000, 6000],
      [1000, 4500, 450],
    ]);
  });

  it("gives an issued invoice's number, snapshots, payments, balance and credit notes", async () => {
    const { organization, member, client } = await documentWorkspace();
    const issued = await makeIssuedInvoice(member, client.id, { lines: [lineInput({ unitPrice: "1000" })] });
    await db.payment.create({
      data: {
        organizationId: organization.id,
        documentId: issued.id,
        date: new Date(`${today}T00:00:00Z`),
        amountCents: 20_000,
        method: "TRANSFER",
      },
    });
    const creditNote = await insertDocument({
      organizationId: organization.id,
      clientId: client.id,
      type: "CREDIT_NOTE",
      status: "DRAFT",
      creditedInvoiceId: issued.id,
      lines: [{ unitPriceCents: 10_000, vatRateBps: 2000 }],
    });
    await issueDocument(member, creditNote.id, {}, testMeta());

    const detail = await getDocument(member, issued.id);
    expect(detail).toMatchObject({
      status: "ISSUED",
      displayStatus: "PARTIALLY_PAID",
      editable: false,
      number: issued.number,
      issueDate: issued.issueDate,
      dueDate: issued.dueDate,
      paidCents: 20_000,
      creditedCents: 12_000,
      balanceCents: 120_000 - 20_000 - 12_000,
      sellerSnapshot: { siren: expect.any(String) },
      clientSnapshot: { id: client.id },
    });
    expect(detail.payments).toEqual([
      expect.objectContaining({ amountCents: 20_000, method: "TRANSFER", date: today }),
    ]);
    expect(detail.related.creditNotes).toEqual([
      expect.objectContaining({ id: creditNote.id, type: "CREDIT_NOTE", status: "ISSUED", totalInclVatCents: 12_000 }),
    ]);

    const credit = await getDocument(member, creditNote.id);
    expect(credit.balanceCents).toBeNull();
    expect(credit.related.creditedInvoice).toMatchObject({ id: issued.id, number: issued.number });
  });

  it("shows a quote's conversions and an invoice's source quote", async () => {
    const { organization, member, client } = await documentWorkspace();
    const quote = await insertDocument({
      organizationId: organization.id,
      clientId: client.id,
      type: "QUOTE",
      status: "ACCEPTED",
      lines: [{ unitPriceCents: 10_000, vatRateBps: 2000 }],
    });
    const invoice = await insertDocument({
      organizationId: organization.id,
      clientId: client.id,
      type: "INVOICE",
      status: "DRAFT",
      sourceQuoteId: quote.id,
      lines: [{ unitPriceCents: 10_000, vatRateBps: 2000 }],
    });
    expect((await getDocument(member, quote.id)).related.conversions).toEqual([
      expect.objectContaining({ id: invoice.id, type: "INVOICE", displayStatus: "DRAFT" }),
    ]);
    expect((await getDocument(member, invoice.id)).related.sourceQuote).toMatchObject({
      id: quote.id,
      displayStatus: "ACCEPTED",
    });
  });
});
