import { NextRequest } from "next/server";
import { db } from "@/lib/db/prisma";
import { PUBLIC_VIEW_LIMIT } from "@/lib/share-links/public-rate-limit";
import { proxy } from "@/proxy";
import { uniqueSuffix } from "../../support/factories";
import { guessedToken } from "../share-links/share-link-fixtures";

// /p/[token] from an address over its limit: proxy.ts answers 429 with Retry-After before the
// page renders (the page itself could only answer 200). The address is the socket peer the
// server appends to X-Forwarded-For; what the client wrote before it changes nothing.

let counter = 0;
function peer(): string {
  counter += 1;
  return `198.18.${(Number.parseInt(uniqueSuffix().slice(0, 2), 16) % 200) + 1}.${counter % 250}`;
}

describe("a rate-limited public page", () => {
  const page = (token: string, address: string, method = "GET") =>
    proxy(
      new NextRequest(`http://localhost/p/${token}`, {
        method,
        headers: { "x-forwarded-for": `203.0.113.${counter}, ${address}`, "accept-language": "en" },
      }),
    );

  it("is answered 429 with Retry-After before rendering, with the limit text", async () => {
    const address = peer();
    await db.rateLimitEvent.createMany({
      data: Array.from({ length: PUBLIC_VIEW_LIMIT.limit }, () => ({ key: `public-link:view:${address}` })),
    });
    const response = await page(guessedToken(), address);
    expect(response.status).toBe(429);
    expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(response.headers.get("content-security-policy")).toContain("'strict-dynamic'");
    const html = await response.text();
    expect(html).toContain('<html lang="en">');
    expect(html).toMatch(/<p role="alert">[^<]*\d+/);
    // Nothing more is counted for a refused request.
    expect(await db.rateLimitEvent.count({ where: { key: `public-link:view:${address}` } })).toBe(
      PUBLIC_VIEW_LIMIT.limit,
    );
  });

  it("under the limit goes on to the page without counting (the page counts once)", async () => {
    const address = peer();
    const response = await page(guessedToken(), address);
    expect(response.status).toBe(200);
    expect(response.headers.get("x-middleware-next")).toBe("1");
    expect(await db.rateLimitEvent.count({ where: { key: `public-link:view:${address}` } })).toBe(0);
  });
});
