import { archiveArticle } from "@/lib/articles/archive-article";
import { listArticles, hasAnyArticle } from "@/lib/articles/list-articles";
import { db } from "@/lib/db/prisma";
import { articleWorkspace, makeArticle } from "../../support/article-factories";
import { testMeta } from "../../support/factories";

async function catalogue() {
  const workspace = await articleWorkspace();
  const { member } = workspace;
  const rows = [
    { name: "Éclairage LED", reference: "LED-10", unitPrice: "35", vatRate: "2000", kind: "GOODS", unit: "pièce" },
    {
      name: "Audit énergétique",
      reference: "AUD",
      unitPrice: "800",
      vatRate: "2000",
      kind: "SERVICE",
      unit: "forfait",
    },
    { name: "Isolation combles", reference: null, unitPrice: "45,50", vatRate: "550", kind: "SERVICE", unit: "m2" },
    { name: "Brochure", reference: "BRO", unitPrice: "2,10", vatRate: "210", kind: "GOODS", unit: "pièce" },
    { name: "Conseil", reference: "CON", unitPrice: "95", vatRate: "1000", kind: "SERVICE", unit: "heure" },
  ];
  const made = [];
  for (const row of rows) made.push(await makeArticle(member, { ...row, reference: row.reference ?? "" }));
  const archived = await makeArticle(member, { name: "Ancien éclairage", reference: "OLD", unitPrice: "1" });
  await archiveArticle(member, { articleId: archived.id }, testMeta());
  return { ...workspace, made, archived };
}

const names = (page: { items: { name: string }[] }) => page.items.map((item) => item.name);

describe("listArticles", () => {
  it("lists active articles by name by default, 25 a page", async () => {
    const { member } = await catalogue();
    const page = await listArticles(member, {});
    expect(names(page)).toEqual(["Audit énergétique", "Brochure", "Conseil", "Isolation combles", "Éclairage LED"]);
    expect(page).toMatchObject({ total: 5, page: 1, pageSize: 25, pageCount: 1 });
    expect(page.items[0]).toEqual({
      id: expect.any(String),
      name: "Audit énergétique",
      reference: "AUD",
      unit: "flat",
      unitPriceCents: 80000,
      vatRateBps: 2000,
      kind: "SERVICE",
      archivedAt: null,
      createdAt: expect.any(Date),
    });
  });

  it("searches name, reference and description without case or accents", async () => {
    const { member } = await catalogue();
    expect(names(await listArticles(member, { q: "ECLAIRAGE" }))).toEqual(["Éclairage LED"]);
    expect(names(await listArticles(member, { q: "énergé" }))).toEqual(["Audit énergétique"]);
    expect(names(await listArticles(member, { q: "led-1" }))).toEqual(["Éclairage LED"]);
    expect(names(await listArticles(member, { q: "journée de dév" })).length).toBe(5);
    expect(names(await listArticles(member, { q: "eclairage", status: "all" }))).toEqual([
      "Ancien éclairage",
      "Éclairage LED",
    ]);
    // LIKE wildcards are searched as text, not patterns.
    expect((await listArticles(member, { q: "%" })).total).toBe(0);
    expect((await listArticles(member, { q: "_" })).total).toBe(0);
  });

  it("filters by kind, VAT rate and status", async () => {
    const { member } = await catalogue();
    expect(names(await listArticles(member, { kind: "GOODS" }))).toEqual(["Brochure", "Éclairage LED"]);
    expect(names(await listArticles(member, { vat: "550" }))).toEqual(["Isolation combles"]);
    expect(names(await listArticles(member, { vat: "2000", kind: "SERVICE" }))).toEqual(["Audit énergétique"]);
    expect(names(await listArticles(member, { status: "archived" }))).toEqual(["Ancien éclairage"]);
    expect((await listArticles(member, { status: "all" })).total).toBe(6);
    // Bad filter values fall back to "no filter" rather than failing.
    expect((await listArticles(member, { kind: "FOOD", vat: "1960", status: "gone" })).total).toBe(5);
    expect((await listArticles(member, { vat: "" })).total).toBe(5);
  });

  it("sorts by unit price, reference and creation date, both ways", async () => {
    const { member, made } = await catalogue();
    expect(names(await listArticles(member, { sort: "unitPrice" }))).toEqual([
      "Brochure",
      "Éclairage LED",
      "Isolation combles",
      "Conseil",
      "Audit énergétique",
    ]);
    expect(names(await listArticles(member, { sort: "unitPrice", dir: "desc" }))[0]).toBe("Audit énergétique");
    // Articles without a reference come last in both directions.
    expect(names(await listArticles(member, { sort: "reference" }))).toEqual([
      "Audit énergétique",
      "Brochure",
      "Conseil",
      "Éclairage LED",
      "Isolation combles",
    ]);
    expect(names(await listArticles(member, { sort: "reference", dir: "desc" })).at(-1)).toBe("Isolation combles");
    expect((await listArticles(member, { sort: "createdAt", dir: "desc" })).items.map((item) => item.id)).toEqual(
      [...made].reverse().map((article) => article.id),
    );
  });

  it("pages 25 at a time without overlap, and clamps past the end", async () => {
    const { member, organization } = await articleWorkspace();
    await db.article.createMany({
      data: Array.from({ length: 60 }, (_, i) => ({
        organizationId: organization.id,
        name: `Même nom`,
        unit: "piece",
        unitPriceCents: i,
        vatRateBps: 2000,
        searchText: "meme nom",
      })),
    });
    const pages = await Promise.all([1, 2, 3].map((page) => listArticles(member, { page: String(page) })));
    expect(pages.map((page) => page.items.length)).toEqual([25, 25, 10]);
    expect(new Set(pages.flatMap((page) => page.items.map((item) => item.id))).size).toBe(60);
    expect(pages[0]).toMatchObject({ total: 60, pageCount: 3 });
    const past = await listArticles(member, { page: "99" });
    expect(past.page).toBe(3);
    expect(past.items).toHaveLength(10);
  });

  it("tells an empty catalogue from an empty search", async () => {
    const empty = await articleWorkspace();
    expect(await hasAnyArticle(empty.member)).toBe(false);
    const { member } = await catalogue();
    expect(await hasAnyArticle(member)).toBe(true);
  });
});
