import type { Browser, Page } from "playwright-core";
import { blockingViolations } from "../support/axe";
import { baseUrl, launchBrowser, screenshot } from "../support/browser";
import { logInAsDemo } from "../support/demo-login";

// The aged receivables of the seeded demo organization in a real browser (production build):
// reached from the navigation, its grand total is the invoices list's balance due, the CSV
// holds the same figures, a client's invoices open on demand from its "Détail" link and add up
// to its total, an unknown client id shows the summary, the route answers problems for a bad
// day or no session, and the page works without JavaScript at 390 px with no serious
// accessibility violation.

const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };

describe("aged receivables (production build, real browser)", () => {
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

  it("is reached from the navigation; its grand total is the invoices' balance due, and the CSV says the same", async () => {
    await page.goto(`${baseUrl()}/dashboard`);
    await page
      .getByRole("navigation", { name: "Navigation principale" })
      .getByRole("link", { name: "Rapports" })
      .click();
    await page.waitForURL("**/reports");
    await page.getByRole("link", { name: "Balance âgée des créances" }).click();
    await page.waitForURL("**/reports/aged-receivables");
    const table = page.getByRole("table", { name: /^Soldes dus par client/ });
    await table.waitFor();
    await screenshot(page, "aged-receivables-demo");
    const totals = table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "Total général" }) });
    const grandTotal = nbsp(await totals.getByRole("cell").nth(5).textContent());
    expect(grandTotal).toMatch(/€$/);

    const csvLink = page.getByRole("link", { name: "Télécharger en CSV" });
    const response = await page.request.get(`${baseUrl()}${await csvLink.getAttribute("href")}`);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("text/csv");
    const lines = (await response.text())
      .replace(/^\uFEFF/, "")
      .trimEnd()
      .split("\r\n");
    expect(lines[0]).toBe(
      "Client;Non échu (EUR);0–30 jours (EUR);31–60 jours (EUR);61–90 jours (EUR);Plus de 90 jours (EUR);Total (EUR)",
    );
    const csvTotal = lines.at(-1)!.split(";").at(-1)!;
    expect(grandTotal.replace(/[ €]/g, "")).toBe(csvTotal);

    await page.goto(`${baseUrl()}/invoices?sort=dueDate&dir=asc`);
    expect(nbsp(await page.getByTestId("selection-balance-due").textContent())).toBe(grandTotal);
  });

  /** "1 234,56 €" → 123456 */
  const cents = (text: string | null) => Math.round(Number(nbsp(text).replace(/[ €]/g, "").replace(",", ".")) * 100);

  it("opens a client's invoices from its Détail link: they add up to its total, and lead back", async () => {
    await page.goto(`${baseUrl()}/reports/aged-receivables`);
    const summary = page.getByRole("table", { name: /^Soldes dus par client/ });
    await summary.waitFor();
    expect(await page.locator("details").count()).toBe(0);
    // The client owing the most, so its detail has several invoices.
    const rows = summary.locator("tbody tr");
    const clients = await rows.evaluateAll((trs) =>
      trs.map((tr) => ({
        name: tr.querySelector("th")!.textContent!.trim(),
        total: tr.querySelectorAll("td")[5]!.textContent,
      })),
    );
    expect(clients.length).toBeGreaterThan(0);
    const [client] = clients.sort((a, b) => cents(b.total) - cents(a.total));
    const detailLink = summary.getByRole("link", { name: `Détail des factures de ${client!.name}`, exact: true });
    expect(await detailLink.textContent()).toBe("Détail");
    await detailLink.click();
    await page.waitForURL(/\/reports\/aged-receivables\?asOf=\d{4}-\d{2}-\d{2}&client=/);
    await page.getByRole("heading", { name: `Factures de ${client!.name}`, exact: true }).waitFor();
    expect(await page.getByRole("table", { name: /^Soldes dus par client/ }).count()).toBe(0);
    const invoices = page.getByRole("table", { name: new RegExp(`^Factures de .* avec un solde dû au `) });
    const numbers = await invoices.locator("tbody th").allTextContents();
    expect(numbers.length).toBeGreaterThan(0);
    for (const number of numbers) expect(number).toMatch(/^[A-Z]+-\d{4}-\d+$/);
    const balances = await invoices.locator("tbody tr td:last-child").allTextContents();
    const total = balances.reduce((sum, balance) => sum + cents(balance), 0);
    expect(total).toBe(cents(client!.total));
    expect(cents(await invoices.locator("tfoot td").last().textContent())).toBe(total);
    // Oldest due first: the days late never increase down the table.
    const daysLate = (await invoices.locator("tbody tr td:nth-child(4)").allTextContents()).map(Number);
    expect(daysLate).toEqual([...daysLate].sort((a, b) => b - a));
    await screenshot(page, "aged-receivables-demo-detail");

    // A number opens its invoice.
    const href = await invoices.getByRole("link", { name: numbers[0]! }).getAttribute("href");
    expect(href).toMatch(/^\/invoices\/[^/]+$/);

    // Another day keeps this client's invoices in view.
    const field = page.getByLabel("Au", { exact: true });
    const yesterday = new Date(Date.parse(`${await field.inputValue()}T00:00:00Z`) - 86_400_000)
      .toISOString()
      .slice(0, 10);
    await field.fill(yesterday);
    await page.getByRole("button", { name: "Afficher" }).click();
    await page.waitForURL((url) => url.searchParams.get("asOf") === yesterday && url.searchParams.has("client"));
    await page.getByRole("heading", { name: `Factures de ${client!.name}`, exact: true }).waitFor();

    await page.getByRole("link", { name: "Retour à la balance de tous les clients" }).click();
    await page.waitForURL(/\/reports\/aged-receivables\?asOf=\d{4}-\d{2}-\d{2}$/);
    await page.getByRole("table", { name: /^Soldes dus par client/ }).waitFor();
  });

  it("shows the summary for an unknown or malformed client id", async () => {
    for (const client of ["does-not-exist", "x".repeat(80), ""]) {
      const response = await page.goto(`${baseUrl()}/reports/aged-receivables?client=${encodeURIComponent(client)}`);
      expect(response!.status()).toBe(200);
      await page.getByRole("table", { name: /^Soldes dus par client/ }).waitFor();
      expect(await page.getByRole("link", { name: "Retour à la balance de tous les clients" }).count()).toBe(0);
    }
  });

  it("answers a problem for a future day and for a request without a session", async () => {
    const future = await page.request.get(`${baseUrl()}/api/reports/aged-receivables?asOf=2999-01-01`);
    expect(future.status()).toBe(400);
    expect(await future.json()).toMatchObject({ status: 400, code: "as_of_future" });
    const context = await browser.newContext();
    const anonymous = await context.request.get(`${baseUrl()}/api/reports/aged-receivables`);
    expect(anonymous.status()).toBe(401);
    expect(anonymous.headers()["content-type"]).toContain("application/problem+json");
    await context.close();
  });

  it("works without JavaScript, fits a 390 px screen and has no serious accessibility violation", async () => {
    const context = await browser.newContext({ locale: "fr-FR", viewport: PHONE, javaScriptEnabled: false });
    await context.addCookies(await page.context().cookies());
    const phone = await context.newPage();
    await phone.goto(`${baseUrl()}/reports/aged-receivables`);
    // The detail is a plain link: it opens without JavaScript and fits the screen too.
    await phone
      .getByRole("link", { name: /^Détail des factures de / })
      .first()
      .click();
    await phone.waitForURL(/client=/);
    await phone.getByRole("table", { name: /^Factures de .* avec un solde dû au / }).waitFor();
    expect(await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    const detailPath = new URL(phone.url()).pathname + new URL(phone.url()).search;
    await phone.goto(`${baseUrl()}/reports/aged-receivables`);
    await phone.getByLabel("Au", { exact: true }).fill("2999-01-01");
    await phone.getByRole("button", { name: "Afficher" }).click();
    await phone.waitForURL("**/reports/aged-receivables?asOf=2999-01-01");
    expect(await phone.getByLabel("Au", { exact: true }).getAttribute("aria-invalid")).toBe("true");
    await phone.getByText("Choisissez aujourd'hui ou une date passée.").waitFor();
    expect(await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await screenshot(phone, "aged-receivables-demo-phone");
    await context.close();

    for (const viewport of [DESKTOP, PHONE]) {
      await page.setViewportSize(viewport);
      for (const path of ["/reports", "/reports/aged-receivables?asOf=2026-02-30", detailPath]) {
        await page.goto(`${baseUrl()}${path}`);
        expect(await blockingViolations(page, `${path} ${viewport.width}`)).toEqual([]);
      }
    }
  });
});
