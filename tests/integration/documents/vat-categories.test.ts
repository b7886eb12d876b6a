import { db } from "@/lib/db/prisma";
import { createDraft } from "@/lib/documents/create-draft";
import { getDocument } from "@/lib/documents/get-document";
import { issueDocument } from "@/lib/documents/issue-document";
import { updateDraft } from "@/lib/documents/update-draft";
import { createCreditNote } from "@/lib/documents/credit-notes/create-credit-note";
import { convertQuoteToDeposit } from "@/lib/documents/quotes/convert-quote";
import { sendQuote } from "@/lib/documents/quotes/send-quote";
import { addClient, companyInput, personInput } from "../../support/client-factories";
import { testMeta } from "../../support/factories";
import { actingAs, expectAppError } from "../../support/member-factories";
import { completeSellerIdentity, documentWorkspace, draftInput, lineInput } from "../../support/document-factories";

// VAT categories and exemption reasons through the real save and issue paths: defaults from the
// rule table, field errors for what does not hold together, and issue refusals that number
// nothing.

async function documentCount(organizationId: string) {
  return db.document.count({ where: { organizationId } });
}

describe("VAT categories on save", () => {
  it("a blank category gets the rule table's default for the client: an EU business → AE services, K goods", async () => {
    const { member, organization } = await documentWorkspace();
    const writer = await actingAs(member.userId, organization.id, "clients.write");
    const german = await addClient(
      writer,
      companyInput({ siren: "", billingCountry: "DE", vatNumber: "DE123456789", billingCity: "Berlin" }),
    );
    const saved = await createDraft(
      member,
      "INVOICE",
      draftInput(german.id, {
        lines: [lineInput({ description: "Audit" }), lineInput({ description: "Machine", kind: "GOODS" })],
      }),
      testMeta(),
    );
    const document = await getDocument(member, saved.id);
    expect(document.lines.map((line) => [line.vatCategory, line.vatRateBps, line.vatExemptionCode])).toEqual([
      ["AE", 0, "VATEX-EU-AE"],
      ["K", 0, "VATEX-EU-IC"],
    ]);
    expect(document.vatBreakdown.map((group) => [group.vatCategory, group.baseCents, group.vatCents])).toEqual([
      ["AE", 10_000, 0],
      ["K", 10_000, 0],
    ]);
    expect(document.supplyKind).toBe("BOTH");
  });

  it("a category typed by the user wins over the default", async () => {
    const { member, client } = await documentWorkspace();
    const saved = await createDraft(
      member,
      "INVOICE",
      draftInput(client.id, {
        lines: [lineInput({ vatRate: "0", vatCategory: "E", vatExemptionCode: "VATEX-FR-CGI261-4" })],
      }),
      testMeta(),
    );
    const [line] = (await getDocument(member, saved.id)).lines;
    expect(line).toMatchObject({ vatCategory: "E", vatRateBps: 0, vatExemptionCode: "VATEX-FR-CGI261-4" });
  });

  it("under the 293 B franchise every line is E with the franchise reason", async () => {
    const { member, client, organization } = await documentWorkspace();
    await completeSellerIdentity(organization.id, { vatRegime: "FRANCHISE", vatNumber: null });
    const saved = await createDraft(member, "INVOICE", draftInput(client.id), testMeta());
    const document = await getDocument(member, saved.id);
    expect(document.lines[0]).toMatchObject({
      vatCategory: "E",
      vatRateBps: 0,
      vatExemptionCode: "VATEX-FR-FRANCHISE",
    });
    expect(document.totals.totalVatCents).toBe(0);
  });

  it.each([
    ["an unknown category", { vatCategory: "X" }, "lines.0.vatCategory", "vat_category_invalid"],
    [
      "a reason of another category",
      { vatRate: "0", vatCategory: "K", vatExemptionCode: "VATEX-EU-G" },
      "lines.0.vatExemptionCode",
      "vat_reason_wrong_category",
    ],
    [
      "a 0 % line without a reason",
      { vatRate: "0", vatCategory: "E" },
      "lines.0.vatExemptionCode",
      "vat_reason_required",
    ],
    ["a standard line at 0 %", { vatRate: "0", vatCategory: "S" }, "lines.0.vatCategory", "vat_zero_needs_category"],
    [
      "a reverse charge at 20 %",
      { vatRate: "2000", vatCategory: "AE", vatExemptionCode: "VATEX-EU-AE" },
      "lines.0.vatRate",
      "vat_rate_not_zero_for_category",
    ],
  ])("refuses %s with a field error and writes nothing", async (_label, line, field, code) => {
    const { member, client, organization } = await documentWorkspace();
    const error = await expectAppError(
      createDraft(member, "INVOICE", draftInput(client.id, { lines: [lineInput(line)] }), testMeta()),
      "invalid_input",
    );
    expect(error.details.fieldErrors?.[field]).toEqual([code]);
    expect(await documentCount(organization.id)).toBe(0);
  });

  it("a blank-category 0 % line for a French client is refused until its reason is given", async () => {
    const { member, client, organization } = await documentWorkspace();
    const error = await expectAppError(
      createDraft(member, "INVOICE", draftInput(client.id, { lines: [lineInput({ vatRate: "0" })] }), testMeta()),
      "invalid_input",
    );
    expect(error.details.fieldErrors).toEqual({ "lines.0.vatExemptionCode": ["vat_reason_required"] });
    expect(await documentCount(organization.id)).toBe(0);
  });

  it("two different reasons for one category are refused on the second line (one VAT breakdown per category)", async () => {
    const { member, client } = await documentWorkspace();
    const saved = await createDraft(member, "INVOICE", draftInput(client.id), testMeta());
    const error = await expectAppError(
      updateDraft(
        member,
        saved.id,
        {
          ...draftInput(client.id, {
            lines: [
              lineInput({ vatRate: "0", vatCategory: "E", vatExemptionCode: "VATEX-FR-CGI261-4" }),
              lineInput({ vatRate: "0", vatCategory: "E", vatExemptionCode: "VATEX-EU-132" }),
            ],
          }),
          expectedUpdatedAt: saved.updatedAt,
        },
        testMeta(),
      ),
      "invalid_input",
    );
    expect(error.details.fieldErrors).toEqual({ "lines.1.vatExemptionCode": ["vat_reason_conflict"] });
    expect((await getDocument(member, saved.id)).lines.map((line) => line.vatCategory)).toEqual(["S"]);
  });
});

describe("issue refusals number nothing", () => {
  async function expectNotReady(promise: Promise<unknown>, fieldErrors: Record<string, string[]>) {
    const error = await expectAppError(promise, "document_not_ready");
    expect(error.details.fieldErrors).toMatchObject(fieldErrors);
    return error;
  }

  it("a VAT-registered seller without its VAT number", async () => {
    const { member, client, organization } = await documentWorkspace();
    await completeSellerIdentity(organization.id, { vatNumber: null });
    const saved = await createDraft(member, "INVOICE", draftInput(client.id), testMeta());
    await expectNotReady(issueDocument(member, saved.id, {}, testMeta()), {
      "seller.vatNumber": ["seller_vat_number_required"],
    });
    expect((await getDocument(member, saved.id)).status).toBe("DRAFT");
    expect(await db.numberSequence.count({ where: { organizationId: organization.id } })).toBe(0);
  });

  it("a French business client without its SIREN points to the client", async () => {
    const { member, organization } = await documentWorkspace();
    const writer = await actingAs(member.userId, organization.id, "clients.write");
    const noSiren = await addClient(writer, companyInput({ siren: "" }));
    const saved = await createDraft(member, "INVOICE", draftInput(noSiren.id), testMeta());
    const error = await expectNotReady(issueDocument(member, saved.id, {}, testMeta()), {
      "client.siren": ["client_siren_required"],
    });
    expect(error.details.clientId).toBe(noSiren.id);
    expect((await getDocument(member, saved.id)).number).toBeNull();
  });

  it("an individual client needs no SIREN", async () => {
    const { member, organization } = await documentWorkspace();
    const writer = await actingAs(member.userId, organization.id, "clients.write");
    const person = await addClient(writer, personInput());
    const saved = await createDraft(member, "INVOICE", draftInput(person.id), testMeta());
    const issued = await issueDocument(member, saved.id, {}, testMeta());
    expect(issued.number).toBeTruthy();
  });

  it("a non-EUR invoice without its exchange rate; with one, its VAT total in EUR is frozen", async () => {
    const { member, organization } = await documentWorkspace();
    await completeSellerIdentity(organization.id, { currency: "USD" });
    const writer = await actingAs(member.userId, organization.id, "clients.write");
    const american = await addClient(writer, companyInput({ siren: "", billingCountry: "US", billingCity: "Boston" }));
    const saved = await createDraft(
      member,
      "INVOICE",
      draftInput(american.id, { lines: [lineInput({ unitPrice: "1 000,00" })] }),
      testMeta(),
    );
    // Services to a business outside the EU: outside the scope of French VAT (art. 259-1).
    await expectNotReady(issueDocument(member, saved.id, {}, testMeta()), {
      exchangeRate: ["exchange_rate_required"],
    });
    await expectAppError(issueDocument(member, saved.id, { exchangeRate: "zéro" }, testMeta()), "invalid_input");
    expect((await getDocument(member, saved.id)).status).toBe("DRAFT");

    // A USD invoice with French VAT: a French client's.
    const french = await addClient(writer, companyInput());
    const taxed = await createDraft(member, "INVOICE", draftInput(french.id), testMeta());
    await issueDocument(member, taxed.id, { exchangeRate: "0,9234" }, testMeta());
    const document = await getDocument(member, taxed.id);
    expect(document).toMatchObject({ currency: "USD", exchangeRate: "0.9234", vatTotalEurCents: 1_847 });
  });
});

describe("nature of operations of generated documents", () => {
  it("a deposit invoice and a credit note state their source's goods, not 'services' from their generated lines", async () => {
    const { member, client } = await documentWorkspace();
    const goods = [lineInput({ description: "Poêle à bois", kind: "GOODS", unitPrice: "2 000,00" })];
    const quote = await createDraft(member, "QUOTE", draftInput(client.id, { lines: goods }), testMeta());
    await sendQuote(member, quote.id, {}, testMeta());
    const deposit = await convertQuoteToDeposit(member, quote.id, { kind: "PERCENT", value: "30" }, testMeta());
    await issueDocument(member, deposit.documentId, {}, testMeta());
    const issuedDeposit = await getDocument(member, deposit.documentId);
    expect(issuedDeposit.lines.every((line) => line.kind === "SERVICE")).toBe(true);
    expect(issuedDeposit.supplyKind).toBe("GOODS");

    const credit = await createCreditNote(
      member,
      { invoiceId: deposit.documentId, mode: "AMOUNT", amount: "100,00" },
      testMeta(),
    );
    await issueDocument(member, credit.documentId, {}, testMeta());
    expect((await getDocument(member, credit.documentId)).supplyKind).toBe("GOODS");
  });
});

describe("credit notes by lines", () => {
  it("a line without a category takes the invoice's at its rate; a wrong reason is a field error", async () => {
    const { member, organization } = await documentWorkspace();
    const writer = await actingAs(member.userId, organization.id, "clients.write");
    const german = await addClient(
      writer,
      companyInput({ siren: "", billingCountry: "DE", vatNumber: "DE123456789", billingCity: "Berlin" }),
    );
    const draft = await createDraft(member, "INVOICE", draftInput(german.id), testMeta());
    await issueDocument(member, draft.id, {}, testMeta());
    const line = { description: "Audit (partie)", quantity: "1", unit: "flat", unitPrice: "40", vatRate: "0" };

    const credit = await createCreditNote(member, { invoiceId: draft.id, mode: "LINES", lines: [line] }, testMeta());
    expect((await getDocument(member, credit.documentId)).lines[0]).toMatchObject({
      vatCategory: "AE",
      vatExemptionCode: "VATEX-EU-AE",
    });

    const error = await expectAppError(
      createCreditNote(
        member,
        { invoiceId: draft.id, mode: "LINES", lines: [{ ...line, vatCategory: "AE", vatExemptionCode: "VATEX-EU-G" }] },
        testMeta(),
      ),
      "invalid_input",
    );
    expect(error.details.fieldErrors).toEqual({ "lines.0.vatExemptionCode": ["vat_reason_wrong_category"] });
  });
});
