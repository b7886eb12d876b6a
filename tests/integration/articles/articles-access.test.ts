import { archiveArticle, unarchiveArticle } from "@/lib/articles/archive-article";
import { createArticle } from "@/lib/articles/create-article";
import { deleteArticle } from "@/lib/articles/delete-article";
import { getArticle } from "@/lib/articles/get-article";
import { listArticles } from "@/lib/articles/list-articles";
import { updateArticle } from "@/lib/articles/update-article";
import { requireMember } from "@/lib/auth/access/require-member";
import { articleSnapshot, articleWorkspace, makeArticle, validArticle } from "../../support/article-factories";
import { testMeta } from "../../support/factories";
import { actingAs, addMember, expectAppError, signedIn } from "../../support/member-factories";

describe("articles across organizations", () => {
  it("A cannot read, update, archive, restore or delete B's article by id; B is unchanged", async () => {
    const a = await articleWorkspace();
    const b = await articleWorkspace();
    const bArticle = await makeArticle(b.member, { reference: "B-1", name: "Secret de B" });
    const bArchived = await makeArticle(b.member, { reference: "B-2" });
    await archiveArticle(b.member, { articleId: bArchived.id }, testMeta());
    const before = await articleSnapshot(b.organization.id);

    await expectAppError(getArticle(a.member, bArticle.id), "article_not_found");
    await expectAppError(updateArticle(a.member, bArticle.id, validArticle(), testMeta()), "article_not_found");
    await expectAppError(archiveArticle(a.member, { articleId: bArticle.id }, testMeta()), "article_not_found");
    await expectAppError(unarchiveArticle(a.member, { articleId: bArchived.id }, testMeta()), "article_not_found");
    await expectAppError(deleteArticle(a.member, { articleId: bArticle.id }, testMeta()), "article_not_found");

    expect(await articleSnapshot(b.organization.id)).toEqual(before);
    const aList = await listArticles(a.member, { status: "all", q: "secret" });
    expect(aList.total).toBe(0);
  });

  it("A cannot get a context in B at all", async () => {
    const a = await articleWorkspace();
    const b = await articleWorkspace();
    const session = await signedIn(a.user.id, a.organization.id);
    await expect(requireMember(session, b.organization.id, "articles.read")).rejects.toMatchObject({
      code: "organization_not_found",
    });
  });
});

describe("articles by role", () => {
  it("an ACCOUNTANT reads but cannot write, even with a context obtained for reading", async () => {
    const owner = await articleWorkspace();
    const article = await makeArticle(owner.member);
    const { user } = await addMember(owner.organization.id, "ACCOUNTANT");
    const session = await signedIn(user.id, owner.organization.id);
    await expect(requireMember(session, owner.organization.id, "articles.write")).rejects.toMatchObject({
      code: "forbidden",
    });
    const reader = await actingAs(user.id, owner.organization.id, "articles.read");
    expect((await listArticles(reader, {})).items.map((item) => item.id)).toEqual([article.id]);
    expect((await getArticle(reader, article.id)).id).toBe(article.id);
    const before = await articleSnapshot(owner.organization.id);
    await expectAppError(createArticle(reader, validArticle(), testMeta()), "forbidden");
    await expectAppError(updateArticle(reader, article.id, validArticle({ name: "x" }), testMeta()), "forbidden");
    await expectAppError(archiveArticle(reader, { articleId: article.id }, testMeta()), "forbidden");
    await expectAppError(deleteArticle(reader, { articleId: article.id }, testMeta()), "forbidden");
    expect(await articleSnapshot(owner.organization.id)).toEqual(before);
  });

  it("a MEMBER creates, updates, archives and deletes", async () => {
    const { member } = await articleWorkspace("MEMBER");
    const article = await createArticle(member, validArticle(), testMeta());
    await updateArticle(member, article.id, validArticle({ name: "Renamed" }), testMeta());
    await archiveArticle(member, { articleId: article.id }, testMeta());
    await unarchiveArticle(member, { articleId: article.id }, testMeta());
    await deleteArticle(member, { articleId: article.id }, testMeta());
    await expectAppError(getArticle(member, article.id), "article_not_found");
  });
});
