import { db } from "@/lib/db/prisma";
import { addDays, calendarDate, dueDateFromTerms } from "@/lib/documents/calendar-date";
import { deleteDraft } from "@/lib/documents/delete-draft";
import { issueDocument } from "@/lib/documents/issue-document";
import { testMeta } from "../../support/factories";
import { expectAppError } from "../../support/member-factories";
import { insertDocument } from "../../support/issued-document-factories";
import {
  documentWorkspace,
  lineInput,
  makeDraft,
  makeIssuedInvoice,
  SELLER_IDENTITY,
} from "../../support/document-factories";

// Issuing: number, dates, snapshots and totals frozen in one transaction; every refusal
// leaves the draft and the series untouched.

const today = calendarDate();
const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);
const year = today.slice(0, 4);

async function lastNumber(organizationId: string, series: string) {
  const row = await db.numberSequence.findUnique({ where: { organizationId_series: { organizationId, series } } });
  return row?.lastNumber ?? 0;
}

describe("issueDocument", () => {
  it("numbers, dates and freezes an invoice, with both snapshots, audited", async () => {
    const { organization, member, client } = await documentWorkspace();
    await db.organizationSettings.update({
      where: { organizationId: organization.id },
      data: { paymentTermsDays: 30, paymentTermsEndOfMonth: true, vatOnDebits: true, latePenaltyText: null },
    });
    const draft = await makeDraft(member, client.id, { deliveryAddress: "Entrepôt, 2 rue X, 69000 Lyon" });
    const issued = await issueDocument(member, draft.id, {}, testMeta());
    expect(issued).toEqual({
      id: draft.id,
      type: "INVOICE",
      series: `INVOICE-${year}`,
      sequence: 1,
      number: `F-${year}-00001`,
      issueDate: today,
      dueDate: dueDateFromTerms(today, { days: 30, endOfMonth: true }),
      totalInclVatCents: 12_000,
    });
    const row = await db.document.findUniqueOrThrow({ where: { id: draft.id } });
    expect(row).toMatchObject({ status: "ISSUED", number: issued.number, sequence: 1 });
    expect(row.issuedAt).toBeInstanceOf(Date);
    expect(day(row.issueDate)).toBe(today);
    expect(day(row.dueDate)).toBe(issued.dueDate);
    expect(row.sellerSnapshot).toMatchObject({
      legalName: SELLER_IDENTITY.legalName,
      legalForm: "SARL",
      shareCapitalCents: 1_000_000,
      siren: SELLER_IDENTITY.siren,
      vatNumber: SELLER_IDENTITY.vatNumber,
      rcsCity: "Paris",
      iban: SELLER_IDENTITY.iban,
      bic: SELLER_IDENTITY.bic,
      address: { line1: SELLER_IDENTITY.addressLine1, postalCode: "75011", city: "Paris", country: "FR" },
      vatRegime: "NORMAL",
      vatOnDebits: true,
      recoveryIndemnity: true,
      logo: null,
    });
    expect((row.sellerSnapshot as { latePenaltyText: string }).latePenaltyText).toMatch(/trois fois le taux/);
    expect(row.clientSnapshot).toMatchObject({
      id: client.id,
      kind: "COMPANY",
      name: client.name,
      billingAddress: { line1: "1 rue de la Paix", postalCode: "75002", city: "Paris", country: "FR" },
      deliveryAddress: "Entrepôt, 2 rue X, 69000 Lyon",
    });
    const audit = await db.auditLog.findFirstOrThrow({
      where: { organizationId: organization.id, action: "document.issued" },
    });
    expect(audit).toMatchObject({ actorId: member.userId, targetId: draft.id });
    expect(audit.metadata).toMatchObject({ number: issued.number, totalInclVatCents: 12_000 });
  });

  it("uses the given dates, else the draft's; refuses a future date and a due date before the issue", async () => {
    const { member, client } = await documentWorkspace();
    const yesterday = addDays(today, -1);
    const draft = await makeDraft(member, client.id, { issueDate: yesterday, dueDate: addDays(today, 5) });
    await expectAppError(
      issueDocument(member, draft.id, { issueDate: addDays(today, 1) }, testMeta()),
      "issue_date_future",
    );
    const error = await expectAppError(
      issueDocument(member, draft.id, { dueDate: addDays(yesterday, -1) }, testMeta()),
      "due_before_issue",
    );
    expect(error.details.fieldErrors).toEqual({ dueDate: ["due_before_issue"] });
    const issued = await issueDocument(member, draft.id, {}, testMeta());
    expect(issued).toMatchObject({ issueDate: yesterday, dueDate: addDays(today, 5) });
  });

  it("refuses what cannot be issued: a quote, an issued document, an empty or negative draft", async () => {
    const { member, client } = await documentWorkspace();
    const quote = await makeDraft(member, client.id, {}, "QUOTE");
    await expectAppError(issueDocument(member, quote.id, {}, testMeta()), "document_not_issuable");
    const issued = await makeIssuedInvoice(member, client.id);
    const again = await expectAppError(issueDocument(member, issued.id, {}, testMeta()), "document_frozen");
    expect(again.kind).toBe("CONFLICT");
    const empty = await makeDraft(member, client.id);
    await db.documentLine.deleteMany({ where: { documentId: empty.id } });
    await expectAppError(issueDocument(member, empty.id, {}, testMeta()), "document_empty");
    const negative = await makeDraft(member, client.id);
    await db.documentLine.updateMany({ where: { documentId: negative.id }, data: { unitPriceCents: -100 } });
    await expectAppError(issueDocument(member, negative.id, {}, testMeta()), "document_total_negative");
  });

  it("refuses while the seller's legal identity is incomplete, naming the missing fields, and takes no number", async () => {
    const { organization, member, client } = await documentWorkspace("OWNER", { identity: false });
    const draft = await makeDraft(member, client.id);
    const none = await expectAppError(issueDocument(member, draft.id, {}, testMeta()), "seller_identity_incomplete");
    expect(none.kind).toBe("VALIDATION");
    expect(none.details.missing).toEqual(["legalName", "addressLine1", "postalCode", "city", "siren"]);
    await db.organizationSettings.create({
      data: { organizationId: organization.id, legalName: "Moi", city: "Nantes" },
    });
    const some = await expectAppError(issueDocument(member, draft.id, {}, testMeta()), "seller_identity_incomplete");
    expect(some.details.missing).toEqual(["addressLine1", "postalCode", "siren"]);
    expect(await lastNumber(organization.id, `INVOICE-${year}`)).toBe(0);
    expect((await db.document.findUniqueOrThrow({ where: { id: draft.id } })).status).toBe("DRAFT");

    await db.organizationSettings.update({
      where: { organizationId: organization.id },
      data: { addressLine1: "1 quai", postalCode: "44000", siren: SELLER_IDENTITY.siren },
    });
    // A VAT-registered seller also states its VAT number (checked once the identity is there).
    const noVat = await expectAppError(issueDocument(member, draft.id, {}, testMeta()), "document_not_ready");
    expect(noVat.details.fieldErrors).toEqual({ "seller.vatNumber": ["seller_vat_number_required"] });
    expect(await lastNumber(organization.id, `INVOICE-${year}`)).toBe(0);
    await db.organizationSettings.update({
      where: { organizationId: organization.id },
      data: { vatNumber: SELLER_IDENTITY.vatNumber },
    });
    expect((await issueDocument(member, draft.id, {}, testMeta())).sequence).toBe(1);
  });

  it("a failure after the number was taken gives it back: the next issue gets it", async () => {
    const { organization, member, client } = await documentWorkspace();
    const first = await makeIssuedInvoice(member, client.id);
    expect(first.sequence).toBe(1);
    // Another draft already holds the number the next issue will take: the final UPDATE fails
    // on the unique index, after takeNextNumber, inside the issue's transaction.
    const blocker = await makeDraft(member, client.id);
    await db.document.update({ where: { id: blocker.id }, data: { number: `F-${year}-00002` } });
    const draft = await makeDraft(member, client.id);
    const error = await expectAppError(issueDocument(member, draft.id, {}, testMeta()), "number_taken");
    expect(error.kind).toBe("CONFLICT");
    expect(await lastNumber(organization.id, `INVOICE-${year}`)).toBe(1);
    expect(await db.document.findUniqueOrThrow({ where: { id: draft.id } })).toMatchObject({
      status: "DRAFT",
      number: null,
    });

    await deleteDraft(member, blocker.id, testMeta());
    expect(await issueDocument(member, draft.id, {}, testMeta())).toMatchObject({
      sequence: 2,
      number: `F-${year}-00002`,
    });
  });

  it("numbers follow dates: an issue date before the series' last one is refused, no number taken", async () => {
    const { organization, member, client } = await documentWorkspace();
    await makeIssuedInvoice(member, client.id, {}, { issueDate: today });
    const draft = await makeDraft(member, client.id);
    const error = await expectAppError(
      issueDocument(member, draft.id, { issueDate: addDays(today, -1) }, testMeta()),
      "issue_date_before_last",
    );
    expect(error.details).toMatchObject({ lastIssueDate: today });
    expect(await lastNumber(organization.id, `INVOICE-${year}`)).toBe(1);
    expect((await issueDocument(member, draft.id, {}, testMeta())).sequence).toBe(2);
  });

  it("deposit invoices and credit notes have their own series", async () => {
    const { member, client } = await documentWorkspace();
    const deposit = await makeIssuedInvoice(member, client.id, {}, {}, "DEPOSIT_INVOICE");
    expect(deposit.number).toBe(`AC-${year}-00001`);
    const invoice = await makeIssuedInvoice(member, client.id);
    expect(invoice.number).toBe(`F-${year}-00001`);
  });

  it("recomputes the totals with the organization's current VAT regime", async () => {
    const { organization, member, client } = await documentWorkspace();
    const draft = await makeDraft(member, client.id, { lines: [lineInput({ unitPrice: "1000" })] });
    await db.organizationSettings.update({
      where: { organizationId: organization.id },
      data: { vatRegime: "FRANCHISE" },
    });
    const issued = await issueDocument(member, draft.id, {}, testMeta());
    expect(issued.totalInclVatCents).toBe(100_000);
    const row = await db.document.findUniqueOrThrow({ where: { id: draft.id } });
    expect(row).toMatchObject({ vatExempt: true, totalVatCents: 0, totalExclVatCents: 100_000 });
    expect(row.sellerSnapshot).toMatchObject({ vatRegime: "FRANCHISE" });
  });
});

describe("issueDocument on credit notes", () => {
  async function creditNoteDraft(
    organizationId: string,
    clientId: string,
    invoiceId: string | null,
    unitPriceCents: number,
  ) {
    return insertDocument({
      organizationId,
      clientId,
      type: "CREDIT_NOTE",
      status: "DRAFT",
      creditedInvoiceId: invoiceId,
      lines: [{ unitPriceCents, vatRateBps: 2000 }],
    });
  }

  it("numbers it in its own series, without due date, and reduces the invoice's balance", async () => {
    const { organization, member, client } = await documentWorkspace();
    const invoice = await makeIssuedInvoice(member, client.id, { lines: [lineInput({ unitPrice: "1000" })] });
    const draft = await creditNoteDraft(organization.id, client.id, invoice.id, 50_000);
    const issued = await issueDocument(member, draft.id, {}, testMeta());
    expect(issued).toMatchObject({
      type: "CREDIT_NOTE",
      number: `AV-${year}-00001`,
      dueDate: null,
      totalInclVatCents: 60_000,
    });
    expect((await db.document.findUniqueOrThrow({ where: { id: invoice.id } })).creditedCents).toBe(60_000);
  });

  it("refuses crediting more than what is left, a draft invoice, or no invoice — taking no number", async () => {
    const { organization, member, client } = await documentWorkspace();
    const invoice = await makeIssuedInvoice(member, client.id, { lines: [lineInput({ unitPrice: "1000" })] });
    await issueDocument(
      member,
      (await creditNoteDraft(organization.id, client.id, invoice.id, 50_000)).id,
      {},
      testMeta(),
    );

    const tooMuch = await creditNoteDraft(organization.id, client.id, invoice.id, 50_001);
    const error = await expectAppError(issueDocument(member, tooMuch.id, {}, testMeta()), "credit_exceeds_invoice");
    expect(error.details).toMatchObject({ remainingCents: 60_000 });

    const draftInvoice = await makeDraft(member, client.id);
    const onDraft = await creditNoteDraft(organization.id, client.id, draftInvoice.id, 100);
    await expectAppError(issueDocument(member, onDraft.id, {}, testMeta()), "credit_note_target_not_issued");
    const orphan = await creditNoteDraft(organization.id, client.id, null, 100);
    await expectAppError(issueDocument(member, orphan.id, {}, testMeta()), "credit_note_without_invoice");

    expect(await lastNumber(organization.id, `CREDIT_NOTE-${year}`)).toBe(1);
    const rest = await creditNoteDraft(organization.id, client.id, invoice.id, 50_000);
    expect((await issueDocument(member, rest.id, {}, testMeta())).sequence).toBe(2);
  });

  it("two credit notes issued at once cannot together exceed the invoice", async () => {
    const { organization, member, client } = await documentWorkspace();
    const invoice = await makeIssuedInvoice(member, client.id, { lines: [lineInput({ unitPrice: "1000" })] });
    const drafts = await Promise.all([
      creditNoteDraft(organization.id, client.id, invoice.id, 70_000),
      creditNoteDraft(organization.id, client.id, invoice.id, 70_000),
    ]);
    const results = await Promise.allSettled(drafts.map((draft) => issueDocument(member, draft.id, {}, testMeta())));
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((result) => result.status === "rejected") as PromiseRejectedResult;
    expect(rejected.reason).toMatchObject({ code: "credit_exceeds_invoice" });
    expect((await db.document.findUniqueOrThrow({ where: { id: invoice.id } })).creditedCents).toBe(84_000);
    expect(await lastNumber(organization.id, `CREDIT_NOTE-${year}`)).toBe(1);
  });
});
