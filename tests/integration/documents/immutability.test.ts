import { db } from "@/lib/db/prisma";
import { deleteDraft } from "@/lib/documents/delete-draft";
import { documentDbError, withDocumentDbErrors } from "@/lib/documents/document-db-errors";
import { getDocument } from "@/lib/documents/get-document";
import { issueDocument } from "@/lib/documents/issue-document";
import { updateDraft } from "@/lib/documents/update-draft";
import { AppError } from "@/lib/errors/app-error";
import type { Prisma } from "@/lib/generated/prisma/client";
import { testMeta } from "../../support/factories";
import { expectAppError } from "../../support/member-factories";
import { documentRows, documentWorkspace, draftInput, makeIssuedInvoice } from "../../support/document-factories";
import { insertDocument } from "../../support/issued-document-factories";

// An issued document is never edited nor deleted, by any path: the domain functions refuse
// it with a clear AppError, and the database triggers refuse every direct write of its
// content or lines (only lifecycle columns move). Every refusal reads as "document_frozen".

async function issuedWorld() {
  const workspace = await documentWorkspace();
  const issued = await makeIssuedInvoice(workspace.member, workspace.client.id);
  return { ...workspace, issued };
}

/** A direct write must be refused by the database, and read as document_frozen. */
async function expectFrozen(write: Promise<unknown>) {
  const error = await write.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).not.toBeNull();
  const mapped = documentDbError(error);
  expect(mapped).toBeInstanceOf(AppError);
  expect(mapped?.code).toBe("document_frozen");
}

describe("the domain functions refuse an issued document", () => {
  it("updateDraft, deleteDraft and issueDocument say document_frozen and change nothing", async () => {
    const { member, client, issued } = await issuedWorld();
    const before = await documentRows(issued.id);
    const { updatedAt } = await getDocument(member, issued.id);

    const update = await expectAppError(
      updateDraft(
        member,
        issued.id,
        { ...draftInput(client.id, { title: "Changé" }), expectedUpdatedAt: updatedAt },
        testMeta(),
      ),
      "document_frozen",
    );
    expect(update.kind).toBe("CONFLICT");
    expect(update.details).toMatchObject({ status: "ISSUED" });
    await expectAppError(deleteDraft(member, issued.id, testMeta()), "document_frozen");
    await expectAppError(issueDocument(member, issued.id, {}, testMeta()), "document_frozen");
    expect(await documentRows(issued.id)).toEqual(before);
  });

  it("a sent quote is frozen too", async () => {
    const { organization, member, client } = await documentWorkspace();
    const quote = await insertDocument({
      organizationId: organization.id,
      clientId: client.id,
      type: "QUOTE",
      status: "SENT",
      lines: [{ unitPriceCents: 1000, vatRateBps: 2000 }],
    });
    const { updatedAt } = await getDocument(member, quote.id);
    await expectAppError(
      updateDraft(member, quote.id, { ...draftInput(client.id), expectedUpdatedAt: updatedAt }, testMeta()),
      "document_frozen",
    );
    await expectAppError(deleteDraft(member, quote.id, testMeta()), "document_frozen");
    await expectFrozen(db.document.update({ where: { id: quote.id }, data: { notes: "changé" } }));
  });
});

describe("the database refuses direct writes to an issued document", () => {
  // Every content column, with a value different from the issued one.
  const changes: [string, (ids: { otherClientId: string }) => Prisma.DocumentUncheckedUpdateInput][] = [
    ["type", () => ({ type: "DEPOSIT_INVOICE" })],
    ["clientId", ({ otherClientId }) => ({ clientId: otherClientId })],
    ["series", () => ({ series: "OTHER" })],
    ["sequence", () => ({ sequence: 999 })],
    ["number", () => ({ number: "F-9999-99999" })],
    ["title", () => ({ title: "Autre objet" })],
    ["issueDate", () => ({ issueDate: new Date("2020-01-01T00:00:00Z") })],
    ["serviceDate", () => ({ serviceDate: new Date("2020-01-01T00:00:00Z") })],
    ["dueDate", () => ({ dueDate: new Date("2099-01-01T00:00:00Z") })],
    ["validUntil", () => ({ validUntil: new Date("2099-01-01T00:00:00Z") })],
    ["currency", () => ({ currency: "USD" })],
    ["language", () => ({ language: "en" })],
    ["pricesIncludeVat", () => ({ pricesIncludeVat: true })],
    ["vatExempt", () => ({ vatExempt: true })],
    ["discountKind", () => ({ discountKind: "PERCENT", discountValue: 1000 })],
    ["supplyKind", () => ({ supplyKind: "GOODS" })],
    ["purchaseOrderNumber", () => ({ purchaseOrderNumber: "PO" })],
    ["deliveryAddress", () => ({ deliveryAddress: "Ailleurs" })],
    ["paymentTermsDays", () => ({ paymentTermsDays: 90 })],
    ["paymentTermsEndOfMonth", () => ({ paymentTermsEndOfMonth: true })],
    ["notes", () => ({ notes: "Ajout" })],
    ["sellerSnapshot", () => ({ sellerSnapshot: { legalName: "Autre" } })],
    ["clientSnapshot", () => ({ clientSnapshot: { name: "Autre" } })],
    ["totalExclVatCents", () => ({ totalExclVatCents: 1 })],
    ["totalVatCents", () => ({ totalVatCents: 1 })],
    ["totalInclVatCents", () => ({ totalInclVatCents: 1 })],
    ["discountCents", () => ({ discountCents: 1 })],
    ["vatBreakdown", () => ({ vatBreakdown: [] })],
    ["depositPercentBps", () => ({ depositPercentBps: 3000 })],
    ["issuedAt", () => ({ issuedAt: new Date("2020-01-01T00:00:00Z") })],
    ["createdById", () => ({ createdById: null })],
    ["createdAt", () => ({ createdAt: new Date("2020-01-01T00:00:00Z") })],
    ["status back to DRAFT", () => ({ status: "DRAFT" })],
  ];

  it.each(changes)("db.document.update of %s is refused", async (_column, change) => {
    const { organization, issued } = await issuedWorld();
    const other = await db.client.create({
      data: { organizationId: organization.id, kind: "COMPANY", name: "Autre client", emails: [] },
    });
    const before = await documentRows(issued.id);
    await expectFrozen(db.document.update({ where: { id: issued.id }, data: change({ otherClientId: other.id }) }));
    expect(await documentRows(issued.id)).toEqual(before);
  });

  it("updateMany, raw SQL, delete and deleteMany are refused", async () => {
    const { organization, issued } = await issuedWorld();
    const before = await documentRows(issued.id);
    await expectFrozen(db.document.updateMany({ where: { organizationId: organization.id }, data: { notes: "x" } }));
    await expectFrozen(db.$executeRaw`UPDATE "Document" SET "notes" = 'x' WHERE "id" = ${issued.id}`);
    await expectFrozen(db.document.delete({ where: { id: issued.id } }));
    await expectFrozen(db.document.deleteMany({ where: { organizationId: organization.id } }));
    await expectFrozen(db.$executeRaw`DELETE FROM "Document" WHERE "id" = ${issued.id}`);
    expect(await documentRows(issued.id)).toEqual(before);
  });

  it("its lines cannot be created, updated or deleted", async () => {
    const { organization, issued } = await issuedWorld();
    const before = await documentRows(issued.id);
    const line = before.lines[0]!;
    await expectFrozen(
      db.documentLine.create({
        data: {
          organizationId: organization.id,
          documentId: issued.id,
          position: 2,
          description: "Ajout",
          quantityMilli: 1000,
          unit: "piece",
          unitPriceCents: 100,
          vatRateBps: 2000,
          netCents: 100,
        },
      }),
    );
    await expectFrozen(db.documentLine.update({ where: { id: line.id }, data: { unitPriceCents: 1 } }));
    await expectFrozen(db.documentLine.updateMany({ where: { documentId: issued.id }, data: { description: "x" } }));
    await expectFrozen(db.documentLine.delete({ where: { id: line.id } }));
    await expectFrozen(db.documentLine.deleteMany({ where: { documentId: issued.id } }));
    await expectFrozen(db.$executeRaw`UPDATE "DocumentLine" SET "netCents" = 0 WHERE "id" = ${line.id}`);
    expect(await documentRows(issued.id)).toEqual(before);
  });

  it("withDocumentDbErrors turns the refusal into the AppError", async () => {
    const { issued } = await issuedWorld();
    const error = await expectAppError(
      withDocumentDbErrors(() => db.document.update({ where: { id: issued.id }, data: { notes: "x" } })),
      "document_frozen",
    );
    expect(error.kind).toBe("CONFLICT");
  });

  it("lifecycle columns still move", async () => {
    const { organization, issued } = await issuedWorld();
    const sentAt = new Date();
    await db.document.update({ where: { id: issued.id }, data: { sentAt, acceptedAt: sentAt, declinedAt: sentAt } });
    await db.payment.create({
      data: {
        organizationId: organization.id,
        documentId: issued.id,
        date: new Date(),
        amountCents: 100,
        method: "CASH",
      },
    });
    expect(await db.document.findUniqueOrThrow({ where: { id: issued.id } })).toMatchObject({ sentAt, paidCents: 100 });
  });
});
