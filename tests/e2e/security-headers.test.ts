import type { Browser, BrowserContext, Page, Response } from "playwright-core";
import { baseUrl, launchBrowser } from "./support/browser";
import { submitDemoLogin } from "./support/demo-login";

// Issue 11: every page carries a strict Content-Security-Policy with a fresh nonce, and the app
// runs under it with zero violations — login, a signed-in page with the PDF preview frame, and
// the public page of a share link (production build, real browser).

/** Records every CSP violation (console, frames included) and uncaught error of a page. */
function watch(page: Page): string[] {
  const problems: string[] = [];
  page.on("console", (message) => {
    if (/Content.Security.Policy|CSP violation/i.test(message.text())) {
      problems.push(`${message.text()} (${message.location().url}:${message.location().lineNumber})`);
    }
  });
  page.on("pageerror", (error) => problems.push(`pageerror: ${error.message}`));
  return problems;
}

async function newWatchedPage(context: BrowserContext): Promise<{ page: Page; problems: string[] }> {
  // A securitypolicyviolation event in any document is logged as a console error too.
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      console.error(
        `CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || "(inline)"} in ${event.sourceFile}:${event.lineNumber} ${event.sample}`,
      );
    });
  });
  const page = await context.newPage();
  return { page, problems: watch(page) };
}

/** The document response has a nonce CSP; every script of the page carries that nonce. */
async function expectStrictCsp(page: Page, response: Response | null) {
  expect(response).not.toBeNull();
  const policy = (await response!.allHeaders())["content-security-policy"] ?? "";
  const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(policy)?.[1];
  expect(nonce).toBeDefined();
  expect(policy).toContain("'strict-dynamic'");
  expect(policy).toContain("object-src 'none'");
  expect(policy).toContain("frame-ancestors 'none'");
  expect(policy).not.toContain("unsafe-eval");
  const scriptNonces = await page.evaluate(() => [...document.scripts].map((script) => script.nonce));
  expect(scriptNonces.length).toBeGreaterThan(0);
  expect(new Set(scriptNonces)).toEqual(new Set([nonce]));
  // The headers of next.config.mjs are still there; no HSTS over http.
  expect((await response!.allHeaders())["x-content-type-options"]).toBe("nosniff");
  expect((await response!.allHeaders())["strict-transport-security"]).toBeUndefined();
  return nonce!;
}

describe("Content-Security-Policy (production build, real browser)", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("login, a document page with its PDF preview and the public page run with a nonce and no violation", async () => {
    // A forged client address on every request changes nothing of what follows.
    const context = await browser.newContext({
      locale: "fr-FR",
      viewport: { width: 1280, height: 900 },
      extraHTTPHeaders: { "x-forwarded-for": "6.6.6.6" },
    });
    const { page, problems } = await newWatchedPage(context);

    // Login (and a fresh nonce on every load).
    const first = await expectStrictCsp(page, await page.goto(`${baseUrl()}/login`));
    const second = await expectStrictCsp(page, await page.goto(`${baseUrl()}/login`));
    expect(second).not.toBe(first);
    await submitDemoLogin(page);

    // A signed-in list, then an issued invoice's page with the PDF preview frame.
    await expectStrictCsp(page, await page.goto(`${baseUrl()}/invoices`));
    const invoiceLink = page
      .getByRole("table")
      .getByRole("link", { name: /^F-\d{4}-\d{5}$/ })
      .first();
    const href = await invoiceLink.getAttribute("href");
    const pdfLoaded = page.waitForResponse((response) => /\/api\/documents\/[^/]+\/pdf/.test(response.url()));
    await expectStrictCsp(page, await page.goto(`${baseUrl()}${href}`));
    expect((await pdfLoaded).status()).toBe(200);
    await page.locator("iframe").first().waitFor();

    // A share link, opened by a visitor without a session.
    await page.getByRole("button", { name: "Créer un lien" }).click();
    const url = await page.getByLabel("Nouveau lien de partage").inputValue();
    expect(url).toMatch(/\/p\/[A-Za-z0-9_-]+$/);
    const visitorContext = await browser.newContext({ locale: "fr-FR" });
    const visitor = await newWatchedPage(visitorContext);
    await expectStrictCsp(visitor.page, await visitor.page.goto(url));
    await visitor.page.getByRole("heading", { level: 1 }).first().waitFor();
    await visitor.page.waitForLoadState("networkidle");
    await page.waitForLoadState("networkidle");

    expect(problems).toEqual([]);
    expect(visitor.problems).toEqual([]);
    await visitorContext.close();
    await context.close();
  });
});
