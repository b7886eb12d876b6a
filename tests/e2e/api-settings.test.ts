import type { Browser, Page } from "playwright-core";
import { blockingViolations } from "./support/axe";
import { baseUrl, launchBrowser, screenshot } from "./support/browser";
import { logInAsDemo } from "./support/demo-login";

// Settings → API in a real browser (production build), as the demo organization's owner: a
// token is created (secret shown once), works against /api/v1, is revoked behind a
// confirmation dialog and then refused; the API reference renders from our own origin.

describe("Settings → API (production build, real browser)", () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await launchBrowser();
    page = await (await browser.newContext({ locale: "fr-FR" })).newPage();
    await logInAsDemo(page);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("creates a token shown once, which the API accepts until it is revoked", async () => {
    await page.goto(`${baseUrl()}/settings`);
    await page.getByRole("link", { name: /^API/ }).click();
    await page.waitForURL("**/settings/api");
    expect(await blockingViolations(page, "/settings/api")).toEqual([]);

    const name = `E2E ${Date.now()}`;
    await page.getByRole("textbox", { name: "Nom" }).fill(name);
    await page.getByRole("checkbox", { name: "Lire les clients et groupes clients.read" }).check();
    await page.getByRole("button", { name: "Créer le jeton" }).click();
    const secret = (await page.getByTestId("api-token-secret").textContent()) ?? "";
    expect(secret).toMatch(/^fct_[A-Za-z0-9_-]{43}$/);
    await screenshot(page, "api-token-created");

    const call = () =>
      page.evaluate(
        async (token) =>
          (await fetch("/api/v1/clients?limit=1", { headers: { authorization: `Bearer ${token}` } })).status,
        secret,
      );
    expect(await call()).toBe(200);

    await page.getByRole("button", { name: "J'ai copié le jeton" }).click();
    await page.reload();
    const row = page.getByRole("row").filter({ hasText: name });
    await row.getByText("Actif").waitFor();
    await row.getByRole("button", { name: `Révoquer le jeton ${name}` }).click();
    const dialog = page.getByRole("dialog", { name: "Révoquer ce jeton ?" });
    await dialog.getByRole("button", { name: "Révoquer" }).click();
    await row.getByText("Révoqué").waitFor();
    expect(await call()).toBe(401);
  });

  it("serves the API reference from its own origin", async () => {
    const foreign: string[] = [];
    page.on("request", (request) => {
      if (!request.url().startsWith(baseUrl())) foreign.push(request.url());
    });
    await page.goto(`${baseUrl()}/api/docs`);
    await page.getByText("List clients").first().waitFor();
    expect(foreign).toEqual([]);
  });
});
