import type { Browser, Page } from "playwright-core";
import { blockingViolations } from "../support/axe";
import { baseUrl, launchBrowser, screenshot } from "../support/browser";
import { logInAsDemo } from "../support/demo-login";

// The sales report and the livre des recettes of the seeded demo organization in a real browser
// (production build): reached from /reports, the period picked in the form (the view kept), the
// grand totals on the page are the CSV's, the same in every view; the register's first page
// (its count, period total and running total) agrees with the CSV; the PDF downloads; the routes
// answer problems for bad input or no session; without JavaScript at 390 px an unknown view and a
// reversed range are reported; no serious accessibility violation.

const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };

describe("sales report and receipts register (production build, real browser)", () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await launchBrowser();
    page = await (await browser.newContext({ locale: "fr-FR", viewport: DESKTOP })).newPage();
    await logInAsDemo(page);
  });
  afterAll(async () => {
    await browser?.close();
  });

  const nbsp = (text: string | null) => (text ?? "").replace(/[\u202f\u00a0]/g, " ").trim();
  const plainAmount = (text: string) => text.replace(/[ €]/g, "");

  async function csvLines(href: string | null) {
    const response = await page.request.get(`${baseUrl()}${href}`);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("text/csv");
    return (await response.text())
      .replace(/^\uFEFF/, "")
      .trimEnd()
      .split("\r\n")
      .map((line) => line.split(";"));
  }

  it("sales: this year's grand totals are the CSV's, the same by client, by article and by month", async () => {
    await page.goto(`${baseUrl()}/reports`);
    await page.getByRole("link", { name: "Ventes", exact: true }).click();
    await page.waitForURL("**/reports/sales");
    await page.getByLabel("Période", { exact: true }).selectOption("this-year");
    await page.getByRole("button", { name: "Afficher" }).click();
    await page.waitForURL("**/reports/sales?*period=this-year*");
    let grand: string | null = null;
    for (const view of ["Client", "Article", "Mois"]) {
      if (view !== "Client") {
        await page.getByRole("navigation", { name: "Afficher par" }).getByRole("link", { name: view }).click();
        await page.waitForURL(`**/reports/sales?by=${view === "Article" ? "article" : "month"}&period=this-year`);
      }
      const table = page.getByRole("table", { name: new RegExp(`^Ventes du .* par ${view.toLowerCase()}$`) });
      await table.waitFor();
      const totals = table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "Total général" }) });
      const cells = totals.getByRole("cell");
      const count = await cells.count();
      const pageTotals = [count - 3, count - 2, count - 1].map(async (index) =>
        nbsp(await cells.nth(index).textContent()),
      );
      const figures = await Promise.all(pageTotals);
      expect(figures[0]).toMatch(/€$/);
      grand ??= figures.join("|");
      expect(figures.join("|")).toBe(grand);
      const lines = await csvLines(await page.getByRole("link", { name: "Télécharger en CSV" }).getAttribute("href"));
      expect(lines.at(-1)!.slice(-3)).toEqual(figures.map(plainAmount));
      if (view === "Article") await screenshot(page, "sales-report-demo");
    }
  });

  it("receipts: the period total is the CSV's; the PDF downloads", async () => {
    await page.goto(`${baseUrl()}/reports`);
    await page.getByRole("link", { name: "Livre des recettes" }).click();
    await page.waitForURL("**/reports/receipts");
    await page.getByLabel("Période", { exact: true }).selectOption("last-12-months");
    await page.getByRole("button", { name: "Afficher" }).click();
    await page.waitForURL("**/reports/receipts?period=last-12-months*");
    const table = page.getByRole("table", { name: /^Recettes encaissées du/ });
    await table.waitFor();
    await screenshot(page, "receipts-register-demo");
    const total = table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "Total de la période" }) });
    const pageTotal = nbsp(await total.getByRole("cell").first().textContent());
    const lines = await csvLines(await page.getByRole("link", { name: "Télécharger en CSV" }).getAttribute("href"));
    expect(lines.at(-1)![6]).toBe(plainAmount(pageTotal));
    // The page shows 50 receipts at a time; the file every one: the count and the running
    // total of the page's last row are the file's.
    const receipts = lines.length - 2;
    const shown = Math.min(receipts, 50);
    const pagination = page.getByRole("navigation", { name: "Pagination" });
    expect(nbsp(await pagination.locator("p").textContent())).toBe(
      `${receipts} résultat(s) · page 1 sur ${Math.max(1, Math.ceil(receipts / 50))}`,
    );
    const rows = table.locator("tbody tr");
    expect(await rows.count()).toBe(shown);
    const lastRunningTotal = await rows
      .nth(shown - 1)
      .getByRole("cell")
      .last()
      .textContent();
    expect(plainAmount(nbsp(lastRunningTotal))).toBe(lines[shown]![7]);
    // A bad page number is the first page, one past the end the last: never an error.
    for (const bad of ["abc", "-1", "99999"]) {
      const response = await page.goto(`${baseUrl()}/reports/receipts?period=last-12-months&page=${bad}`);
      expect(response?.status()).toBe(200);
      const lastPage = receipts - (Math.ceil(receipts / 50) - 1) * 50;
      expect(await rows.count()).toBe(bad === "99999" ? lastPage : shown);
    }
    const pdfHref = await page.getByRole("link", { name: "Télécharger en PDF" }).getAttribute("href");
    expect(pdfHref).toBe("/api/reports/receipts?period=last-12-months&format=pdf");
    const pdf = await page.request.get(`${baseUrl()}${pdfHref}`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()["content-type"]).toBe("application/pdf");
    expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");
  });

  it("the routes answer problems for bad input and for a request without a session", async () => {
    const view = await page.request.get(`${baseUrl()}/api/reports/sales?by=product`);
    expect(view.status()).toBe(400);
    expect(await view.json()).toMatchObject({ status: 400, code: "sales_view_unknown" });
    const reversed = await page.request.get(
      `${baseUrl()}/api/reports/receipts?period=custom&from=2026-12-31&to=2026-01-01&format=pdf`,
    );
    expect(await reversed.json()).toMatchObject({ status: 400, code: "period_range_reversed" });
    const context = await browser.newContext();
    for (const path of ["/api/reports/sales", "/api/reports/receipts?format=pdf"]) {
      const anonymous = await context.request.get(`${baseUrl()}${path}`);
      expect(anonymous.status()).toBe(401);
      expect(anonymous.headers()["content-type"]).toContain("application/problem+json");
    }
    await context.close();
  });

  it("works without JavaScript, fits a 390 px screen and has no serious accessibility violation", async () => {
    const context = await browser.newContext({ locale: "fr-FR", viewport: PHONE, javaScriptEnabled: false });
    await context.addCookies(await page.context().cookies());
    const phone = await context.newPage();
    await phone.goto(`${baseUrl()}/reports/sales?by=product`);
    await phone.getByText("Choisissez une vue : client, article ou mois.").waitFor();
    await phone.goto(`${baseUrl()}/reports/receipts`);
    await phone.getByLabel("Période", { exact: true }).selectOption("custom");
    await phone.getByLabel("Du", { exact: true }).fill("2026-12-31");
    await phone.getByLabel("Au", { exact: true }).fill("2026-01-01");
    await phone.getByRole("button", { name: "Afficher" }).click();
    await phone.waitForURL("**/reports/receipts?*");
    expect(await phone.getByLabel("Au", { exact: true }).getAttribute("aria-invalid")).toBe("true");
    expect(await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await screenshot(phone, "receipts-register-demo-phone");
    await context.close();

    for (const viewport of [DESKTOP, PHONE]) {
      await page.setViewportSize(viewport);
      for (const path of [
        "/reports/sales?period=this-year",
        "/reports/sales?by=article&period=this-year",
        "/reports/sales?by=product",
        "/reports/receipts?period=last-12-months",
      ]) {
        await page.goto(`${baseUrl()}${path}`);
        expect(await blockingViolations(page, `${path} ${viewport.width}`)).toEqual([]);
      }
    }
  }, 180_000);
});
