import { randomUUID } from "node:crypto";
import type { Browser, Page } from "playwright-core";
import { baseUrl, launchBrowser, mailboxFile, screenshot } from "./support/browser";
import { logInAsDemo } from "./support/demo-login";
import { codeIn, waitForEmail } from "./support/resend-stand-in";

// Another organization's documents, through the pages themselves: the demo organization (seeded
// by the server's own `db:seed`) has invoices and quotes; a newly signed-up owner must neither
// see them in lists nor open them by URL, nor act on them.

async function signUp(page: Page, email: string) {
  await page.goto(`${baseUrl()}/signup`);
  await page.getByLabel("Votre nom").fill("Oscar Outsider");
  await page.getByLabel("Adresse e-mail professionnelle").fill(email);
  await page.getByLabel("Mot de passe", { exact: true }).fill("Solide-mot-de-passe-2026");
  await page.getByLabel("Nom de votre entreprise").fill(`Concurrent ${randomUUID().slice(0, 6)}`);
  await page.getByRole("button", { name: "Créer mon compte" }).click();
  await page.waitForURL("**/login/verify");
  await page.getByLabel("Code à 6 chiffres").fill(codeIn(await waitForEmail(mailboxFile(), email, 1)));
  await page.getByRole("button", { name: "Valider" }).click();
  await page.waitForURL("**/dashboard");
}

/** The detail URLs of the first rows of a list page. */
async function firstDocumentUrls(page: Page, path: string): Promise<string[]> {
  await page.goto(`${baseUrl()}${path}`);
  const links = page.getByRole("table").getByRole("link", { name: /^(F|D|AV)-\d{4}-\d{5}$/ });
  await links.first().waitFor();
  const hrefs = await links.evaluateAll((anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).href));
  return hrefs.slice(0, 3);
}

describe("documents of another organization (production build, real browser)", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("are absent from lists and searches, and their pages and edit pages answer 404", async () => {
    const demo = await (await browser.newContext({ locale: "fr-FR" })).newPage();
    await logInAsDemo(demo);
    const invoiceUrls = await firstDocumentUrls(demo, "/invoices");
    const quoteUrls = await firstDocumentUrls(demo, "/quotes");
    const demoQuoteNumber = await demo
      .getByRole("table")
      .getByRole("link", { name: /^D-\d{4}-\d{5}$/ })
      .first()
      .textContent();
    expect(invoiceUrls.length).toBeGreaterThan(0);
    expect(quoteUrls.length).toBeGreaterThan(0);

    const outsider = await (await browser.newContext({ locale: "fr-FR" })).newPage();
    await signUp(outsider, `outsider-${randomUUID().slice(0, 8)}@example.test`);

    // Lists: empty, and a search for the demo's numbers finds nothing.
    await outsider.goto(`${baseUrl()}/invoices`);
    await outsider.getByRole("heading", { name: "Aucune facture" }).waitFor();
    await outsider.goto(`${baseUrl()}/quotes?q=${encodeURIComponent(demoQuoteNumber ?? "D-")}`);
    expect(await outsider.getByRole("table").count()).toBe(0);

    // Detail and edit pages by URL: the not-found page, never the document.
    for (const url of [...invoiceUrls, ...quoteUrls, ...quoteUrls.map((url) => `${url}/edit`)]) {
      const response = await outsider.goto(url);
      expect(response?.status()).toBe(404);
      await outsider.getByRole("heading", { name: "Page introuvable" }).waitFor();
    }
    await screenshot(outsider, "documents-tenancy-404");
  });
});
