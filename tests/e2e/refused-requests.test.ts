import { baseUrl } from "./support/browser";

// Issue 11's probes that got a bare 500 from the production server, re-run over real HTTP:
// each now gets a readable 4xx (a small page for pages, a problem JSON under /api/) from
// proxy.ts before Next.js runs anything (lib/security/request-guards.ts).

async function send(path: string, init: RequestInit = {}) {
  const response = await fetch(`${baseUrl()}${path}`, { redirect: "manual", ...init });
  return { status: response.status, type: response.headers.get("content-type") ?? "", body: await response.text() };
}

describe("requests Next.js would answer with a 500", () => {
  it("malformed percent-encoding in a path: 400 with a readable page, or a problem under /api/", async () => {
    for (const path of ["/invoices/%C0%AE", "/p/%C0%AE", "/clients/%E0%A4%A"]) {
      const answer = await send(path, { headers: { "accept-language": "en" } });
      expect({ path, status: answer.status }).toEqual({ path, status: 400 });
      expect(answer.type).toBe("text/html; charset=utf-8");
      expect(answer.body).toContain("<h1>Invalid address</h1>");
      expect(answer.body).toContain('<a href="/">Back to home</a>');
    }
    const api = await send("/api/public/%C0%AE/pdf");
    expect(api.status).toBe(400);
    expect(api.type).toBe("application/problem+json");
    expect(JSON.parse(api.body)).toMatchObject({ status: 400, code: "bad_request_path" });
    // A well-formed escape is untouched (an unknown client is the app's own 404, not a 400).
    expect((await send("/p/caf%C3%A9")).status).toBe(404);
  });

  it("a server action posted from another site: 403, in the visitor's language", async () => {
    const headers = { origin: "https://evil.example", "next-action": "0123abcd", "accept-language": "fr" };
    const answer = await send("/clients/new", { method: "POST", headers, body: "[]" });
    expect(answer.status).toBe(403);
    expect(answer.body).toContain("<h1>Envoi refusé</h1>");
    // A form posted without JavaScript from another site: the same.
    const form = await send("/login", {
      method: "POST",
      headers: { origin: "null", "content-type": "application/x-www-form-urlencoded" },
      body: "email=a%40b.c",
    });
    expect(form.status).toBe(403);
    // From the site itself, the same unknown action is Next's own 4xx, not our refusal.
    const own = await send("/clients/new", {
      method: "POST",
      headers: { ...headers, origin: baseUrl() },
      body: "[]",
    });
    expect(own.status).toBeGreaterThanOrEqual(400);
    expect(own.status).toBeLessThan(500);
    expect(own.status).not.toBe(403);
  });

  it("a server action over the body limit (a 3 MB logo without JavaScript): 413 with the limit", async () => {
    const boundary = "facturo-e2e";
    const body = Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="logo"; filename="big.png"\r\n\r\n`),
      Buffer.alloc(3 * 1024 * 1024, 1),
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const answer = await send("/settings/organization", {
      method: "POST",
      headers: { "content-type": `multipart/form-data; boundary=${boundary}`, "accept-language": "en" },
      body,
    });
    expect(answer.status).toBe(413);
    expect(answer.body).toContain("<h1>Submission too large</h1>");
    expect(answer.body).toContain("over 2 MB");
  });
});
