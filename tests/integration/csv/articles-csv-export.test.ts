import Papa from "papaparse";
import { archiveArticle } from "@/lib/articles/archive-article";
import { exportArticlesCsv } from "@/lib/articles/export-articles-csv";
import { articleWorkspace, makeArticle } from "../../support/article-factories";
import { testMeta } from "../../support/factories";
import { actingAs, addMember } from "../../support/member-factories";

function parse(content: string, delimiter: string) {
  expect(content.startsWith("\uFEFF")).toBe(true);
  const result = Papa.parse<string[]>(content.slice(1), { delimiter, skipEmptyLines: true });
  expect(result.errors).toEqual([]);
  return result.data;
}

async function catalogue() {
  const workspace = await articleWorkspace();
  const { member } = workspace;
  await makeArticle(member, {
    name: "Conseil; stratégie",
    reference: "C-1",
    unitPrice: "1 234,56",
    vatRate: "2000",
    unit: "heure",
  });
  await makeArticle(member, {
    name: "Livre",
    reference: "L-1",
    unitPrice: "12,5",
    vatRate: "550",
    unit: "pièce",
    kind: "GOODS",
  });
  await makeArticle(member, {
    name: '=HYPERLINK("http://evil.test")',
    reference: "",
    description: 'Ligne 1\nLigne "2"',
    unitPrice: "0",
    vatRate: "0",
    unit: "Séance",
  });
  const archived = await makeArticle(member, { name: "Ancien", reference: "OLD", unitPrice: "1" });
  await archiveArticle(member, { articleId: archived.id }, testMeta());
  return workspace;
}

describe("articles CSV export", () => {
  it("writes a French file for Excel: BOM, ';', decimal commas, labels, the list's filters and sort", async () => {
    const { member } = await catalogue();
    const file = await exportArticlesCsv(
      member,
      { sort: "unitPrice", dir: "desc" },
      "fr",
      new Date("2026-03-04T23:30:00Z"),
    );
    expect(file.fileName).toBe("articles-2026-03-05.csv");
    expect(file.rowCount).toBe(3);
    expect(file.content).toContain("\r\n");
    const rows = parse(file.content, ";");
    expect(rows).toEqual([
      ["Référence", "Nom", "Description", "Unité", "Prix unitaire HT", "TVA (%)", "Type"],
      ["C-1", "Conseil; stratégie", "Une journée de développement", "heure", "1234,56", "20", "Prestation"],
      ["L-1", "Livre", "Une journée de développement", "pièce", "12,50", "5,5", "Marchandise"],
      // A formula is defused with a leading apostrophe (readCsv takes it off again).
      ["", '\'=HYPERLINK("http://evil.test")', 'Ligne 1\nLigne "2"', "Séance", "0,00", "0", "Prestation"],
    ]);
  });

  it("writes an English file with ',' and decimal points, and respects search and filters", async () => {
    const { member } = await catalogue();
    const file = await exportArticlesCsv(member, { q: "livre", kind: "GOODS" }, "en");
    expect(parse(file.content, ",")).toEqual([
      ["Reference", "Name", "Description", "Unit", "Unit price excl. VAT", "VAT (%)", "Kind"],
      ["L-1", "Livre", "Une journée de développement", "piece", "12.50", "5.5", "Goods"],
    ]);
    const archived = await exportArticlesCsv(member, { status: "archived" }, "en");
    expect(
      parse(archived.content, ",")
        .slice(1)
        .map((row) => row[1]),
    ).toEqual(["Ancien"]);
    const none = await exportArticlesCsv(member, { q: "nothing-matches" }, "fr");
    expect(parse(none.content, ";")).toHaveLength(1);
  });

  it("exports every page, and only the caller's organization; an ACCOUNTANT may export", async () => {
    const { member, organization } = await catalogue();
    const other = await articleWorkspace();
    await makeArticle(other.member, { name: "Article de l'autre", reference: "C-1" });
    const { user } = await addMember(organization.id, "ACCOUNTANT");
    const accountant = await actingAs(user.id, organization.id, "articles.read");
    const file = await exportArticlesCsv(accountant, { status: "all", page: "2", pageSize: "5" }, "fr");
    expect(file.rowCount).toBe(4);
    expect(file.content).not.toContain("Article de l'autre");
    expect((await exportArticlesCsv(member, {}, "fr")).content).not.toContain("Article de l'autre");
  });
});
