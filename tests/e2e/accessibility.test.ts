import type { Browser, Page } from "playwright-core";
import { FORM_PAGES, LIST_PAGES } from "./support/journey-pages";
import { blockingViolations } from "./support/axe";
import { baseUrl, launchBrowser, mailboxFile, screenshot } from "./support/browser";
import { DEMO_EMAIL, DEMO_PASSWORD } from "./support/demo-login";
import { codeIn, linkIn, readMailbox, waitForEmail } from "./support/resend-stand-in";

// axe-core on every page of the journey, at a desktop (1280 px) and a phone (390 px) width:
// signed out (landing, login and its code step, sign-up, forgotten and new password), signed
// in as the demo organization (lists, a page and the editor of each kind of document, clients,
// articles, settings, profile, members), the public page of a share link and the platform
// administration (accessibility-admin.test.ts). No serious or critical violation anywhere.

const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };

/** Same-origin links of the main area whose path matches, first ones first. */
async function linksMatching(page: Page, pattern: RegExp, max = 1): Promise<string[]> {
  const hrefs = await page
    .locator("main a[href]")
    .evaluateAll((anchors) => anchors.map((anchor) => new URL((anchor as HTMLAnchorElement).href).pathname));
  return [...new Set(hrefs.filter((href) => pattern.test(href)))].slice(0, max);
}

describe("accessibility of every page (axe-core, production build, real browser)", () => {
  let browser: Browser;
  const violations: string[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function newPage(viewport: { width: number; height: number }): Promise<Page> {
    return (await browser.newContext({ locale: "fr-FR", viewport })).newPage();
  }

  /** Checks the page as it is now (already loaded), keeping a screenshot of what failed. */
  async function check(page: Page, label: string): Promise<void> {
    // After a client-side navigation (the login's code step) the URL changes before the new
    // page's streamed metadata sets its <title>: give it a moment, then let axe judge (a page
    // that never gets a title is still reported as a violation).
    await page.waitForFunction(() => document.title.trim() !== "", undefined, { timeout: 5_000 }).catch(() => {});
    const found = await blockingViolations(page, label);
    if (found.length > 0) {
      violations.push(...found);
      await screenshot(page, `a11y-${page.viewportSize()?.width}${label.replace(/[^a-z0-9]+/gi, "-")}`);
    }
  }

  /** Opens the path at both widths and checks each; any HTTP status but the expected one is reported. */
  async function checkPath(desktop: Page, phone: Page, path: string, expectedStatus = 200): Promise<void> {
    for (const page of [desktop, phone]) {
      const response = await page.goto(`${baseUrl()}${path}`);
      await page.waitForLoadState("load");
      const status = response?.status() ?? 0;
      if (status !== expectedStatus) violations.push(`${path}: HTTP ${status}, expected ${expectedStatus}`);
      await check(page, path);
    }
  }

  it("signed out, signed in and on a public page: no serious or critical violation", async () => {
    const desktop = await newPage(DESKTOP);
    const phone = await newPage(PHONE);
    for (const path of ["/", "/login", "/signup", "/forgot-password"]) await checkPath(desktop, phone, path);

    // The login's code step, on both widths: the phone signs in first and gets the session.
    const codesBefore = readMailbox(mailboxFile()).filter((email) => email.to.includes(DEMO_EMAIL)).length;
    for (const [index, page] of [desktop, phone].entries()) {
      await page.goto(`${baseUrl()}/login`);
      await page.getByLabel("Adresse e-mail").fill(DEMO_EMAIL);
      await page.getByLabel("Mot de passe").fill(DEMO_PASSWORD);
      await page.getByRole("button", { name: "Continuer" }).click();
      await page.waitForURL("**/login/verify");
      await check(page, "/login/verify");
      const email = await waitForEmail(mailboxFile(), DEMO_EMAIL, codesBefore + index + 1);
      await page.getByLabel("Code à 6 chiffres").fill(codeIn(email));
      await page.getByRole("button", { name: "Valider" }).click();
      await page.waitForURL("**/dashboard");
    }

    const details: string[] = [];
    const detail = /^\/(invoices|quotes|credit-notes|clients|articles)\/(?!new$|import$|groups$)[^/]+$/;
    for (const path of LIST_PAGES) {
      await checkPath(desktop, phone, path);
      details.push(...(await linksMatching(phone, detail)));
    }
    for (const path of FORM_PAGES) {
      await checkPath(desktop, phone, path);
    }
    // A member who is not a platform administrator is refused /admin: a 403 with a page.
    await checkPath(desktop, phone, "/admin", 403);
    const edits: string[] = [];
    for (const path of details) {
      await checkPath(desktop, phone, path);
      edits.push(...(await linksMatching(phone, new RegExp(`^${path}/edit$`))));
    }
    for (const path of edits) await checkPath(desktop, phone, path);

    // The public page: a share link of the first invoice whose page offers one.
    let publicPath: string | undefined;
    for (const path of details.filter((path) => path.startsWith("/invoices/"))) {
      await desktop.goto(`${baseUrl()}${path}`);
      const create = desktop.getByRole("button", { name: "Créer un lien", exact: true });
      if ((await create.count()) === 0) continue;
      await create.click();
      const url = desktop.getByLabel("Nouveau lien de partage");
      await url.waitFor();
      publicPath = new URL(await url.inputValue()).pathname;
      break;
    }
    expect(publicPath).toBeDefined();
    const visitorDesktop = await newPage(DESKTOP);
    const visitorPhone = await newPage(PHONE);
    await checkPath(visitorDesktop, visitorPhone, publicPath!);

    // A new password's page, from the link of a real reset email.
    const resetsBefore = readMailbox(mailboxFile()).filter((email) => email.to.includes(DEMO_EMAIL)).length;
    await visitorDesktop.goto(`${baseUrl()}/forgot-password`);
    await visitorDesktop.getByLabel("Adresse e-mail").fill(DEMO_EMAIL);
    await visitorDesktop.getByRole("button", { name: "Recevoir un lien" }).click();
    const reset = await waitForEmail(mailboxFile(), DEMO_EMAIL, resetsBefore + 1);
    await checkPath(visitorDesktop, visitorPhone, new URL(linkIn(reset, "/reset-password/")).pathname);

    expect(details.some((path) => path.startsWith("/invoices/"))).toBe(true);
    expect(details.some((path) => path.startsWith("/quotes/"))).toBe(true);
    expect(details.some((path) => path.startsWith("/clients/"))).toBe(true);
    expect(edits.length).toBeGreaterThan(0);
    expect(violations).toEqual([]);
  }, 600_000);
});
