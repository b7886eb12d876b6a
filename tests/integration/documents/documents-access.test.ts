import { db } from "@/lib/db/prisma";
import { createDraft } from "@/lib/documents/create-draft";
import { deleteDraft } from "@/lib/documents/delete-draft";
import { documentDbError } from "@/lib/documents/document-db-errors";
import { duplicateDocument } from "@/lib/documents/duplicate-document";
import { getDocument } from "@/lib/documents/get-document";
import { issueDocument } from "@/lib/documents/issue-document";
import { updateDraft } from "@/lib/documents/update-draft";
import { testMeta } from "../../support/factories";
import { actingAs, addMember, expectAppError } from "../../support/member-factories";
import { makeArticle } from "../../support/article-factories";
import {
  documentRows,
  documentWorkspace,
  draftInput,
  lineInput,
  makeDraft,
  makeIssuedInvoice,
} from "../../support/document-factories";

// Tenancy: another organization's documents, clients and articles do not exist for a member
// (NOT_FOUND, nothing changed), and the composite foreign keys refuse mixing organizations
// whatever the path. Roles: the accountant reads, never writes nor issues.

async function twoOrganizations() {
  const mine = await documentWorkspace();
  const theirs = await documentWorkspace();
  const theirDraft = await makeDraft(theirs.member, theirs.client.id);
  const theirInvoice = await makeIssuedInvoice(theirs.member, theirs.client.id);
  return { mine, theirs, theirDraft, theirInvoice };
}

describe("another organization's documents", () => {
  it("cannot be read, updated, deleted, duplicated nor issued: NOT_FOUND, nothing changes", async () => {
    const { mine, theirs, theirDraft, theirInvoice } = await twoOrganizations();
    const before = await Promise.all([documentRows(theirDraft.id), documentRows(theirInvoice.id)]);
    const auditBefore = await db.auditLog.count({ where: { organizationId: theirs.organization.id } });

    for (const id of [theirDraft.id, theirInvoice.id]) {
      await expectAppError(getDocument(mine.member, id), "document_not_found");
      await expectAppError(
        updateDraft(
          mine.member,
          id,
          { ...draftInput(mine.client.id), expectedUpdatedAt: theirDraft.updatedAt },
          testMeta(),
        ),
        "document_not_found",
      );
      await expectAppError(deleteDraft(mine.member, id, testMeta()), "document_not_found");
      await expectAppError(duplicateDocument(mine.member, id, testMeta()), "document_not_found");
      await expectAppError(issueDocument(mine.member, id, {}, testMeta()), "document_not_found");
    }

    expect(await Promise.all([documentRows(theirDraft.id), documentRows(theirInvoice.id)])).toEqual(before);
    expect(await db.auditLog.count({ where: { organizationId: theirs.organization.id } })).toBe(auditBefore);
    expect(await db.document.count({ where: { organizationId: mine.organization.id } })).toBe(0);
  });

  it("their clients and articles cannot be put on my documents", async () => {
    const { mine, theirs } = await twoOrganizations();
    const theirArticle = await makeArticle(await actingAs(theirs.user.id, theirs.organization.id, "articles.write"));

    await expectAppError(makeDraft(mine.member, theirs.client.id), "client_not_found");
    const article = await expectAppError(
      makeDraft(mine.member, mine.client.id, { lines: [lineInput({ articleId: theirArticle.id })] }),
      "article_not_found",
    );
    expect(article.details.fieldErrors).toEqual({ "lines.0.articleId": ["article_not_found"] });

    const draft = await makeDraft(mine.member, mine.client.id);
    await expectAppError(
      updateDraft(
        mine.member,
        draft.id,
        { ...draftInput(theirs.client.id), expectedUpdatedAt: draft.updatedAt },
        testMeta(),
      ),
      "client_not_found",
    );
    await expectAppError(
      updateDraft(
        mine.member,
        draft.id,
        {
          ...draftInput(mine.client.id, { lines: [lineInput({ articleId: theirArticle.id })] }),
          expectedUpdatedAt: draft.updatedAt,
        },
        testMeta(),
      ),
      "article_not_found",
    );
    expect((await db.document.findUniqueOrThrow({ where: { id: draft.id } })).clientId).toBe(mine.client.id);
  });

  it("the composite foreign keys refuse it whatever the path", async () => {
    const { mine, theirs, theirDraft, theirInvoice } = await twoOrganizations();
    const theirArticle = await makeArticle(await actingAs(theirs.user.id, theirs.organization.id, "articles.write"));
    const refusal = async (write: Promise<unknown>) =>
      documentDbError(
        await write.then(
          () => null,
          (error: unknown) => error,
        ),
      );

    // A document of mine naming their client.
    expect(
      await refusal(
        db.document.create({
          data: { organizationId: mine.organization.id, type: "INVOICE", clientId: theirs.client.id },
        }),
      ),
    ).toMatchObject({ code: "client_not_found" });
    // A line of mine naming their article.
    const draft = await makeDraft(mine.member, mine.client.id);
    expect(
      await refusal(
        db.documentLine.create({
          data: {
            organizationId: mine.organization.id,
            documentId: draft.id,
            position: 2,
            articleId: theirArticle.id,
            description: "x",
            quantityMilli: 1000,
            unit: "piece",
            unitPriceCents: 1,
            vatRateBps: 2000,
            netCents: 1,
          },
        }),
      ),
    ).toMatchObject({ code: "article_not_found" });
    // A line of mine on their draft, or a credit note of mine crediting their invoice.
    expect(
      await refusal(
        db.documentLine.create({
          data: {
            organizationId: mine.organization.id,
            documentId: theirDraft.id,
            position: 9,
            description: "x",
            quantityMilli: 1000,
            unit: "piece",
            unitPriceCents: 1,
            vatRateBps: 2000,
            netCents: 1,
          },
        }),
      ),
    ).toMatchObject({ code: "document_not_found" });
    expect(
      await refusal(
        db.document.create({
          data: {
            organizationId: mine.organization.id,
            type: "CREDIT_NOTE",
            clientId: mine.client.id,
            creditedInvoiceId: theirInvoice.id,
          },
        }),
      ),
    ).toMatchObject({ code: "invoice_not_found" });
    // A payment of mine on their invoice.
    expect(
      await refusal(
        db.payment.create({
          data: {
            organizationId: mine.organization.id,
            documentId: theirInvoice.id,
            date: new Date(),
            amountCents: 1,
            method: "CASH",
          },
        }),
      ),
    ).toMatchObject({ code: "invoice_not_found" });
  });

  it("each organization numbers its own invoices from 1", async () => {
    const { mine, theirInvoice } = await twoOrganizations();
    const issued = await makeIssuedInvoice(mine.member, mine.client.id);
    expect(issued.sequence).toBe(1);
    expect(theirInvoice.sequence).toBe(1);
  });
});

describe("roles", () => {
  it("the accountant reads documents but cannot create, update, delete, duplicate nor issue", async () => {
    const owner = await documentWorkspace();
    const draft = await makeDraft(owner.member, owner.client.id);
    const { user } = await addMember(owner.organization.id, "ACCOUNTANT");
    const accountant = await actingAs(user.id, owner.organization.id, "documents.read");
    const before = await documentRows(draft.id);

    expect((await getDocument(accountant, draft.id)).id).toBe(draft.id);
    const forbidden = await expectAppError(
      createDraft(accountant, "INVOICE", draftInput(owner.client.id), testMeta()),
      "forbidden",
    );
    expect(forbidden.kind).toBe("FORBIDDEN");
    await expectAppError(
      updateDraft(
        accountant,
        draft.id,
        { ...draftInput(owner.client.id), expectedUpdatedAt: draft.updatedAt },
        testMeta(),
      ),
      "forbidden",
    );
    await expectAppError(deleteDraft(accountant, draft.id, testMeta()), "forbidden");
    await expectAppError(duplicateDocument(accountant, draft.id, testMeta()), "forbidden");
    await expectAppError(issueDocument(accountant, draft.id, {}, testMeta()), "forbidden");
    expect(await documentRows(draft.id)).toEqual(before);
    expect(await db.document.count({ where: { organizationId: owner.organization.id } })).toBe(1);
  });

  it("a plain member writes and issues", async () => {
    const owner = await documentWorkspace();
    const { user } = await addMember(owner.organization.id, "MEMBER");
    const member = await actingAs(user.id, owner.organization.id, "documents.issue");
    const issued = await makeIssuedInvoice(member, owner.client.id);
    expect(issued.sequence).toBe(1);
  });
});
