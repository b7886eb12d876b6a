import { db } from "@/lib/db/prisma";
import { createDraft } from "@/lib/documents/create-draft";
import { deleteDraft } from "@/lib/documents/delete-draft";
import { documentInput, totalsInputOf } from "@/lib/documents/document-schema";
import { computeTotals } from "@/lib/documents/totals/compute-totals";
import { updateDraft } from "@/lib/documents/update-draft";
import { addDays, calendarDate } from "@/lib/documents/calendar-date";
import { addClient, companyInput } from "../../support/client-factories";
import { testMeta } from "../../support/factories";
import { actingAs, expectAppError } from "../../support/member-factories";
import { makeArticle } from "../../support/article-factories";
import {
  documentWorkspace,
  draftInput,
  lineInput,
  makeDraft,
  makeIssuedInvoice,
} from "../../support/document-factories";
import { getDocument } from "@/lib/documents/get-document";
import { insertDocument } from "../../support/issued-document-factories";

// Drafts: create, update (all lines replaced, stale saves refused), delete; defaults from the
// client then the settings; totals computed by the server with the one money rule.

const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);

describe("createDraft", () => {
  it("stores the content, per-line nets, totals and VAT breakdown computed by computeTotals", async () => {
    const { organization, member, client } = await documentWorkspace();
    const raw = draftInput(client.id, {
      title: "Site vitrine",
      issueDate: "2026-03-02",
      serviceDate: "2026-02-27",
      purchaseOrderNumber: "BC-77",
      notes: "Merci !",
      discountKind: "PERCENT",
      discountValue: "10",
      lines: [
        lineInput({ description: "Développement", quantity: "2,5", unitPrice: "450", vatRate: "20 %" }),
        lineInput({ description: "Livre", quantity: "3", unitPrice: "19,99", vatRate: "550", kind: "GOODS" }),
        lineInput({
          description: "Hébergement",
          quantity: "0,1",
          unitPrice: "30",
          discountKind: "AMOUNT",
          discountValue: "1",
        }),
      ],
    });
    const saved = await createDraft(member, "INVOICE", raw, testMeta());
    expect(saved).toMatchObject({ type: "INVOICE" });
    expect(typeof saved.updatedAt).toBe("string");

    const expected = computeTotals(totalsInputOf(documentInput.parse(raw), { vatExempt: false }));
    const row = await db.document.findUniqueOrThrow({
      where: { id: saved.id },
      include: { lines: { orderBy: { position: "asc" } } },
    });
    expect(row).toMatchObject({
      organizationId: organization.id,
      status: "DRAFT",
      number: null,
      series: null,
      sequence: null,
      title: "Site vitrine",
      purchaseOrderNumber: "BC-77",
      notes: "Merci !",
      discountKind: "PERCENT",
      discountValue: 1000,
      supplyKind: "BOTH",
      currency: "EUR",
      vatExempt: false,
      createdById: member.userId,
      totalExclVatCents: expected.totalExclVatCents,
      totalVatCents: expected.totalVatCents,
      totalInclVatCents: expected.totalInclVatCents,
      discountCents: expected.discountCents,
    });
    expect(saved.totalInclVatCents).toBe(expected.totalInclVatCents);
    expect(row.vatBreakdown).toEqual(expected.byRate);
    expect(day(row.issueDate)).toBe("2026-03-02");
    expect(day(row.serviceDate)).toBe("2026-02-27");
    expect(
      row.lines.map((line) => [
        line.position,
        line.description,
        line.quantityMilli,
        line.unitPriceCents,
        line.vatRateBps,
        line.netCents,
      ]),
    ).toEqual([
      [1, "Développement", 2500, 45_000, 2000, expected.lines[0]!.netCents],
      [2, "Livre", 3000, 1999, 550, expected.lines[1]!.netCents],
      [3, "Hébergement", 100, 3000, 2000, expected.lines[2]!.netCents],
    ]);
    expect(row.lines[2]).toMatchObject({ discountKind: "AMOUNT", discountValue: 100, netCents: 200 });
    expect(row.lines[1]!.kind).toBe("GOODS");

    const audit = await db.auditLog.findFirst({
      where: { organizationId: organization.id, action: "document.created" },
    });
    expect(audit).toMatchObject({ actorId: member.userId, targetType: "Document", targetId: saved.id });
  });

  it("takes blank terms and language from the client, then from the settings; quotes get a validity", async () => {
    const { organization, user, member, client } = await documentWorkspace();
    await db.organizationSettings.update({
      where: { organizationId: organization.id },
      data: { paymentTermsDays: 45, paymentTermsEndOfMonth: true, defaultLanguage: "fr", quoteValidityDays: 15 },
    });
    const writer = await actingAs(user.id, organization.id, "clients.write");
    const english = await addClient(writer, companyInput({ paymentTermsDays: "10", language: "en" }));

    const fromSettings = await db.document.findUniqueOrThrow({
      where: { id: (await makeDraft(member, client.id)).id },
    });
    expect(fromSettings).toMatchObject({ paymentTermsDays: 45, paymentTermsEndOfMonth: true, language: "fr" });

    const fromClient = await db.document.findUniqueOrThrow({ where: { id: (await makeDraft(member, english.id)).id } });
    expect(fromClient).toMatchObject({ paymentTermsDays: 10, paymentTermsEndOfMonth: false, language: "en" });

    const given = await makeDraft(member, english.id, { paymentTermsDays: "0", language: "fr" });
    expect(await db.document.findUniqueOrThrow({ where: { id: given.id } })).toMatchObject({
      paymentTermsDays: 0,
      language: "fr",
    });

    const quote = await db.document.findUniqueOrThrow({
      where: { id: (await makeDraft(member, client.id, {}, "QUOTE")).id },
    });
    expect(day(quote.validUntil)).toBe(addDays(calendarDate(), 15));
    expect(quote.dueDate).toBeNull();
  });

  it("under VAT franchise, stores no VAT", async () => {
    const { organization, member, client } = await documentWorkspace();
    await db.organizationSettings.update({
      where: { organizationId: organization.id },
      data: { vatRegime: "FRANCHISE" },
    });
    const saved = await makeDraft(member, client.id, { lines: [lineInput({ unitPrice: "1000" })] });
    const row = await db.document.findUniqueOrThrow({ where: { id: saved.id } });
    expect(row).toMatchObject({
      vatExempt: true,
      totalExclVatCents: 100_000,
      totalVatCents: 0,
      totalInclVatCents: 100_000,
    });
  });

  it("derives goods/services from the line kinds", async () => {
    const { member, client } = await documentWorkspace();
    const goods = await makeDraft(member, client.id, { lines: [lineInput({ kind: "GOODS" })] });
    const services = await makeDraft(member, client.id, { lines: [lineInput({ kind: "SERVICE" })] });
    const rows = await db.document.findMany({
      where: { id: { in: [goods.id, services.id] } },
      select: { id: true, supplyKind: true },
    });
    expect(Object.fromEntries(rows.map((row) => [row.id, row.supplyKind]))).toEqual({
      [goods.id]: "GOODS",
      [services.id]: "SERVICES",
    });
  });

  it("refuses invalid content with field paths, and writes nothing", async () => {
    const { organization, member, client } = await documentWorkspace();
    const error = await expectAppError(
      createDraft(
        member,
        "INVOICE",
        draftInput(client.id, {
          issueDate: "2026-03-10",
          dueDate: "2026-03-01",
          lines: [
            lineInput({ description: "", quantity: "1,2345", unitPrice: "abc", vatRate: "19" }),
            lineInput({ unitPrice: "10", discountKind: "AMOUNT", discountValue: "20" }),
          ],
        }),
        testMeta(),
      ),
      "invalid_input",
    );
    expect(error.kind).toBe("VALIDATION");
    expect(error.details.fieldErrors).toMatchObject({
      "lines.0.description": ["required"],
      "lines.0.quantity": ["quantity_decimals"],
      "lines.0.unitPrice": ["money_invalid"],
      "lines.0.vatRate": ["vat_rate_invalid"],
    });
    const noLines = await expectAppError(
      createDraft(member, "INVOICE", { clientId: client.id, lines: [] }, testMeta()),
      "invalid_input",
    );
    expect(noLines.details.fieldErrors).toMatchObject({ lines: ["lines_required"] });
    const noClient = await expectAppError(
      createDraft(member, "QUOTE", { lines: [lineInput()] }, testMeta()),
      "invalid_input",
    );
    expect(noClient.details.fieldErrors).toMatchObject({ clientId: ["client_required"] });
    const dates = await expectAppError(
      makeDraft(member, client.id, { issueDate: "2026-03-10", dueDate: "2026-03-01" }),
      "invalid_input",
    );
    expect(dates.details.fieldErrors).toMatchObject({ dueDate: ["due_before_issue"] });
    const discount = await expectAppError(
      makeDraft(member, client.id, {
        lines: [lineInput({ unitPrice: "10", discountKind: "AMOUNT", discountValue: "20" })],
      }),
      "invalid_input",
    );
    expect(discount.details.fieldErrors).toMatchObject({ "lines.0.discountValue": ["discount_exceeds_line"] });
    expect(await db.document.count({ where: { organizationId: organization.id } })).toBe(0);
  });

  it("refuses a credit note or an unknown type: credit notes come from an invoice", async () => {
    const { member, client } = await documentWorkspace();
    await expectAppError(
      createDraft(member, "CREDIT_NOTE", draftInput(client.id), testMeta()),
      "document_type_invalid",
    );
  });

  it("refuses an archived client, an unknown one, and articles of no line of the catalogue", async () => {
    const { organization, user, member, client } = await documentWorkspace();
    const writer = await actingAs(user.id, organization.id, "clients.write");
    const archived = await addClient(writer);
    await db.client.update({ where: { id: archived.id }, data: { archivedAt: new Date() } });
    const error = await expectAppError(makeDraft(member, archived.id), "client_archived");
    expect(error.details.fieldErrors).toEqual({ clientId: ["client_archived"] });
    await expectAppError(makeDraft(member, "c-unknown"), "client_not_found");

    const articleWriter = await actingAs(user.id, organization.id, "articles.write");
    const article = await makeArticle(articleWriter);
    const unknown = await expectAppError(
      makeDraft(member, client.id, {
        lines: [lineInput({ articleId: article.id }), lineInput({ articleId: "a-unknown" })],
      }),
      "article_not_found",
    );
    expect(unknown.details.fieldErrors).toEqual({ "lines.1.articleId": ["article_not_found"] });
    const saved = await makeDraft(member, client.id, { lines: [lineInput({ articleId: article.id })] });
    expect((await db.documentLine.findFirstOrThrow({ where: { documentId: saved.id } })).articleId).toBe(article.id);
  });
});

describe("updateDraft", () => {
  it("replaces every field and line, recomputes the totals, and returns the new version", async () => {
    const { organization, member, client } = await documentWorkspace();
    const draft = await makeDraft(member, client.id, {
      lines: [lineInput(), lineInput({ description: "Deux" }), lineInput({ description: "Trois" })],
    });
    const saved = await updateDraft(
      member,
      draft.id,
      {
        ...draftInput(client.id, {
          title: "Nouveau titre",
          pricesIncludeVat: true,
          lines: [lineInput({ description: "Seule ligne", unitPrice: "500", vatRate: "1000" })],
        }),
        expectedUpdatedAt: draft.updatedAt,
      },
      testMeta(),
    );
    expect(saved.id).toBe(draft.id);
    expect(saved.updatedAt).not.toBe(draft.updatedAt);
    const row = await db.document.findUniqueOrThrow({ where: { id: draft.id }, include: { lines: true } });
    expect(row).toMatchObject({
      title: "Nouveau titre",
      pricesIncludeVat: true,
      totalInclVatCents: 50_000,
      totalExclVatCents: 45_455,
      totalVatCents: 4545,
    });
    expect(row.lines).toHaveLength(1);
    expect(row.lines[0]).toMatchObject({ position: 1, description: "Seule ligne", netCents: 50_000 });
    expect(
      await db.auditLog.count({
        where: { organizationId: organization.id, action: "document.updated", targetId: draft.id },
      }),
    ).toBe(1);
  });

  it("refuses a stale save (document_changed) and writes nothing", async () => {
    const { member, client } = await documentWorkspace();
    const draft = await makeDraft(member, client.id);
    const first = await updateDraft(
      member,
      draft.id,
      { ...draftInput(client.id, { title: "Onglet A" }), expectedUpdatedAt: draft.updatedAt },
      testMeta(),
    );
    const error = await expectAppError(
      updateDraft(
        member,
        draft.id,
        { ...draftInput(client.id, { title: "Onglet B" }), expectedUpdatedAt: draft.updatedAt },
        testMeta(),
      ),
      "document_changed",
    );
    expect(error.kind).toBe("CONFLICT");
    expect(error.details).toMatchObject({ updatedAt: first.updatedAt });
    expect((await db.document.findUniqueOrThrow({ where: { id: draft.id } })).title).toBe("Onglet A");
    await expectAppError(updateDraft(member, draft.id, draftInput(client.id), testMeta()), "invalid_input");
  });

  it("keeps an archived client the draft already has, refuses switching to one", async () => {
    const { organization, user, member, client } = await documentWorkspace();
    const writer = await actingAs(user.id, organization.id, "clients.write");
    const other = await addClient(writer);
    const draft = await makeDraft(member, client.id);
    await db.client.updateMany({ where: { id: { in: [client.id, other.id] } }, data: { archivedAt: new Date() } });
    const saved = await updateDraft(
      member,
      draft.id,
      { ...draftInput(client.id, { title: "x" }), expectedUpdatedAt: draft.updatedAt },
      testMeta(),
    );
    await expectAppError(
      updateDraft(member, draft.id, { ...draftInput(other.id), expectedUpdatedAt: saved.updatedAt }, testMeta()),
      "client_archived",
    );
  });

  it("validation errors name the fields", async () => {
    const { member, client } = await documentWorkspace();
    const draft = await makeDraft(member, client.id);
    const error = await expectAppError(
      updateDraft(
        member,
        draft.id,
        { ...draftInput(client.id, { lines: [lineInput({ quantity: "0" })] }), expectedUpdatedAt: draft.updatedAt },
        testMeta(),
      ),
      "invalid_input",
    );
    expect(error.details.fieldErrors).toEqual({ "lines.0.quantity": ["quantity_range"] });
  });
});

describe("deleteDraft", () => {
  it("deletes a draft and its lines, audited", async () => {
    const { organization, member, client } = await documentWorkspace();
    const draft = await makeDraft(member, client.id);
    await deleteDraft(member, draft.id, testMeta());
    expect(await db.document.count({ where: { id: draft.id } })).toBe(0);
    expect(await db.documentLine.count({ where: { documentId: draft.id } })).toBe(0);
    expect(
      await db.auditLog.count({
        where: { organizationId: organization.id, action: "document.deleted", targetId: draft.id },
      }),
    ).toBe(1);
    await expectAppError(deleteDraft(member, draft.id, testMeta()), "document_not_found");
  });

  it("deleting the draft final invoice of a quote puts the quote back to ACCEPTED", async () => {
    const { organization, member, client } = await documentWorkspace();
    const quote = await insertDocument({
      organizationId: organization.id,
      clientId: client.id,
      type: "QUOTE",
      status: "INVOICED",
      lines: [{ unitPriceCents: 10_000, vatRateBps: 2000 }],
    });
    const final = await insertDocument({
      organizationId: organization.id,
      clientId: client.id,
      type: "INVOICE",
      status: "DRAFT",
      sourceQuoteId: quote.id,
      lines: [{ unitPriceCents: 10_000, vatRateBps: 2000 }],
    });
    await deleteDraft(member, final.id, testMeta());
    expect((await db.document.findUniqueOrThrow({ where: { id: quote.id } })).status).toBe("ACCEPTED");
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "document.deleted", targetId: final.id } });
    expect(audit.metadata).toMatchObject({ sourceQuoteId: quote.id, releasedQuoteId: quote.id });
  });
});

describe("updateDraft on a credit note", () => {
  it("keeps its invoice's client, VAT regime and currency", async () => {
    const { organization, user, member, client } = await documentWorkspace();
    const invoice = await makeIssuedInvoice(member, client.id);
    const creditNote = await insertDocument({
      organizationId: organization.id,
      clientId: client.id,
      type: "CREDIT_NOTE",
      status: "DRAFT",
      creditedInvoiceId: invoice.id,
      lines: [{ unitPriceCents: 1000, vatRateBps: 2000 }],
    });
    await db.organizationSettings.update({
      where: { organizationId: organization.id },
      data: { vatRegime: "FRANCHISE", currency: "CHF" },
    });
    const { updatedAt } = await getDocument(member, creditNote.id);
    const other = await addClient(await actingAs(user.id, organization.id, "clients.write"));
    await expectAppError(
      updateDraft(member, creditNote.id, { ...draftInput(other.id), expectedUpdatedAt: updatedAt }, testMeta()),
      "credit_note_client_fixed",
    );
    await updateDraft(
      member,
      creditNote.id,
      { ...draftInput(client.id, { lines: [lineInput({ unitPrice: "20" })] }), expectedUpdatedAt: updatedAt },
      testMeta(),
    );
    expect(await db.document.findUniqueOrThrow({ where: { id: creditNote.id } })).toMatchObject({
      clientId: client.id,
      creditedInvoiceId: invoice.id,
      vatExempt: false,
      currency: "EUR",
      totalInclVatCents: 2400,
      dueDate: null,
    });
  });
});
