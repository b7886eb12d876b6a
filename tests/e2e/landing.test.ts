import { statSync } from "node:fs";
import type { Browser } from "playwright-core";
import { baseUrl, launchBrowser, screenshot } from "./support/browser";
import { startApp } from "./support/server";

describe("landing page, errors and health (production build, real browser)", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("loads the landing page in French; the app asks a visitor to log in, in the language they pick", async () => {
    const context = await browser.newContext({ locale: "fr-FR" });
    const page = await context.newPage();
    const response = await page.goto(baseUrl());
    expect(response?.status()).toBe(200);
    expect(response?.headers()["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
    await page.getByRole("heading", { level: 1, name: "Vos devis et factures, sans prise de tête." }).waitFor();
    const file = await screenshot(page, "landing");
    expect(statSync(file).size).toBeGreaterThan(10_000);

    await page.getByRole("link", { name: "Ouvrir l'application" }).click();
    await page.waitForURL("**/login");
    await page.getByRole("heading", { level: 1, name: "Connexion" }).waitFor();
    await page.getByRole("button", { name: "English" }).click();
    await page.getByRole("heading", { level: 1, name: "Log in" }).waitFor();
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    await context.close();
  });

  it("shows a 404 page for an unknown address", async () => {
    const page = await browser.newPage({ locale: "fr-FR" });
    const response = await page.goto(`${baseUrl()}/no-such-page`);
    expect(response?.status()).toBe(404);
    await page.getByRole("heading", { name: "Page introuvable" }).waitFor();
    await page.close();
  });

  it("reports health ok over real HTTP", async () => {
    const response = await fetch(`${baseUrl()}/api/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: "ok", database: { status: "ok" } });
  });

  it("reports 503 with a reason when the app's database is unreachable", async () => {
    const app = await startApp({ DATABASE_URL: "postgres://facturo:secret@127.0.0.1:1/facturo" });
    try {
      const response = await fetch(`${app.baseUrl}/api/health`);
      expect(response.status).toBe(503);
      expect(await response.json()).toMatchObject({
        status: "error",
        database: { reason: expect.stringMatching(/^database unreachable/) },
      });
    } finally {
      await app.stop();
    }
  });
});
