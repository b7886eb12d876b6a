import { exportArticlesCsv } from "@/lib/articles/export-articles-csv";
import { importArticlesCsv } from "@/lib/articles/import-articles-csv";
import { previewArticlesCsv } from "@/lib/articles/preview-articles-csv";
import { MAX_CSV_BYTES } from "@/lib/csv/csv-limits";
import { db } from "@/lib/db/prisma";
import { articleSnapshot, articleWorkspace, makeArticle } from "../../support/article-factories";
import { testMeta } from "../../support/factories";
import { actingAs, addMember, expectAppError } from "../../support/member-factories";

const upload = (text: string | Uint8Array, name = "articles.csv") => ({
  name,
  bytes: typeof text === "string" ? new TextEncoder().encode(text) : text,
});

const HEADER = "Référence;Nom;Description;Unité;Prix unitaire HT;TVA (%);Type";

// Line numbers as an editor shows them: header = 1; line 3 has a quoted cell over two lines,
// line 5 is blank; the bad rows are on lines 6, 7 and 9.
const withErrors = [
  HEADER, //                                                                  1
  "R-1;Conseil;;heure;95;20;Prestation", //                                     2
  'R-2;Formation;"Deux jours', //                                               3
  'avec support";jour;1 200,00;20;Prestation', //                               4
  "", //                                                                        5
  "R-3;;;pièce;12,345;19,6;Marchandise", //                                     6
  "R-1;Doublon;;heure;10;20;", //                                               7
  "R-4;Livre;;pièce;8,5;5,5;Marchandise", //                                    8
  "R-5;Truc;;pièce;-3;20;Nourriture", //                                        9
].join("\r\n");

describe("articles CSV import: preview", () => {
  it("reports every error with its file line, field and message, and writes nothing", async () => {
    const { organization, member } = await articleWorkspace();
    const before = await articleSnapshot(organization.id);
    const preview = await previewArticlesCsv(member, upload(withErrors), "fr");
    expect(preview).toMatchObject({ separator: ";", rowCount: 6, validCount: 3, invalidCount: 3 });
    expect(preview.errors).toEqual([
      { line: 6, field: "name", message: "required" },
      { line: 6, field: "unitPrice", message: "money_decimals" },
      { line: 6, field: "vatRate", message: "vat_rate_invalid" },
      { line: 7, field: "reference", message: "reference_duplicate" },
      { line: 9, field: "unitPrice", message: "money_negative" },
      { line: 9, field: "kind", message: "kind_invalid" },
    ]);
    expect(preview.sample.map((row) => row.line)).toEqual([2, 3, 8]);
    expect(preview.sample[1]?.values).toMatchObject({
      name: "Formation",
      description: "Deux jours\r\navec support",
      unit: "jour",
      unitPrice: "1\u202f200,00\u00a0€",
      vatRate: "20\u202f%",
      kind: "Prestation",
    });
    expect(preview.columns.map((column) => column.label)).toEqual(HEADER.split(";"));
    expect(preview.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(await articleSnapshot(organization.id)).toEqual(before);
  });

  it("flags references already used by an active article, not by an archived one or another organization", async () => {
    const { member } = await articleWorkspace();
    await makeArticle(member, { reference: "taken" });
    const other = await articleWorkspace();
    await makeArticle(other.member, { reference: "MINE-ELSEWHERE" });
    const preview = await previewArticlesCsv(
      member,
      upload("Name,Unit,Unit price excl. VAT,VAT (%),Reference\nA,hour,1,20,TAKEN\nB,hour,1,20,mine-elsewhere\n"),
      "en",
    );
    expect(preview.separator).toBe(",");
    expect(preview.errors).toEqual([{ line: 2, field: "reference", message: "reference_taken" }]);
  });

  it("shows at most 50 valid rows but counts them all", async () => {
    const { member } = await articleWorkspace();
    const lines = Array.from({ length: 120 }, (_, i) => `Article ${i};heure;${i},5;20`);
    const preview = await previewArticlesCsv(
      member,
      upload(["Nom;Unité;Prix unitaire HT;TVA (%)", ...lines].join("\n")),
      "fr",
    );
    expect(preview).toMatchObject({ rowCount: 120, validCount: 120, invalidCount: 0, errors: [] });
    expect(preview.sample).toHaveLength(50);
    expect(preview.sample[49]?.line).toBe(51);
  });

  it("an ACCOUNTANT cannot preview or import", async () => {
    const { organization } = await articleWorkspace();
    const { user } = await addMember(organization.id, "ACCOUNTANT");
    const reader = await actingAs(user.id, organization.id, "articles.read");
    const file = upload(`${HEADER}\nR;Nom;;heure;1;20;`);
    await expectAppError(previewArticlesCsv(reader, file, "fr"), "forbidden");
    await expectAppError(importArticlesCsv(reader, file, "fr", testMeta()), "forbidden");
    expect(await db.article.count({ where: { organizationId: organization.id } })).toBe(0);
  });
});

describe("articles CSV import: confirm", () => {
  it("with one bad row writes nothing at all and lists the errors", async () => {
    const { organization, member } = await articleWorkspace();
    const before = await articleSnapshot(organization.id);
    const error = await expectAppError(
      importArticlesCsv(member, upload(withErrors), "fr", testMeta()),
      "csv_invalid_rows",
    );
    expect(error.details.errors).toHaveLength(6);
    expect(error.details.params).toEqual({ count: 6 });
    expect(await articleSnapshot(organization.id)).toEqual(before);
  });

  it("refuses a file other than the previewed one", async () => {
    const { organization, member } = await articleWorkspace();
    const good = upload(`${HEADER}\nR;Nom;;heure;1;20;`);
    const preview = await previewArticlesCsv(member, good, "fr");
    const changed = upload(`${HEADER}\nR;Autre nom;;heure;1;20;`);
    await expectAppError(
      importArticlesCsv(member, changed, "fr", testMeta(), { fingerprint: preview.fingerprint }),
      "csv_file_changed",
    );
    expect(await db.article.count({ where: { organizationId: organization.id } })).toBe(0);
    await importArticlesCsv(member, good, "fr", testMeta(), { fingerprint: preview.fingerprint });
    expect(await db.article.count({ where: { organizationId: organization.id } })).toBe(1);
  });

  it("with a valid file writes every row (searchText, cents, codes) in the caller's organization only, audited", async () => {
    const { organization, member, user } = await articleWorkspace();
    const other = await articleWorkspace();
    const otherBefore = await articleSnapshot(other.organization.id);
    const lines = Array.from({ length: 2500 }, (_, i) => `REF-${i};Élément ${i};;pièce;${i},99;5,5;Marchandise`);
    const progress: [number, number][] = [];
    const result = await importArticlesCsv(member, upload([HEADER, ...lines].join("\n")), "fr", testMeta(), {
      onProgress: (done, total) => progress.push([done, total]),
    });
    expect(result).toEqual({ created: 2500 });
    expect(progress).toEqual([
      [1000, 2500],
      [2000, 2500],
      [2500, 2500],
    ]);
    expect(await db.article.count({ where: { organizationId: organization.id } })).toBe(2500);
    const row = await db.article.findFirstOrThrow({ where: { organizationId: organization.id, reference: "REF-42" } });
    expect(row).toMatchObject({
      name: "Élément 42",
      unit: "piece",
      unitPriceCents: 4299,
      vatRateBps: 550,
      kind: "GOODS",
      searchText: "element 42 ref-42",
      archivedAt: null,
    });
    const audit = await db.auditLog.findFirstOrThrow({
      where: { organizationId: organization.id, action: "article.imported" },
    });
    expect(audit).toMatchObject({ actorId: user.id, metadata: { count: 2500, file: "articles.csv" } });
    expect(await articleSnapshot(other.organization.id)).toEqual(otherBefore);
  });

  it("round trip: an export imports back into another organization unchanged (fr and en)", async () => {
    const source = await articleWorkspace();
    await makeArticle(source.member, {
      name: "Conseil; stratégie",
      reference: "C-1",
      unitPrice: "1 234,56",
      unit: "heure",
    });
    await makeArticle(source.member, {
      name: 'Livre "rare"',
      reference: "L-1",
      unitPrice: "12,5",
      vatRate: "550",
      unit: "pièce",
      kind: "GOODS",
    });
    await makeArticle(source.member, {
      name: "=1+2",
      description: "Deux\nlignes",
      unitPrice: "0",
      vatRate: "0",
      unit: "Séance",
    });
    await makeArticle(source.member, { name: "Déplacement", unitPrice: "0,35", vatRate: "1000", unit: "km" });
    const fields = {
      name: true,
      description: true,
      unit: true,
      unitPriceCents: true,
      vatRateBps: true,
      reference: true,
      kind: true,
      searchText: true,
    };
    const original = await db.article.findMany({
      where: { organizationId: source.organization.id },
      orderBy: { name: "asc" },
      select: fields,
    });
    for (const locale of ["fr", "en"] as const) {
      const exported = await exportArticlesCsv(source.member, {}, locale);
      const target = await articleWorkspace();
      const file = upload(new TextEncoder().encode(exported.content), exported.fileName);
      const preview = await previewArticlesCsv(target.member, file, locale === "fr" ? "en" : "fr");
      expect(preview.errors).toEqual([]);
      await importArticlesCsv(target.member, file, locale, testMeta(), { fingerprint: preview.fingerprint });
      const copy = await db.article.findMany({
        where: { organizationId: target.organization.id },
        orderBy: { name: "asc" },
        select: fields,
      });
      expect(copy).toEqual(original);
    }
  });
});

describe("articles CSV import: odd files", () => {
  const cases: [string, ReturnType<typeof upload>, string][] = [
    ["an empty file", upload(""), "csv_empty"],
    ["only blank lines", upload("\r\n \r\n;;;\r\n"), "csv_no_rows"],
    ["only the header", upload(`${HEADER}\r\n`), "csv_no_rows"],
    ["only the header and blank separators", upload(`${HEADER}\r\n;;;;;;\r\n`), "csv_no_rows"],
    ["another extension", upload(`${HEADER}\nR;Nom;;heure;1;20;`, "articles.xlsx"), "csv_not_csv"],
    [
      "a binary file",
      upload(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00, 0xff, 0x10])),
      "csv_not_text",
    ],
    ["an unterminated quote", upload(`${HEADER}\nR;"Nom;;heure;1;20;`), "csv_unreadable"],
  ];
  it.each(cases)("refuses %s clearly", async (_label, file, code) => {
    const { organization, member } = await articleWorkspace();
    await expectAppError(previewArticlesCsv(member, file, "fr"), code);
    await expectAppError(importArticlesCsv(member, file, "fr", testMeta()), code);
    expect(await db.article.count({ where: { organizationId: organization.id } })).toBe(0);
  });

  it("refuses a file over 5 MB", async () => {
    const { member } = await articleWorkspace();
    const line = "R;Un nom assez long pour remplir le fichier;;heure;1;20;\n";
    const big = HEADER + "\n" + line.repeat(Math.ceil((6 * 1024 * 1024) / line.length));
    expect(big.length).toBeGreaterThan(MAX_CSV_BYTES);
    const error = await expectAppError(previewArticlesCsv(member, upload(big), "fr"), "csv_too_large");
    expect(error.details.params).toEqual({ maxMb: 5 });
  });

  it("names wrong, missing and duplicate columns", async () => {
    const { member } = await articleWorkspace();
    const unknown = await expectAppError(
      previewArticlesCsv(member, upload("Nom;Unité;Prix unitaire HT;TVA (%);Couleur;Poids\nA;h;1;20;bleu;3"), "fr"),
      "csv_unknown_columns",
    );
    expect(unknown.details.params).toEqual({ columns: "Couleur, Poids" });
    const missing = await expectAppError(
      previewArticlesCsv(member, upload("Name;Description\nA;b"), "en"),
      "csv_missing_columns",
    );
    expect(missing.details.params).toEqual({ columns: "Unit, Unit price excl. VAT, VAT (%)" });
    const duplicate = await expectAppError(
      previewArticlesCsv(member, upload("Nom,Name,Unité,Prix unitaire HT,TVA (%)\nA,B,h,1,20"), "fr"),
      "csv_duplicate_columns",
    );
    expect(duplicate.details.params).toEqual({ columns: "Name" });
  });

  it("reads Excel's Windows-1252 files, any header order and case, trailing separators", async () => {
    const { member } = await articleWorkspace();
    const text = "tva (%);PRIX UNITAIRE HT;unite;nom;;\r\n5,5;3,20;Pièce;Crème brûlée;;\r\n";
    const bytes = Uint8Array.from(
      [...text].map((char) => (char === "è" ? 0xe8 : char === "û" ? 0xfb : char === "é" ? 0xe9 : char.charCodeAt(0))),
    );
    const preview = await previewArticlesCsv(member, upload(bytes), "fr");
    expect(preview.errors).toEqual([]);
    expect(preview.sample[0]?.values).toMatchObject({ name: "Crème brûlée", unit: "pièce", unitPrice: "3,20\u00a0€" });
  });

  it("reports a line with more cells than the header", async () => {
    const { member } = await articleWorkspace();
    const preview = await previewArticlesCsv(
      member,
      upload("Nom,Unité,Prix unitaire HT,TVA (%)\nA,h,1,20\nB,h,1,50,20\n"),
      "fr",
    );
    expect(preview.errors).toEqual([{ line: 3, field: "", message: "csv_cell_count" }]);
  });
});
