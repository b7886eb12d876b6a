import type { Browser, Page } from "playwright-core";
import { baseUrl, launchBrowser } from "./support/browser";
import { logInAsDemo } from "./support/demo-login";

// What Lighthouse found on every page (issue 11), kept checked on a real build: a French or
// English page downloads the Latin font only (the Latin Extended one comes when a letter needs
// it), and nothing is logged as an error in the console (a missing favicon was a 404); no link is
// prefetched after a page loads (every page is rendered per request with no loading state: a
// prefetch brought the route only, yet a list's 25 rows made 19–45 requests and server renders).

describe("page quality (production build, real browser)", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function watch(page: Page) {
    const fonts: string[] = [];
    const errors: string[] = [];
    page.on("request", (request) => {
      if (request.resourceType() === "font") fonts.push(new URL(request.url()).pathname.split("/").pop()!);
    });
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(`${message.text()} ${message.location().url}`);
    });
    return { fonts, errors };
  }

  it("loads only the Latin font for French text, the extended one on demand, and logs no error", async () => {
    const page = await (await browser.newContext({ locale: "fr-FR" })).newPage();
    const { fonts, errors } = await watch(page);
    for (const path of ["/", "/login"]) {
      await page.goto(`${baseUrl()}${path}`);
      await page.waitForLoadState("networkidle");
    }
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.every((file) => /^inter_latin-/.test(file))).toBe(true);

    // A client's name in Polish: its letters bring the extended face.
    await page.evaluate(() => {
      const name = document.createElement("p");
      name.textContent = "Łódź Spółka";
      document.body.prepend(name);
    });
    await page.waitForLoadState("networkidle");
    await page.waitForFunction(() =>
      [...document.fonts].some((face) => face.status === "loaded" && /Extended/i.test(face.family)),
    );
    expect(fonts.some((file) => /^inter_latin_ext/.test(file))).toBe(true);

    expect(errors).toEqual([]);
  });

  it("prefetches no link after the landing page, the dashboard, a list or a document has loaded", async () => {
    const page = await (await browser.newContext({ locale: "fr-FR" })).newPage();
    await logInAsDemo(page);
    // Signed in on the dashboard: let the login's navigation settle first.
    await page.waitForLoadState("networkidle");
    const prefetched: string[] = [];
    page.on("request", (request) => {
      const url = new URL(request.url());
      // What <Link> prefetches: the page's RSC payload (?_rsc=), asked without a navigation.
      const from = new URL(page.url()).pathname;
      if (url.searchParams.has("_rsc") && !request.isNavigationRequest()) {
        prefetched.push(`${from} → ${url.pathname}${url.search}`);
      }
    });
    for (const path of ["/", "/dashboard", "/invoices"]) {
      await page.goto(`${baseUrl()}${path}`);
      await page.waitForLoadState("networkidle");
    }
    const invoice = await page
      .getByRole("table")
      .getByRole("link", { name: /^F-\d{4}-\d{5}$/ })
      .first()
      .getAttribute("href");
    await page.goto(`${baseUrl()}${invoice}`);
    await page.getByRole("heading", { level: 1 }).waitFor();
    await page.waitForLoadState("networkidle");
    expect(prefetched).toEqual([]);
  });
});
