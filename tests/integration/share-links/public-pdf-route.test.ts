import { GET } from "@/app/api/public/[token]/pdf/route";
import { db } from "@/lib/db/prisma";
import { PUBLIC_VIEW_LIMIT } from "@/lib/share-links/public-rate-limit";
import { revokeShareLink } from "@/lib/share-links/revoke-share-link";
import { testMeta } from "../../support/factories";
import { guessedToken, linkFor, makeInvoice, shareWorkspace } from "./share-link-fixtures";

// The route handler end to end (no Next.js request context needed: it reads its own headers).

let address = 0;
function get(token: string, ip = `192.0.2.${++address % 250}`, query = "") {
  const request = new Request(`http://localhost/api/public/${token}/pdf${query}`, {
    headers: { "x-forwarded-for": ip, "user-agent": "pdf-reader" },
  });
  return GET(request, { params: Promise.resolve({ token }) });
}

describe("GET /api/public/[token]/pdf", () => {
  it("200 application/pdf inline for a working link, and records a pdf view", async () => {
    const workspace = await shareWorkspace();
    const invoice = await makeInvoice(workspace);
    const link = await linkFor(workspace, invoice.id);
    const response = await get(link.token, "192.0.2.201");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toBe(`inline; filename="${invoice.number}.pdf"`);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect(response.headers.get("referrer-policy")).toBe("no-referrer");
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
    const stored = await db.documentPdf.findUniqueOrThrow({ where: { documentId: invoice.id } });
    expect(response.headers.get("etag")).toBe(`"${stored.sha256}"`);
    const views = await db.shareLinkView.findMany({ where: { shareLinkId: link.id } });
    expect(views).toMatchObject([{ resource: "pdf", ip: "192.0.2.201", userAgent: "pdf-reader" }]);
    // The page's download button: the same bytes as an attachment.
    const download = await get(link.token, "192.0.2.202", "?download=1");
    expect(download.headers.get("content-disposition")).toBe(`attachment; filename="${invoice.number}.pdf"`);
    expect(Buffer.from(await download.arrayBuffer()).equals(bytes)).toBe(true);
  });

  it("the same 404 problem for unknown, altered and revoked links", async () => {
    const workspace = await shareWorkspace();
    const invoice = await makeInvoice(workspace);
    const revoked = await linkFor(workspace, invoice.id);
    await revokeShareLink(workspace.member, revoked.id, testMeta());
    const answers = await Promise.all(
      [guessedToken(), revoked.token, "nope"].map(async (token) => {
        const response = await get(token);
        return { status: response.status, type: response.headers.get("content-type"), body: await response.text() };
      }),
    );
    for (const answer of answers) {
      expect(answer).toEqual({ status: 404, type: "application/json", body: '{"code":"public_link_unusable"}' });
    }
    expect(await db.shareLinkView.count({ where: { shareLinkId: revoked.id } })).toBe(0);
  });

  it("429 with Retry-After once an address is over the limit", async () => {
    const ip = "192.0.2.251";
    await db.rateLimitEvent.createMany({
      data: Array.from({ length: PUBLIC_VIEW_LIMIT.limit }, () => ({ key: `public-link:view:${ip}` })),
    });
    const response = await get(guessedToken(), ip);
    expect(response.status).toBe(429);
    expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await response.json()).toMatchObject({ code: "public_rate_limited" });
    // Another address still gets its answer.
    expect((await get(guessedToken(), "192.0.2.252")).status).toBe(404);
  });
});
