import { archiveArticle, unarchiveArticle } from "@/lib/articles/archive-article";
import { deleteArticle } from "@/lib/articles/delete-article";
import { getArticle } from "@/lib/articles/get-article";
import { updateArticle } from "@/lib/articles/update-article";
import { createArticle } from "@/lib/articles/create-article";
import { db } from "@/lib/db/prisma";
import { AppError } from "@/lib/errors/app-error";
import { articleSnapshot, articleWorkspace, makeArticle, validArticle } from "../../support/article-factories";
import { testMeta } from "../../support/factories";
import { expectAppError } from "../../support/member-factories";

describe("articles: create, read, update", () => {
  it("creates an article with cents, basis points, a unit key and searchText, and audits it", async () => {
    const { organization, member, user } = await articleWorkspace();
    const article = await makeArticle(member, {
      name: "  Création de logo  ",
      unit: "Forfait",
      unitPrice: "1 234,56 €",
      vatRate: "550",
      reference: "LOGO-01",
      kind: "goods",
      description: "Trois propositions, Éditions incluses",
    });
    expect(article).toMatchObject({
      name: "Création de logo",
      unit: "flat",
      unitPriceCents: 123456,
      vatRateBps: 550,
      reference: "LOGO-01",
      kind: "GOODS",
      archivedAt: null,
    });
    const row = await db.article.findUniqueOrThrow({ where: { id: article.id } });
    expect(row.organizationId).toBe(organization.id);
    expect(row.searchText).toBe("creation de logo logo-01 trois propositions, editions incluses");
    const audit = await db.auditLog.findFirstOrThrow({
      where: { organizationId: organization.id, action: "article.created" },
    });
    expect(audit).toMatchObject({ actorId: user.id, targetType: "Article", targetId: article.id });
    expect(await getArticle(member, article.id)).toEqual(article);
  });

  it("keeps free-text units and defaults the kind to SERVICE", async () => {
    const { member } = await articleWorkspace();
    const article = await makeArticle(member, { unit: " Séance ", kind: "", description: "" });
    expect(article).toMatchObject({ unit: "Séance", kind: "SERVICE", description: null, reference: null });
  });

  it("refuses bad input with field errors and writes nothing", async () => {
    const { organization, member } = await articleWorkspace();
    const before = await articleSnapshot(organization.id);
    const error = await expectAppError(
      createArticle(
        member,
        {
          name: "",
          description: "x".repeat(2001),
          unit: "une unité bien trop longue",
          unitPrice: "12,345",
          vatRate: "1960",
          reference: "R".repeat(51),
          kind: "FOOD",
        },
        testMeta(),
      ),
      "invalid_input",
    );
    expect(error.details.fieldErrors).toEqual({
      name: ["required"],
      description: ["too_long"],
      unit: ["too_long"],
      unitPrice: ["money_decimals"],
      vatRate: ["vat_rate_invalid"],
      reference: ["too_long"],
      kind: ["kind_invalid"],
    });
    for (const [unitPrice, code] of [
      ["-5", "money_negative"],
      ["", "money_required"],
      ["douze", "money_invalid"],
      ["21474836,48", "money_too_large"],
    ]) {
      const refused = await expectAppError(
        createArticle(member, validArticle({ unitPrice }), testMeta()),
        "invalid_input",
      );
      expect(refused.details.fieldErrors).toEqual({ unitPrice: [code] });
    }
    expect(await articleSnapshot(organization.id)).toEqual(before);
  });

  it("accepts the largest price the column holds", async () => {
    const { member } = await articleWorkspace();
    expect((await makeArticle(member, { unitPrice: "21 474 836,47" })).unitPriceCents).toBe(2_147_483_647);
  });

  it("updates every field, recomputes searchText and audits the changed fields", async () => {
    const { organization, member } = await articleWorkspace();
    const article = await makeArticle(member, { reference: "A-1" });
    const updated = await updateArticle(
      member,
      article.id,
      validArticle({ name: "Audit SEO", unitPrice: "99.9", vatRate: "1000", reference: "A-1", unit: "heure" }),
      testMeta(),
    );
    expect(updated).toMatchObject({ name: "Audit SEO", unitPriceCents: 9990, vatRateBps: 1000, unit: "hour" });
    const row = await db.article.findUniqueOrThrow({ where: { id: article.id } });
    expect(row.searchText).toBe("audit seo a-1 une journee de developpement");
    const audit = await db.auditLog.findFirstOrThrow({
      where: { organizationId: organization.id, action: "article.updated" },
    });
    expect(audit.metadata).toMatchObject({ changed: ["name", "unit", "unitPriceCents", "vatRateBps"] });
  });

  it("refuses a save over a version changed since it was opened (article_changed), writes nothing; the current version saves", async () => {
    const { member } = await articleWorkspace();
    const article = await makeArticle(member, { reference: "V-1" });
    const opened = article.updatedAt.toISOString();
    await updateArticle(member, article.id, validArticle({ reference: "V-1", unitPrice: "110" }), testMeta(), {
      expectedUpdatedAt: opened,
    });
    const saved = await db.article.findUniqueOrThrow({ where: { id: article.id } });
    const error = await expectAppError(
      updateArticle(member, article.id, validArticle({ reference: "V-1", unitPrice: "120" }), testMeta(), {
        expectedUpdatedAt: opened,
      }),
      "article_changed",
    );
    expect(error.kind).toBe("CONFLICT");
    expect(error.details.updatedAt).toBe(saved.updatedAt.toISOString());
    expect(await db.article.findUniqueOrThrow({ where: { id: article.id } })).toEqual(saved);
    const updated = await updateArticle(
      member,
      article.id,
      validArticle({ reference: "V-1", unitPrice: "120" }),
      testMeta(),
      { expectedUpdatedAt: error.details.updatedAt },
    );
    expect(updated.unitPriceCents).toBe(12_000);
  });

  it("two saves from one version at the same time: one is written, the other is article_changed", async () => {
    const { member } = await articleWorkspace();
    const article = await makeArticle(member, { reference: "R-1" });
    const opened = article.updatedAt.toISOString();
    const results = await Promise.allSettled(
      ["130", "140"].map((unitPrice) =>
        updateArticle(member, article.id, validArticle({ reference: "R-1", unitPrice }), testMeta(), {
          expectedUpdatedAt: opened,
        }),
      ),
    );
    expect(results.map((result) => result.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect((results.find((result) => result.status === "rejected") as PromiseRejectedResult).reason).toMatchObject({
      code: "article_changed",
    });
  });

  it("an unknown id is not found", async () => {
    const { member } = await articleWorkspace();
    await expectAppError(getArticle(member, "nope"), "article_not_found");
    await expectAppError(getArticle(member, ""), "article_not_found");
    await expectAppError(updateArticle(member, "nope", validArticle(), testMeta()), "article_not_found");
  });
});

describe("article references", () => {
  it("are unique among active articles of the organization, without regard to case", async () => {
    const { organization, member } = await articleWorkspace();
    await makeArticle(member, { reference: "REF-1" });
    const before = await articleSnapshot(organization.id);
    const error = await expectAppError(makeArticle(member, { reference: "ref-1" }), "reference_taken");
    expect(error.details.fieldErrors).toEqual({ reference: ["reference_taken"] });
    expect(await articleSnapshot(organization.id)).toEqual(before);
    // Another organization may use the same reference.
    const other = await articleWorkspace();
    await expect(makeArticle(other.member, { reference: "REF-1" })).resolves.toBeDefined();
  });

  it("an update may keep its own reference but not take another's", async () => {
    const { member } = await articleWorkspace();
    const first = await makeArticle(member, { reference: "X-1" });
    const second = await makeArticle(member, { reference: "X-2" });
    await expect(
      updateArticle(member, first.id, validArticle({ reference: "x-1" }), testMeta()),
    ).resolves.toMatchObject({
      reference: "x-1",
    });
    await expectAppError(
      updateArticle(member, second.id, validArticle({ reference: "X-1" }), testMeta()),
      "reference_taken",
    );
    expect((await getArticle(member, second.id)).reference).toBe("X-2");
  });

  it("an archived article frees its reference; restoring it while taken is refused", async () => {
    const { member } = await articleWorkspace();
    const old = await makeArticle(member, { reference: "OLD" });
    await archiveArticle(member, { articleId: old.id }, testMeta());
    const replacement = await makeArticle(member, { reference: "OLD" });
    await expectAppError(unarchiveArticle(member, { articleId: old.id }, testMeta()), "reference_taken");
    expect((await getArticle(member, old.id)).archivedAt).not.toBeNull();
    await archiveArticle(member, { articleId: replacement.id }, testMeta());
    await expect(unarchiveArticle(member, { articleId: old.id }, testMeta())).resolves.toMatchObject({
      archivedAt: null,
    });
  });

  it("two simultaneous creations with one reference: exactly one wins", async () => {
    const { organization, member } = await articleWorkspace();
    const results = await Promise.allSettled([
      makeArticle(member, { reference: "RACE" }),
      makeArticle(member, { reference: "race" }),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((result) => result.status === "rejected");
    expect((rejected as PromiseRejectedResult).reason).toBeInstanceOf(AppError);
    expect(await db.article.count({ where: { organizationId: organization.id } })).toBe(1);
  });
});

describe("archive versus delete", () => {
  it("archives and restores (audited, idempotent)", async () => {
    const { organization, member } = await articleWorkspace();
    const article = await makeArticle(member);
    const archived = await archiveArticle(member, { articleId: article.id }, testMeta());
    expect(archived.archivedAt).toBeInstanceOf(Date);
    const again = await archiveArticle(member, { articleId: article.id }, testMeta());
    expect(again.archivedAt).toEqual(archived.archivedAt);
    expect((await unarchiveArticle(member, { articleId: article.id }, testMeta())).archivedAt).toBeNull();
    const actions = await db.auditLog.findMany({
      where: { organizationId: organization.id, targetId: article.id },
      orderBy: { createdAt: "asc" },
      select: { action: true },
    });
    expect(actions.map((entry) => entry.action)).toEqual(["article.created", "article.archived", "article.unarchived"]);
  });

  it("deletes an unused article (audited); it is gone", async () => {
    const { organization, member } = await articleWorkspace();
    const article = await makeArticle(member, { reference: "DEL" });
    await deleteArticle(member, { articleId: article.id }, testMeta());
    expect(await db.article.findUnique({ where: { id: article.id } })).toBeNull();
    await expectAppError(getArticle(member, article.id), "article_not_found");
    const audit = await db.auditLog.findFirstOrThrow({
      where: { organizationId: organization.id, action: "article.deleted" },
    });
    expect(audit.metadata).toEqual({ name: article.name, reference: "DEL" });
    await expectAppError(deleteArticle(member, { articleId: article.id }, testMeta()), "article_not_found");
  });
});
