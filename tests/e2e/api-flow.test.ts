import type { Browser } from "playwright-core";
import { createCheckedApiV1Client, type Exchange } from "../support/api-v1/api-v1-client";
import { expectAnswer, runInvoiceFlow } from "../support/api-v1/api-v1-invoice-flow";
import { baseUrl, launchBrowser } from "./support/browser";
import { logInAsDemo } from "./support/demo-login";

// The public API over real HTTP against the production build (`next start`): a token made in
// Settings → API for the demo organization (the browser is needed for that step only), then
// the typed client generated from the OpenAPI document (openapi-fetch + `npm run api:types`)
// drives the invoicing flow the browser tests walk through the pages — client, article, quote
// sent, converted, invoice issued and paid until PAID, credit note — and downloads the PDF.
// Every answer is checked against the document the server itself serves.

async function createTokenInSettings(browser: Browser): Promise<string> {
  const page = await (await browser.newContext({ locale: "fr-FR" })).newPage();
  await logInAsDemo(page);
  await page.goto(`${baseUrl()}/settings/api`);
  await page.getByRole("textbox", { name: "Nom" }).fill(`API flow ${Date.now()}`);
  for (const scope of await page.locator('input[type="checkbox"][name="scopes"]').all()) await scope.check();
  await page.getByRole("button", { name: "Créer le jeton" }).click();
  const secret = (await page.getByTestId("api-token-secret").textContent()) ?? "";
  expect(secret).toMatch(/^fct_/);
  return secret;
}

describe("/api/v1 over HTTP with the typed client (production build)", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("creates, sends, converts, issues, is paid, credits and downloads the PDF", async () => {
    const token = await createTokenInSettings(browser);
    const document = (await (await fetch(`${baseUrl()}/api/v1/openapi.json`)).json()) as Record<string, unknown>;
    const exchanges: Exchange[] = [];
    const api = createCheckedApiV1Client({
      baseUrl: `${baseUrl()}/api/v1`,
      token,
      document,
      transport: (request) => fetch(request),
      onExchange: (exchange) => exchanges.push(exchange),
    });

    const suffix = Date.now().toString(36);
    const flow = await runInvoiceFlow(api, { label: `Flux API ${suffix}`, email: `compta-${suffix}@example.test` });
    const invoice = expectAnswer(await api.GET("/documents/{id}", { params: { path: { id: flow.invoice.id } } }), 200);
    expect(invoice).toMatchObject({ displayStatus: "PAID", creditedCents: 3_000 });

    const pdf = await api.GET("/documents/{id}/pdf", {
      params: { path: { id: flow.invoice.id } },
      parseAs: "arrayBuffer",
    });
    expect(pdf.response.status).toBe(200);
    expect(pdf.response.headers.get("content-type")).toMatch(/^application\/pdf/);
    expect(
      Buffer.from(pdf.data ?? new ArrayBuffer(0))
        .subarray(0, 5)
        .toString("latin1"),
    ).toBe("%PDF-");

    expect(exchanges.flatMap((exchange) => exchange.violations)).toEqual([]);
    expect(exchanges.length).toBeGreaterThanOrEqual(10);
  });
});
