import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { GET as docsAssetRoute } from "@/app/api/docs/[asset]/route";
import { GET as docsRoute } from "@/app/api/docs/route";
import { GET as openApiRoute } from "@/app/api/v1/openapi.json/route";
import { API_DOCS_CSP } from "@/lib/api/api-docs";
import { launchBrowser } from "../../e2e/support/browser";

// /api/docs in a real Chromium, its route handlers behind a plain HTTP server (no build): the
// reference renders the API's operations from our own origin only, with no CSP violation and
// no request to another host (the machine is offline, the page's CSP allows only 'self').

let server: Server;
let origin = "";

beforeAll(async () => {
  server = createServer((request, response) => {
    void (async () => {
      const url = new URL(request.url ?? "/", "http://localhost");
      const asset = /^\/api\/docs\/([^/]+)$/.exec(url.pathname)?.[1];
      const answer =
        url.pathname === "/api/docs"
          ? docsRoute()
          : url.pathname === "/api/v1/openapi.json"
            ? openApiRoute()
            : asset
              ? await docsAssetRoute(new Request(url), { params: Promise.resolve({ asset }) })
              : new Response("not found", { status: 404 });
      response.writeHead(answer.status, Object.fromEntries(answer.headers));
      response.end(Buffer.from(await answer.arrayBuffer()));
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

it("serves only its own files", async () => {
  const page = docsRoute();
  expect(page.headers.get("content-security-policy")).toBe(API_DOCS_CSP);
  const unknown = await docsAssetRoute(new Request(`${origin}/api/docs/package.json`), {
    params: Promise.resolve({ asset: "package.json" }),
  });
  expect(unknown.status).toBe(404);
  const traversal = await docsAssetRoute(new Request(`${origin}/api/docs/x`), {
    params: Promise.resolve({ asset: "../../package.json" }),
  });
  expect(traversal.status).toBe(404);
});

it("renders the operations in Chromium without CSP violations or other hosts", async () => {
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error") problems.push(message.text());
    });
    page.on("pageerror", (error) => problems.push(error.message));
    const foreign: string[] = [];
    page.on("request", (request) => {
      if (!request.url().startsWith(origin) && !request.url().startsWith("data:")) foreign.push(request.url());
    });
    await page.goto(`${origin}/api/docs`);
    await page.getByText("List clients").first().waitFor({ timeout: 30_000 });
    expect(await page.getByText("/clients/{id}/archive").count()).toBeGreaterThan(0);
    expect(await page.locator(".btn.authorize").count()).toBe(1);
    expect(problems).toEqual([]);
    expect(foreign).toEqual([]);
  } finally {
    await browser.close();
  }
}, 60_000);
