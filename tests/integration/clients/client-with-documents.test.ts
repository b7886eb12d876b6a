import { archiveClient } from "@/lib/clients/archive-client";
import { deleteClient } from "@/lib/clients/delete-client";
import { deleteArticle } from "@/lib/articles/delete-article";
import { archiveArticle } from "@/lib/articles/archive-article";
import { db } from "@/lib/db/prisma";
import { makeArticle } from "../../support/article-factories";
import { addClient, clientOrganization } from "../../support/client-factories";
import { testMeta } from "../../support/factories";
import { actingAs, expectAppError } from "../../support/member-factories";

// Archive instead of delete once documents exist: a client named by a document, an article
// used on a line. Checked by the domain (clear error) and by the database (foreign keys).

async function draftWith(organizationId: string, clientId: string, articleId?: string) {
  const document = await db.document.create({ data: { organizationId, type: "QUOTE", clientId } });
  if (articleId) {
    await db.documentLine.create({
      data: {
        organizationId,
        documentId: document.id,
        position: 1,
        articleId,
        description: "Ligne",
        quantityMilli: 1000,
        unit: "piece",
        unitPriceCents: 1000,
        vatRateBps: 2000,
        netCents: 1000,
      },
    });
  }
  return document;
}

describe("clients and articles used by documents", () => {
  it("a client with a document cannot be deleted, only archived", async () => {
    const { organization, member } = await clientOrganization();
    const client = await addClient(member);
    await draftWith(organization.id, client.id);

    const error = await expectAppError(deleteClient(member, client.id, testMeta()), "client_in_use");
    expect(error.details).toMatchObject({ documents: 1 });
    expect(await db.client.count({ where: { id: client.id } })).toBe(1);
    // The foreign key refuses it too, whatever the path.
    await expect(db.client.delete({ where: { id: client.id } })).rejects.toThrow();

    const archived = await archiveClient(member, client.id, testMeta());
    expect(archived.archivedAt).not.toBeNull();
  });

  it("a client without documents can still be deleted", async () => {
    const { member } = await clientOrganization();
    const client = await addClient(member);
    await deleteClient(member, client.id, testMeta());
    expect(await db.client.count({ where: { id: client.id } })).toBe(0);
  });

  it("an article on a document line cannot be deleted, only archived", async () => {
    const { organization, user, member } = await clientOrganization();
    const writer = await actingAs(user.id, organization.id, "articles.write");
    const article = await makeArticle(writer);
    const client = await addClient(member);
    await draftWith(organization.id, client.id, article.id);

    await expectAppError(deleteArticle(writer, { articleId: article.id }, testMeta()), "article_in_use");
    await expect(db.article.delete({ where: { id: article.id } })).rejects.toThrow();
    await archiveArticle(writer, { articleId: article.id }, testMeta());
    expect((await db.article.findUniqueOrThrow({ where: { id: article.id } })).archivedAt).not.toBeNull();
  });
});
