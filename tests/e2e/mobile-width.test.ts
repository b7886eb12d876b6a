import type { Browser, Page } from "playwright-core";
import { FORM_PAGES, LIST_PAGES } from "./support/journey-pages";
import { baseUrl, launchBrowser, screenshot } from "./support/browser";
import { logInAsDemo } from "./support/demo-login";

// Every page of the app on a 390 px wide phone: nothing may be wider than the screen (the
// user would pan into a blank area). Signed out, then signed in as the seeded demo
// organization (lists, detail, edit and new pages, settings), then a public document page.

const PHONE = { width: 390, height: 844 };

/** The page's HTTP status and its width beyond the screen's, in CSS pixels (0 when it fits). */
async function overflow(page: Page, path: string): Promise<{ status: number; extra: number }> {
  const response = await page.goto(`${baseUrl()}${path}`);
  await page.waitForLoadState("load");
  const extra = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  return { status: response?.status() ?? 0, extra };
}

/** Same-origin links of the main area whose path matches, first ones first. */
async function linksMatching(page: Page, pattern: RegExp, max = 2): Promise<string[]> {
  const hrefs = await page
    .locator("main a[href]")
    .evaluateAll((anchors) => anchors.map((anchor) => new URL((anchor as HTMLAnchorElement).href).pathname));
  return [...new Set(hrefs.filter((href) => pattern.test(href)))].slice(0, max);
}

describe("every page at 390 px (production build, real browser)", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("is never wider than the screen", async () => {
    const tooWide: string[] = [];
    const check = async (page: Page, path: string) => {
      const { status, extra } = await overflow(page, path);
      if (status >= 400) tooWide.push(`${path}: HTTP ${status}`);
      if (extra > 0) {
        tooWide.push(`${path}: ${extra} px too wide`);
        await screenshot(page, `mobile-too-wide${path.replace(/[^a-z0-9]+/gi, "-")}`);
      }
    };

    const visitor = await (await browser.newContext({ locale: "fr-FR", viewport: PHONE })).newPage();
    for (const path of ["/", "/login", "/signup", "/forgot-password"]) await check(visitor, path);

    const page = await (await browser.newContext({ locale: "fr-FR", viewport: PHONE })).newPage();
    await logInAsDemo(page);
    const details: string[] = [];
    for (const path of LIST_PAGES) {
      await check(page, path);
      const detail =
        /^\/(invoices|recurring|quotes|credit-notes|clients|articles)\/(?!new$|import$|groups$)[^/]+(\/edit)?$/;
      details.push(...(await linksMatching(page, detail)));
    }
    for (const path of FORM_PAGES) {
      await check(page, path);
    }
    for (const path of [...new Set(details)]) {
      await check(page, path);
      if (/^\/clients\/[^/]+$/.test(path)) {
        // A client's page offers a new invoice / quote / recurring invoice for that client as its main action.
        const id = path.split("/")[2];
        expect(
          await page.getByRole("link", { name: "Nouvelle facture", exact: true }).first().getAttribute("href"),
        ).toBe(`/invoices/new?client=${id}`);
        expect(await page.getByRole("link", { name: "Nouveau devis" }).first().getAttribute("href")).toBe(
          `/quotes/new?client=${id}`,
        );
        expect(await page.getByRole("link", { name: "Nouvelle facture récurrente" }).first().getAttribute("href")).toBe(
          `/recurring/new?client=${id}`,
        );
      }
      if (/^\/(invoices|recurring|quotes|credit-notes|articles|clients)\/[^/]+$/.test(path)) {
        const edits = await linksMatching(page, new RegExp(`^${path}/edit$`), 1);
        for (const edit of edits) await check(page, edit);
      }
    }

    // A public page: share the first invoice whose page offers a link.
    for (const path of details.filter((path) => /^\/invoices\/[^/]+$/.test(path))) {
      await page.goto(`${baseUrl()}${path}`);
      const create = page.getByRole("button", { name: "Créer un lien", exact: true });
      if ((await create.count()) === 0) continue;
      await create.click();
      const url = page.getByLabel("Nouveau lien de partage");
      await url.waitFor();
      await check(visitor, new URL(await url.inputValue()).pathname);
      break;
    }

    // For a look at both sizes (test-results/e2e/): the lists and a quote, on a phone and a desktop.
    const quote = details.find((path) => /^\/quotes\/[^/]+$/.test(path));
    const desktop = await (
      await browser.newContext({ locale: "fr-FR", viewport: { width: 1280, height: 900 } })
    ).newPage();
    await desktop.context().addCookies(await page.context().cookies());
    for (const path of ["/invoices", "/clients", "/articles", ...(quote ? [quote] : [])]) {
      const name = path.split("/")[1];
      await page.goto(`${baseUrl()}${path}`);
      await screenshot(page, `phone-${name}${path === quote ? "-page" : ""}`);
      await desktop.goto(`${baseUrl()}${path}`);
      await screenshot(desktop, `desktop-${name}${path === quote ? "-page" : ""}`);
    }

    expect(tooWide).toEqual([]);
    expect(details.some((path) => path.startsWith("/invoices/"))).toBe(true);
    expect(details.some((path) => path.startsWith("/quotes/"))).toBe(true);
    expect(details.some((path) => path.startsWith("/clients/"))).toBe(true);
  }, 300_000);
});
