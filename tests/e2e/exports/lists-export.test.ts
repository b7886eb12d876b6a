import type { Browser, Page } from "playwright-core";
import { baseUrl, launchBrowser } from "../support/browser";
import { logInAsDemo } from "../support/demo-login";
import { readXlsxRows } from "../../support/xlsx";

// The list downloads of the seeded demo organization in a real browser (production build): the
// invoices list filtered on overdue and sorted by due date offers CSV and XLSX links next to its
// filters, and both files hold the list — its count, its first page's numbers in the same order
// and its totals; the payments list the same; a bad parameter is a 400 problem, not another list.

const nbsp = (text: string | null) => (text ?? "").replace(/[\u202f\u00a0]/g, " ").trim();
/** "1 234,56 €" → cents. */
const pageCents = (text: string | null) => Number(nbsp(text).replace(/[ €]/g, "").replace(",", ""));
const csvCents = (text: string) => Number(text.replace(",", ""));

async function csvLines(page: Page, href: string) {
  const response = await page.request.get(`${baseUrl()}${href}`);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("text/csv");
  return (await response.text())
    .replace(/^\uFEFF/, "")
    .trimEnd()
    .split("\r\n")
    .map((line) => line.split(";"));
}

describe("list downloads (production build, real browser)", () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await launchBrowser();
    page = await (await browser.newContext({ locale: "fr-FR", viewport: { width: 1280, height: 900 } })).newPage();
    await logInAsDemo(page);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("the overdue invoices' CSV and XLSX are the list on screen", async () => {
    await page.goto(`${baseUrl()}/invoices?status=OVERDUE&sort=dueDate&dir=asc&page=1`);
    const downloads = page.getByRole("group", { name: "Téléchargements" });
    const csvHref = await downloads.getByRole("link", { name: "Télécharger en CSV" }).getAttribute("href");
    expect(csvHref).toBe("/api/exports/documents/invoices?sort=dueDate&dir=asc&status=OVERDUE&format=csv");
    const shown = await page
      .locator("table tbody th[scope=row] a")
      .evaluateAll((links) => links.map((link) => link.childNodes[0]?.textContent ?? ""));
    expect(shown.length).toBeGreaterThan(0);
    const count = Number(/\((\d+) document/.exec(nbsp(await page.locator("table tfoot th").textContent()))![1]);

    const [header, ...rows] = await csvLines(page, csvHref!);
    expect(header!.slice(0, 4)).toEqual(["Numéro", "Type", "État", "Client"]);
    expect(rows).toHaveLength(count);
    expect(rows.slice(0, shown.length).map((cells) => cells[0])).toEqual(shown);
    expect(new Set(rows.map((cells) => cells[2]))).toEqual(new Set(["En retard"]));
    const sum = (column: number) => rows.reduce((total, cells) => total + csvCents(cells[column]!), 0);
    expect(sum(8)).toBe(pageCents(await page.getByTestId("selection-total-incl-vat").textContent()));
    expect(sum(11)).toBe(pageCents(await page.getByTestId("selection-balance-due").textContent()));

    const xlsxHref = await downloads.getByRole("link", { name: "Télécharger en XLSX (Excel)" }).getAttribute("href");
    const xlsx = await page.request.get(`${baseUrl()}${xlsxHref}`);
    expect(xlsx.status()).toBe(200);
    expect(xlsx.headers()["content-disposition"]).toMatch(/^attachment; filename="factures-\d{4}-\d{2}-\d{2}\.xlsx"$/);
    const sheet = await readXlsxRows(new Uint8Array(await xlsx.body()));
    expect(sheet.slice(1).map((row) => row[0])).toEqual(rows.map((cells) => cells[0]));
    expect(sheet.slice(1).map((row) => Math.round((row[8] as number) * 100))).toEqual(rows.map((c) => csvCents(c[8]!)));
  });

  it("the payments' CSV is the payments list; a bad parameter is a 400 problem", async () => {
    await page.goto(`${baseUrl()}/payments?sort=amount&dir=desc`);
    const href = await page
      .getByRole("group", { name: "Téléchargements" })
      .getByRole("link", { name: "Télécharger en CSV" })
      .getAttribute("href");
    const [header, ...rows] = await csvLines(page, href!);
    expect(header).toEqual(["Date", "Facture", "Type de facture", "Client", "Mode", "Montant", "Devise", "Référence"]);
    const total = rows.reduce((sum, cells) => sum + csvCents(cells[5]!), 0);
    expect(total).toBe(pageCents(await page.getByTestId("selection-total-received").textContent()));

    const bad = await page.request.get(`${baseUrl()}/api/exports/documents/invoices?status=PAYEE`);
    expect(bad.status()).toBe(400);
    expect(await bad.json()).toMatchObject({ status: 400, code: "status_invalid" });
    const anonymous = await (await browser.newContext()).request.get(`${baseUrl()}/api/exports/payments`);
    expect(anonymous.status()).toBe(401);
  });
});
