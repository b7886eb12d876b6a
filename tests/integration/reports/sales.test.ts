import { GET as salesRoute } from "@/app/api/reports/sales/route";
import type { SessionContext } from "@/lib/auth/sessions/session-context";
import { computeKeyFigures } from "@/lib/dashboard/compute-key-figures";
import { customPeriod } from "@/lib/dashboard/dashboard-period";
import { db } from "@/lib/db/prisma";
import { calendarFromDate } from "@/lib/documents/calendar-date";
import { AppError } from "@/lib/errors/app-error";
import { salesFile } from "@/lib/reports/sales/sales-file";
import { salesReport, type SalesReport } from "@/lib/reports/sales/sales-report";
import { salesTable } from "@/lib/reports/sales/sales-table";
import { resolveSalesView } from "@/lib/reports/sales/sales-view";
import { documentWorkspace, lineInput, makeIssuedInvoice } from "../../support/document-factories";
import { actingAs, addMember, expectAppError, signedIn } from "../../support/member-factories";
import { readXlsxRows } from "../../support/xlsx";
import { ago, period, salesHistory, today, type SalesHistory } from "./sales-history";

// The sales report against the same figures recomputed here from the rows: three views of one
// history (sales-history.ts) with several clients, articles, months and VAT rates, a discount,
// prices incl. VAT, a credit note, a deposit and the final invoice deducting it, a document in
// another currency, drafts and documents outside the period. Then the files against the page,
// tenancy, permissions and bad input.

let currentSession: SessionContext | null = null;
jest.mock("@/app/_shared/session", () => ({
  getSession: async () => currentSession,
  getRequestMeta: async () => ({ ip: "10.0.0.1", userAgent: "jest" }),
}));
jest.mock("@/app/_shared/request-locale", () => ({ getRequestLocale: async () => "fr" }));

let history: SalesHistory;

beforeAll(async () => {
  history = await salesHistory();
}, 180_000);

const day = (date: Date | null) => (date ? calendarFromDate(date) : "");

/** The documents that are sales of the range, read plainly, with their sign. */
async function salesRows(organizationId: string, range: { from: string; to: string }) {
  const documents = await db.document.findMany({ where: { organizationId }, include: { lines: true } });
  return documents
    .filter((d) => ["INVOICE", "DEPOSIT_INVOICE", "CREDIT_NOTE"].includes(d.type) && d.status === "ISSUED")
    .filter((d) => d.currency === "EUR" && day(d.issueDate) >= range.from && day(d.issueDate) <= range.to)
    .map((d) => ({ ...d, sign: d.type === "CREDIT_NOTE" ? -1 : 1 }));
}

type Rows = Awaited<ReturnType<typeof salesRows>>;
const sum = (rows: Rows, pick: (row: Rows[number]) => number) => rows.reduce((t, r) => t + r.sign * pick(r), 0);
const amounts = (rows: Rows) => ({
  exclVatCents: sum(rows, (r) => r.totalExclVatCents),
  vatCents: sum(rows, (r) => r.totalVatCents),
  inclVatCents: sum(rows, (r) => r.totalInclVatCents),
});

describe("salesReport by client and by month", () => {
  it("equals the documents' totals recomputed from the rows, credit notes subtracted", async () => {
    const rows = await salesRows(history.organization.id, period);
    // Invoice 1, invoice 2, the deposit, the credit note, the final invoice, invoice 4.
    expect(rows).toHaveLength(6);
    const report = await salesReport(history.member, period, "client");
    expect(report.view).toBe("client");
    expect(report.currency).toBe("EUR");
    const expected = [history.alpha, history.beta].map((client) => {
      const own = rows.filter((r) => r.clientId === client.id);
      return { client: { id: client.id, name: client.name }, documentCount: own.length, ...amounts(own) };
    });
    expected.sort((a, b) => b.exclVatCents - a.exclVatCents);
    expect(report.rows).toEqual(expected);
    expect(report.totals).toEqual({ documentCount: 6, ...amounts(rows) });

    const byMonth = await salesReport(history.member, period, "month");
    const months = [...new Set(rows.map((r) => day(r.issueDate).slice(0, 7)))];
    for (const month of months) {
      const own = rows.filter((r) => day(r.issueDate).startsWith(month));
      const row = byMonth.rows.find((r) => "month" in r && r.month === month);
      expect(row).toEqual({ month, documentCount: own.length, ...amounts(own) });
    }
    // Every month of the period, in order, the quiet ones at zero.
    const listed = byMonth.rows.map((r) => ("month" in r ? r.month : ""));
    expect(listed[0]).toBe(period.from.slice(0, 7));
    expect(listed.at(-1)).toBe(period.to.slice(0, 7));
    expect([...listed].sort()).toEqual(listed);
    expect(byMonth.totals).toEqual(report.totals);
  });

  it("is the figures the documents were built with", async () => {
    const report = await salesReport(history.member, period, "client");
    if (report.view !== "client") throw new Error("not by client");
    const alpha = report.rows.find((r) => r.client.id === history.alpha.id)!;
    // Invoice 1: 240,00 + 25,00; credit note: 40,00 incl. VAT split 36,64 at 20 % and 3,36 at
    // 5.5 % → 30,53 + 3,18 excl. VAT; invoice 4: 96,00 incl. VAT → 80,00.
    expect(alpha.exclVatCents).toBe(26_500 - 3_371 + 8_000);
    expect(alpha.inclVatCents).toBe(24_000 * 1.2 + 2_638 - 4_000 + 9_600);
    expect(alpha.documentCount).toBe(3);
    const beta = report.rows.find((r) => r.client.id === history.beta.id)!;
    // Invoice 2: 1 000,00 less 10 %; the deposit and the final invoice: the quote's 850,00.
    expect(beta.exclVatCents).toBe(90_000 + 85_000);
  });

  it("its grand total excl. VAT is the dashboard's invoiced figure for the same period", async () => {
    const ranges = [
      period,
      { from: ago(85), to: ago(75) },
      { from: ago(65), to: ago(45) },
      { from: ago(300), to: today },
    ];
    for (const range of ranges) {
      const figures = await computeKeyFigures(history.member, customPeriod(range), today);
      for (const view of ["client", "article", "month"] as const) {
        const report = await salesReport(history.member, range, view);
        expect([range, view, report.totals.exclVatCents]).toEqual([range, view, figures.current.invoicedExclVatCents]);
      }
    }
  });
});

describe("salesReport by article", () => {
  const rowOf = (report: SalesReport, kind: string, id?: string) =>
    report.view === "article"
      ? report.rows.filter((r) => r.group.kind === kind && (id === undefined || ("id" in r.group && r.group.id === id)))
      : [];

  it("counts each article once, per unit, deposits netted out, credit notes subtracted", async () => {
    const report = await salesReport(history.member, period, "article");
    const [consulting] = rowOf(report, "article", history.articles.consulting.id);
    // 3 h (invoice 1) + 10 h (final invoice) + 1 h (invoice 4).
    expect(consulting).toMatchObject({
      group: { kind: "article", name: "Conseil", reference: "CONS" },
      unit: "hour",
      quantityMilli: 14_000,
      exclVatCents: 24_000 + 80_000 + 8_000,
    });
    const [book] = rowOf(report, "article", history.articles.book.id);
    // 2 + 4 books at 12,50, 5.5 % VAT: invoice 1's one line carries its group's VAT alone.
    expect(book).toMatchObject({ unit: "piece", quantityMilli: 6_000, exclVatCents: 2_500 + 5_000 });
    // The deposit and its deduction cancel out excl. VAT (the final invoice deducts its base).
    const [deposits] = rowOf(report, "deposits");
    expect(deposits).toMatchObject({ unit: null, quantityMilli: null, exclVatCents: 0 });
    // Free lines: the audit days (after the 10 % discount) and the credit note's amount lines.
    const free = rowOf(report, "free");
    expect(free.map((r) => [r.unit, r.quantityMilli, r.exclVatCents])).toEqual([
      ["day", 2_000, 90_000],
      ["flat", -2_000, -3_371],
    ]);
    expect(report.view === "article" && report.rows.map((r) => r.group.kind)).toEqual([
      "article",
      "article",
      "free",
      "free",
      "deposits",
    ]);
  });

  it("adds up to the report by client, to the cent, and quantities are the lines' own", async () => {
    const byArticle = await salesReport(history.member, period, "article");
    const byClient = await salesReport(history.member, period, "client");
    expect(byArticle.totals).toEqual(byClient.totals);
    const rows = await salesRows(history.organization.id, period);
    for (const article of [history.articles.consulting, history.articles.book]) {
      const quantity = rows.reduce(
        (total, d) =>
          total + d.lines.filter((l) => l.articleId === article.id).reduce((t, l) => t + d.sign * l.quantityMilli, 0),
        0,
      );
      expect(rowOf(byArticle, "article", article.id)[0]!.quantityMilli).toBe(quantity);
    }
  });

  it("a period with the deposit only shows it under deposits", async () => {
    const report = await salesReport(history.member, { from: ago(85), to: ago(75) }, "article");
    expect(report.rows).toHaveLength(1);
    expect(report.rows[0]).toMatchObject({
      group: { kind: "deposits" },
      exclVatCents: history.documents.deposit.totalInclVatCents - report.totals.vatCents,
    });
    expect(report.totals.inclVatCents).toBe(history.documents.deposit.totalInclVatCents);
  });
});

describe("tenancy", () => {
  it("never shows another organization's documents", async () => {
    const before = await salesReport(history.member, period, "article");
    const other = await documentWorkspace("OWNER");
    await makeIssuedInvoice(
      other.member,
      other.client.id,
      { lines: [lineInput({ unitPrice: "999,00" })] },
      { issueDate: ago(20) },
    );
    expect(await salesReport(history.member, period, "article")).toEqual(before);
    const theirs = await salesReport(other.member, period, "client");
    expect(theirs.rows.map((r) => ("client" in r ? r.client.id : null))).toEqual([other.client.id]);
    expect(theirs.totals.exclVatCents).toBe(99_900);
    const csv = await salesFile(history.member, period, "client", "en");
    expect(csv.body).not.toContain(other.client.name);
  }, 60_000);
});

describe("permissions", () => {
  it("a MEMBER reads the report but gets no file; an ACCOUNTANT gets both", async () => {
    const { user } = await addMember(history.organization.id, "MEMBER");
    const member = await actingAs(user.id, history.organization.id, "documents.read");
    expect(await salesReport(member, period, "client")).toEqual(await salesReport(history.member, period, "client"));
    await expectAppError(salesFile(member, period, "client", "fr"), "forbidden");
    const accountant = await addMember(history.organization.id, "ACCOUNTANT");
    const reader = await actingAs(accountant.user.id, history.organization.id, "exports.read");
    const file = await salesFile(reader, period, "month", "fr", "xlsx");
    expect(file.fileName).toBe(`ventes-par-mois-${period.from}-${period.to}.xlsx`);
  });
});

/** CSV text → cells, the BOM and the last line break removed. */
function csvCells(body: string | Uint8Array, separator: string) {
  return String(body)
    .replace(/^\uFEFF/, "")
    .trimEnd()
    .split("\r\n")
    .map((line) => line.split(separator));
}

describe("files", () => {
  it.each(["client", "article", "month"] as const)(
    "CSV and XLSX by %s hold the page's figures, headers in French and English",
    async (view) => {
      const report = await salesReport(history.member, period, view);
      const table = salesTable(report, "en");
      const xlsx = await readXlsxRows((await salesFile(history.member, period, view, "en", "xlsx")).body);
      const en = csvCells((await salesFile(history.member, period, view, "en")).body, ",");
      const fr = csvCells((await salesFile(history.member, period, view, "fr")).body, ";");
      expect(en).toHaveLength(report.rows.length + 2);
      expect(xlsx).toHaveLength(report.rows.length + 2);
      const money = table.columns.flatMap((column, index) => (column.kind === "money" ? [index] : []));
      expect(money).toHaveLength(3);
      [...table.rows, table.totals!].forEach((cells, line) => {
        for (const index of money) {
          const cents = cells[index] as number;
          expect(en[line + 1]![index]).toBe((cents / 100).toFixed(2));
          expect(fr[line + 1]![index]).toBe((cents / 100).toFixed(2).replace(".", ","));
          expect(xlsx[line + 1]![index]).toBe(cents / 100);
        }
        expect(xlsx[line + 1]![0]).toBe(cells[0]);
      });
      expect(en.at(-1)![0]).toBe("Grand total");
      expect(fr.at(-1)![0]).toBe("Total général");
    },
  );

  it("names the columns in the user's language, with the currency", async () => {
    const header = async (view: "client" | "article", locale: "fr" | "en") =>
      csvCells((await salesFile(history.member, period, view, locale)).body, locale === "fr" ? ";" : ",")[0];
    expect(await header("client", "fr")).toEqual([
      "Client",
      "Pièces",
      "Total HT (EUR)",
      "TVA (EUR)",
      "Total TTC (EUR)",
    ]);
    expect(await header("article", "en")).toEqual([
      "Article",
      "Reference",
      "Unit",
      "Quantity",
      "Total excl. VAT (EUR)",
      "VAT (EUR)",
      "Total incl. VAT (EUR)",
    ]);
    const article = csvCells((await salesFile(history.member, period, "article", "fr")).body, ";");
    expect(article[1]!.slice(0, 4)).toEqual(["Conseil", "CONS", "heures", "14"]);
  });
});

describe("bad input", () => {
  it("an unknown view is a field error on by", () => {
    expect(resolveSalesView({})).toBe("client");
    expect(resolveSalesView({ by: "" })).toBe("client");
    expect(resolveSalesView({ by: ["month", "client"] })).toBe("month");
    try {
      resolveSalesView({ by: "product" });
      throw new Error("not refused");
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).details.fieldErrors).toEqual({ by: ["sales_view_unknown"] });
    }
  });

  it("GET /api/reports/sales: the file to an ACCOUNTANT, 401, 403 for a MEMBER, 400 with the field's code", async () => {
    const get = (query: string) => salesRoute(new Request(`http://localhost/api/reports/sales?${query}`));
    const custom = `period=custom&from=${period.from}&to=${period.to}`;
    currentSession = null;
    expect((await get(custom)).status).toBe(401);

    const { user: accountant } = await addMember(history.organization.id, "ACCOUNTANT");
    currentSession = await signedIn(accountant.id, history.organization.id);
    const response = await get(`${custom}&by=month&format=xlsx`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toBe(
      `attachment; filename="ventes-par-mois-${period.from}-${period.to}.xlsx"`,
    );
    const rows = await readXlsxRows(new Uint8Array(await response.arrayBuffer()));
    const report = await salesReport(history.member, period, "month");
    expect(rows.at(-1)).toEqual([
      "Total général",
      6,
      ...[report.totals.exclVatCents, report.totals.vatCents, report.totals.inclVatCents].map((c) => c / 100),
    ]);

    const problems: [string, string][] = [
      [`period=custom&from=${period.to}&to=${period.from}`, "period_range_reversed"],
      [`period=custom&from=2015-01-01&to=2025-12-31`, "period_range_too_long"],
      [`period=custom&from=2026-02-30&to=2026-03-31`, "period_date_invalid"],
      ["period=fortnight", "period_unknown"],
      [`${custom}&by=product`, "sales_view_unknown"],
      [`${custom}&format=pdf`, "format_invalid"],
    ];
    for (const [query, code] of problems) {
      const bad = await get(query);
      expect([query, bad.status, bad.headers.get("content-type")]).toEqual([query, 400, "application/problem+json"]);
      expect(await bad.json()).toMatchObject({ status: 400, code });
    }

    const { user: plain } = await addMember(history.organization.id, "MEMBER");
    currentSession = await signedIn(plain.id, history.organization.id);
    const refused = await get(custom);
    expect(refused.status).toBe(403);
    expect(refused.headers.get("content-disposition")).toBeNull();
  });
});
