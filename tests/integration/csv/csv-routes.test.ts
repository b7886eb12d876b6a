import { GET as exportArticles } from "@/app/api/articles/export/route";
import { POST as importArticles } from "@/app/api/articles/import/route";
import { GET as exportClients } from "@/app/api/clients/export/route";
import type { SessionContext } from "@/lib/auth/sessions/session-context";
import { db } from "@/lib/db/prisma";
import { articleWorkspace, makeArticle } from "../../support/article-factories";
import { addMember, signedIn } from "../../support/member-factories";

// The route handlers end to end (multipart upload, JSON problems, NDJSON progress), with the
// request-scoped helpers that need Next.js's request context (cookies, headers) replaced:
// the session is a real one loaded from the database, the locale is fixed.
let currentSession: SessionContext | null = null;
jest.mock("@/app/_shared/session", () => ({
  getSession: async () => currentSession,
  getRequestMeta: async () => ({ ip: "10.0.0.1", userAgent: "jest" }),
}));
jest.mock("@/app/_shared/request-locale", () => ({ getRequestLocale: async () => "fr" }));

const HEADER = "Référence;Nom;Description;Unité;Prix unitaire HT;TVA (%);Type";

function post(body: FormData, headers: Record<string, string> = {}) {
  return new Request("http://localhost/api/articles/import", { method: "POST", body, headers });
}

function form(text: string | Uint8Array, fields: Record<string, string> = {}, name = "articles.csv") {
  const data = new FormData();
  data.set("file", new File([text as BlobPart], name, { type: "text/csv" }));
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

async function ndjson(response: Response) {
  return (await response.text())
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe("CSV route handlers", () => {
  it("export: a CSV download with the list's filters, for a signed-in member only", async () => {
    const { organization, user, member } = await articleWorkspace();
    await makeArticle(member, { name: "Conseil", reference: "C-1" });
    await makeArticle(member, { name: "Livre", kind: "GOODS" });
    currentSession = null;
    const anonymous = await exportArticles(new Request("http://localhost/api/articles/export"));
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toEqual({ code: "unauthenticated" });

    currentSession = await signedIn(user.id, organization.id);
    const response = await exportArticles(new Request("http://localhost/api/articles/export?kind=GOODS&page=2"));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(
      /^attachment; filename="articles-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text).toContain("Livre");
    expect(text).not.toContain("Conseil");
  });

  it("export of clients needs clients.read: an ACCOUNTANT gets it", async () => {
    const { organization } = await articleWorkspace();
    const { user } = await addMember(organization.id, "ACCOUNTANT");
    currentSession = await signedIn(user.id, organization.id);
    const response = await exportClients(new Request("http://localhost/api/clients/export"));
    expect(response.status).toBe(200);
  });

  it("import: preview as JSON, then the import streams its progress and writes every row", async () => {
    const { organization, user } = await articleWorkspace();
    currentSession = await signedIn(user.id, organization.id);
    const text = [HEADER, ...Array.from({ length: 1500 }, (_, i) => `R-${i};Article ${i};;heure;${i};20;`)].join("\n");
    const preview = await importArticles(post(form(text)));
    expect(preview.status).toBe(200);
    const body = (await preview.json()) as { fingerprint: string; rowCount: number; errors: unknown[] };
    expect(body).toMatchObject({ rowCount: 1500, errors: [] });
    expect(await db.article.count({ where: { organizationId: organization.id } })).toBe(0);

    const imported = await importArticles(post(form(text, { mode: "import", fingerprint: body.fingerprint })));
    expect(imported.headers.get("content-type")).toBe("application/x-ndjson; charset=utf-8");
    expect(await ndjson(imported)).toEqual([
      { type: "progress", done: 1000, total: 1500 },
      { type: "progress", done: 1500, total: 1500 },
      { type: "done", created: 1500 },
    ]);
    expect(await db.article.count({ where: { organizationId: organization.id } })).toBe(1500);
  });

  it("import: a bad row at import time is an error event and nothing is written", async () => {
    const { organization, user } = await articleWorkspace();
    currentSession = await signedIn(user.id, organization.id);
    const events = await ndjson(await importArticles(post(form(`${HEADER}\nR;;;heure;1;20;`, { mode: "import" }))));
    expect(events).toEqual([
      {
        type: "error",
        code: "csv_invalid_rows",
        params: { count: 1 },
        errors: [{ line: 2, field: "name", message: "required" }],
      },
    ]);
    expect(await db.article.count({ where: { organizationId: organization.id } })).toBe(0);
  });

  it("import: refuses no file, a 6 MB body, a cross-site POST and a read-only role with clear problems", async () => {
    const { organization, user } = await articleWorkspace();
    currentSession = await signedIn(user.id, organization.id);
    const none = await importArticles(post(new FormData()));
    expect(none.status).toBe(400);
    expect(await none.json()).toEqual({ code: "csv_no_file", params: {} });

    const big = new Uint8Array(6 * 1024 * 1024).fill(0x61);
    const tooLarge = await importArticles(post(form(big)));
    expect(tooLarge.status).toBe(400);
    expect(await tooLarge.json()).toEqual({ code: "csv_too_large", params: { maxMb: 5 } });

    const crossSite = await importArticles(
      post(form(`${HEADER}\nR;A;;h;1;20;`), { origin: "https://evil.example", host: "localhost" }),
    );
    expect(crossSite.status).toBe(403);

    const { user: accountant } = await addMember(organization.id, "ACCOUNTANT");
    currentSession = await signedIn(accountant.id, organization.id);
    const forbidden = await importArticles(post(form(`${HEADER}\nR;A;;h;1;20;`, { mode: "import" })));
    expect(forbidden.status).toBe(403);
    expect(await db.article.count({ where: { organizationId: organization.id } })).toBe(0);
  });
});
