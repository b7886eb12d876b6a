import type { Browser, Page } from "playwright-core";
import { blockingViolations } from "../support/axe";
import { baseUrl, launchBrowser, screenshot } from "../support/browser";
import { logInAsDemo } from "../support/demo-login";

// The dashboard of the seeded demo organization in a real browser (production build): the key
// figures lead to the lists they summarize and agree with them, the period picker is a plain
// GET form, a bad period is said on its field, and nothing is wider than a phone.

const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };

describe("dashboard (production build, real browser)", () => {
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

  const figures = () => page.getByRole("region", { name: "Chiffres clés" });

  it("shows the demo's figures; the overdue card opens the overdue invoices, whose balance due is its amount", async () => {
    await page.goto(`${baseUrl()}/dashboard`);
    await figures().waitFor();
    await screenshot(page, "dashboard-demo");
    const overdue = figures().getByRole("link", { name: /^En retard/ });
    const amount = (await overdue.locator("span").nth(1).textContent())?.trim();
    expect(amount).toMatch(/€$/);
    await overdue.click();
    await page.waitForURL("**/invoices?overdue=1");
    expect(await page.getByTestId("selection-balance-due").textContent()).toBe(amount);

    await page.goto(`${baseUrl()}/dashboard`);
    const outstanding = figures().getByRole("link", { name: /^Reste à encaisser/ });
    const outstandingAmount = (await outstanding.locator("span").nth(1).textContent())?.trim();
    await outstanding.click();
    await page.waitForURL("**/invoices?sort=dueDate&dir=asc");
    expect(await page.getByTestId("selection-balance-due").textContent()).toBe(outstandingAmount);
  });

  it("changes period with the picker (GET parameters), and says so on the field when the dates are reversed", async () => {
    await page.goto(`${baseUrl()}/dashboard`);
    await page.getByLabel("Période", { exact: true }).selectOption("this-year");
    await page.getByRole("button", { name: "Afficher" }).click();
    await page.waitForURL("**/dashboard?period=this-year**");
    const year = new Date().getFullYear();
    expect(
      await figures()
        .getByRole("link", { name: /^Facturé HT/ })
        .getAttribute("href"),
    ).toBe(`/invoices?from=${year}-01-01&to=${year}-12-31`);

    await page.getByLabel("Période", { exact: true }).selectOption("custom");
    await page.getByLabel("Du", { exact: true }).fill(`${year}-03-10`);
    await page.getByLabel("Au", { exact: true }).fill(`${year}-03-01`);
    await page.getByRole("button", { name: "Afficher" }).click();
    await page.waitForURL("**/dashboard?period=custom**");
    expect(await page.getByLabel("Au", { exact: true }).getAttribute("aria-invalid")).toBe("true");
    await page.getByText("La date de fin doit suivre la date de début.").waitFor();
  });

  it("works without JavaScript, fits a 390 px screen and has no serious accessibility violation", async () => {
    const context = await browser.newContext({ locale: "fr-FR", viewport: PHONE, javaScriptEnabled: false });
    await context.addCookies(await page.context().cookies());
    const phone = await context.newPage();
    await phone.goto(`${baseUrl()}/dashboard?period=last-12-months`);
    await phone.getByRole("region", { name: "À faire" }).waitFor();
    await phone.getByLabel("Période", { exact: true }).selectOption("this-quarter");
    await phone.getByRole("button", { name: "Afficher" }).click();
    await phone.waitForURL("**/dashboard?period=this-quarter**");
    expect(await phone.getByLabel("Période", { exact: true }).inputValue()).toBe("this-quarter");
    expect(await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await screenshot(phone, "dashboard-demo-phone");
    await context.close();

    for (const viewport of [DESKTOP, PHONE]) {
      await page.setViewportSize(viewport);
      await page.goto(`${baseUrl()}/dashboard?period=custom&from=2026-03-10&to=2026-03-01`);
      expect(await blockingViolations(page, `dashboard ${viewport.width}`)).toEqual([]);
    }
  });
});
