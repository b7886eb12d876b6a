import type { Browser, Page } from "playwright-core";
import { blockingViolations } from "../support/axe";
import { baseUrl, launchBrowser, screenshot } from "../support/browser";
import { logInAsDemo } from "../support/demo-login";

// The VAT report of the seeded demo organization in a real browser (production build): reached
// from /reports, the period picked in the form (the last 12 months: demo data whatever the
// day), the invoiced VAT total on the page is the CSV's; the route answers problems for
// reversed dates or no session; without JavaScript at 390 px a reversed range is reported on its
// field; no serious accessibility violation.

const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };

describe("VAT report (production build, real browser)", () => {
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

  it("is reached from /reports; the last 12 months' invoiced VAT total is the CSV's", async () => {
    await page.goto(`${baseUrl()}/reports`);
    await page.getByRole("link", { name: "TVA collectée" }).click();
    await page.waitForURL("**/reports/vat");
    await page.getByLabel("Période", { exact: true }).selectOption("last-12-months");
    await page.getByRole("button", { name: "Afficher" }).click();
    await page.waitForURL("**/reports/vat?period=last-12-months*");
    const table = page.getByRole("table", { name: /^TVA des factures, factures d'acompte et avoirs émis/ });
    await table.waitFor();
    await screenshot(page, "vat-report-demo");
    const total = table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "Total" }) });
    const [base, vat] = [
      nbsp(await total.getByRole("cell").nth(1).textContent()),
      nbsp(await total.getByRole("cell").nth(2).textContent()),
    ];
    expect(vat).toMatch(/€$/);
    await page.getByRole("table", { name: /^Lignes de la déclaration CA3/ }).waitFor();

    const csvLink = page.getByRole("link", { name: "Télécharger en CSV" });
    expect(await csvLink.getAttribute("href")).toBe("/api/reports/vat?period=last-12-months&format=csv");
    const response = await page.request.get(`${baseUrl()}${await csvLink.getAttribute("href")}`);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("text/csv");
    const lines = (await response.text())
      .replace(/^\uFEFF/, "")
      .trimEnd()
      .split("\r\n");
    expect(lines[0]).toBe("Section;Ligne;Libellé;Taux (%);Base HT (EUR);TVA (EUR)");
    const csvTotal = lines.find((line) => line.startsWith("TVA facturée (débits);;Total;"))!.split(";");
    expect([csvTotal[4], csvTotal[5]]).toEqual([base.replace(/[ €]/g, ""), vat.replace(/[ €]/g, "")]);
  });

  it("answers a problem for reversed dates and for a request without a session", async () => {
    const reversed = await page.request.get(`${baseUrl()}/api/reports/vat?period=custom&from=2026-09-30&to=2026-07-01`);
    expect(reversed.status()).toBe(400);
    expect(await reversed.json()).toMatchObject({ status: 400, code: "period_range_reversed" });
    const context = await browser.newContext();
    const anonymous = await context.request.get(`${baseUrl()}/api/reports/vat`);
    expect(anonymous.status()).toBe(401);
    expect(anonymous.headers()["content-type"]).toContain("application/problem+json");
    await context.close();
  });

  it("works without JavaScript, fits a 390 px screen and has no serious accessibility violation", async () => {
    const context = await browser.newContext({ locale: "fr-FR", viewport: PHONE, javaScriptEnabled: false });
    await context.addCookies(await page.context().cookies());
    const phone = await context.newPage();
    await phone.goto(`${baseUrl()}/reports/vat?period=last-12-months`);
    await phone.getByLabel("Période", { exact: true }).selectOption("custom");
    await phone.getByLabel("Du", { exact: true }).fill("2026-09-30");
    await phone.getByLabel("Au", { exact: true }).fill("2026-07-01");
    await phone.getByRole("button", { name: "Afficher" }).click();
    await phone.waitForURL("**/reports/vat?period=custom*");
    expect(await phone.getByLabel("Au", { exact: true }).getAttribute("aria-invalid")).toBe("true");
    await phone.getByText("La date de fin doit suivre la date de début.").waitFor();
    expect(await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await screenshot(phone, "vat-report-demo-phone");
    await context.close();

    for (const viewport of [DESKTOP, PHONE]) {
      await page.setViewportSize(viewport);
      for (const path of [
        "/reports/vat?period=last-12-months",
        "/reports/vat?period=custom&from=2026-09-30&to=2026-07-01",
      ]) {
        await page.goto(`${baseUrl()}${path}`);
        expect(await blockingViolations(page, `${path} ${viewport.width}`)).toEqual([]);
      }
    }
  });
});
