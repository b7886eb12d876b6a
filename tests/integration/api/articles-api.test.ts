import * as articleRoute from "@/app/api/v1/articles/[id]/route";
import { POST as archiveRoute } from "@/app/api/v1/articles/[id]/archive/route";
import { POST as unarchiveRoute } from "@/app/api/v1/articles/[id]/unarchive/route";
import * as articlesRoute from "@/app/api/v1/articles/route";
import { API_BODY_LIMIT_BYTES } from "@/lib/api/read-api-input";
import type { Permission } from "@/lib/auth/permissions";
import { db } from "@/lib/db/prisma";
import { apiV1Document } from "@/lib/api/v1/api-v1-document";
import { articlesEndpoints } from "@/lib/api/v1/articles-endpoints";
import { expectDocumented } from "../../support/api-contract";
import { addApiToken, callApi as callRoute } from "../../support/api-factories";
import { articleSnapshot, articleWorkspace, makeArticle } from "../../support/article-factories";
import { addClient } from "../../support/client-factories";
import { actingAs, addMember } from "../../support/member-factories";

// /api/v1/articles through its route handlers with real Requests: cents and basis points on
// the wire, lib/articles' rules (references unique among active articles, used articles
// archived not deleted), tenancy, scopes, revoked tokens and refused input that writes nothing.

// Every answer of these tests is also checked against the OpenAPI document: its status is
// documented for the operation and its body matches the documented schema.
const templates = new Map<unknown, string>([
  [articlesRoute.GET, "/articles"],
  [articlesRoute.POST, "/articles"],
  [articleRoute.GET, "/articles/{id}"],
  [articleRoute.PATCH, "/articles/{id}"],
  [articleRoute.DELETE, "/articles/{id}"],
  [archiveRoute, "/articles/{id}/archive"],
  [unarchiveRoute, "/articles/{id}/unarchive"],
]);

async function callApi(...args: Parameters<typeof callRoute>) {
  const [handler, method] = args;
  const template = templates.get(handler);
  if (!template) throw new Error("a route handler without its OpenAPI path in this test");
  const answer = await callRoute(...args);
  expectDocumented(method, template, answer);
  return answer;
}

const ALL: Permission[] = ["articles.read", "articles.write"];

async function world(scopes: Permission[] = ALL) {
  const { organization, user, member } = await articleWorkspace();
  const token = await addApiToken(organization.id, user.id, scopes);
  return { organization, user, member, token };
}

const newArticle = (overrides: Record<string, unknown> = {}) => ({
  name: "Développement web",
  unit: "jour",
  unitPriceCents: 45_000,
  vatRateBps: 2000,
  ...overrides,
});

/** A document line naming the article (a quote draft): it can then only be archived. */
async function useInDocument(organizationId: string, userId: string, articleId: string) {
  const clientWriter = await actingAs(userId, organizationId, "clients.write");
  const client = await addClient(clientWriter);
  const document = await db.document.create({ data: { organizationId, type: "QUOTE", clientId: client.id } });
  await db.documentLine.create({
    data: {
      organizationId,
      documentId: document.id,
      position: 1,
      articleId,
      description: "Ligne",
      quantityMilli: 1000,
      unit: "piece",
      unitPriceCents: 1000,
      vatRateBps: 2000,
      netCents: 1000,
    },
  });
}

/** Every endpoint once on an article id, as calls to make. */
function everyCall(secret: string, id: string) {
  const params = { id };
  return [
    () => callApi(articlesRoute.GET, "GET", "/articles", { token: secret }),
    () => callApi(articlesRoute.POST, "POST", "/articles", { token: secret, body: newArticle({ name: "Nouveau" }) }),
    () => callApi(articleRoute.GET, "GET", `/articles/${id}`, { token: secret, params }),
    () => callApi(articleRoute.PATCH, "PATCH", `/articles/${id}`, { token: secret, params, body: { name: "X" } }),
    () => callApi(articleRoute.DELETE, "DELETE", `/articles/${id}`, { token: secret, params }),
    () => callApi(archiveRoute, "POST", `/articles/${id}/archive`, { token: secret, params }),
    () => callApi(unarchiveRoute, "POST", `/articles/${id}/unarchive`, { token: secret, params }),
  ];
}

describe("/api/v1/articles", () => {
  it("creates, reads, patches, archives, unarchives and deletes; money in cents; audit names the token", async () => {
    const { organization, user, token } = await world();
    const created = await callApi(articlesRoute.POST, "POST", "/articles", {
      token: token.secret,
      body: newArticle({ unit: "Heures", unitPriceCents: 123_456, reference: "DEV-1" }),
    });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({
      name: "Développement web",
      description: null,
      unit: "hour",
      unitPriceCents: 123_456,
      vatRateBps: 2000,
      reference: "DEV-1",
      kind: "SERVICE",
      archivedAt: null,
    });
    expect(created.json?.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    const id = created.json?.id as string;
    const params = { id };

    const patched = await callApi(articleRoute.PATCH, "PATCH", `/articles/${id}`, {
      token: token.secret,
      params,
      body: { vatRateBps: 550, description: "Livre", kind: "GOODS" },
    });
    expect(patched).toMatchObject({
      status: 200,
      json: { vatRateBps: 550, description: "Livre", kind: "GOODS", unitPriceCents: 123_456, reference: "DEV-1" },
    });
    const archived = await callApi(archiveRoute, "POST", "/", { token: token.secret, params });
    expect(archived.json?.archivedAt).toEqual(expect.any(String));
    const unarchived = await callApi(unarchiveRoute, "POST", "/", { token: token.secret, params });
    expect(unarchived.json?.archivedAt).toBeNull();
    const got = await callApi(articleRoute.GET, "GET", "/", { token: token.secret, params });
    expect(got.json).toEqual(unarchived.json);

    const deleted = await callApi(articleRoute.DELETE, "DELETE", "/", { token: token.secret, params });
    expect(deleted).toMatchObject({ status: 204, json: null });
    expect(await db.article.count({ where: { id } })).toBe(0);

    const entries = await db.auditLog.findMany({
      where: { organizationId: organization.id, targetId: id },
      orderBy: { createdAt: "asc" },
    });
    expect(entries.map((entry) => entry.action)).toEqual([
      "article.created",
      "article.updated",
      "article.archived",
      "article.unarchived",
      "article.deleted",
    ]);
    for (const entry of entries) expect(entry).toMatchObject({ apiTokenId: token.id, actorId: user.id });
  });

  it("lists with the page's filters and search, paginated by cursor", async () => {
    const { member, token } = await world();
    for (const [name, vatRate] of [
      ["Alpha", "2000"],
      ["Bravo", "550"],
      ["Charlie", "2000"],
      ["Delta", "2000"],
      ["Echo", "1000"],
    ] as const) {
      await makeArticle(member, { name, vatRate, reference: `REF-${name}` });
    }
    const archived = await makeArticle(member, { name: "Zulu" });
    await callApi(archiveRoute, "POST", "/", { token: token.secret, params: { id: archived.id } });

    const names: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query: string = cursor ? `?limit=2&cursor=${cursor}` : "?limit=2";
      const page = await callApi(articlesRoute.GET, "GET", `/articles${query}`, { token: token.secret });
      expect(page.status).toBe(200);
      names.push(...(page.json?.data ?? []).map((item) => item.name as string));
      cursor = page.json?.nextCursor as string | null;
      pages += 1;
    } while (cursor);
    expect(pages).toBe(3);
    expect(names).toEqual(["Alpha", "Bravo", "Charlie", "Delta", "Echo"]);

    const list = (query: string) =>
      callApi(articlesRoute.GET, "GET", `/articles?${query}`, { token: token.secret }).then((answer) =>
        answer.json?.data?.map((item) => item.name),
      );
    expect(await list("q=ref-char")).toEqual(["Charlie"]);
    expect(await list("vat=2000&sort=name&dir=desc")).toEqual(["Delta", "Charlie", "Alpha"]);
    expect(await list("status=archived")).toEqual(["Zulu"]);
    expect(await list("kind=GOODS")).toEqual([]);
    const first = await callApi(articlesRoute.GET, "GET", "/articles?limit=1&sort=unitPrice", { token: token.secret });
    expect(first.json?.data?.[0]).toEqual({
      id: expect.any(String),
      name: "Alpha",
      reference: "REF-Alpha",
      unit: "day",
      unitPriceCents: 45_000,
      vatRateBps: 2000,
      kind: "SERVICE",
      archivedAt: null,
      createdAt: expect.any(String),
    });
  });

  it("409 for a reference taken, a used article's delete and an unarchive whose reference was taken", async () => {
    const { organization, user, member, token } = await world();
    const taken = await makeArticle(member, { reference: "ABC-1" });
    const post = await callApi(articlesRoute.POST, "POST", "/articles", {
      token: token.secret,
      body: newArticle({ reference: "abc-1" }),
    });
    expect(post).toMatchObject({
      status: 409,
      contentType: "application/problem+json",
      json: { code: "reference_taken", errors: { reference: ["reference_taken"] } },
    });

    await useInDocument(organization.id, user.id, taken.id);
    const del = await callApi(articleRoute.DELETE, "DELETE", "/", { token: token.secret, params: { id: taken.id } });
    expect(del).toMatchObject({ status: 409, json: { code: "article_in_use" } });
    expect(await db.article.count({ where: { id: taken.id } })).toBe(1);

    await callApi(archiveRoute, "POST", "/", { token: token.secret, params: { id: taken.id } });
    await makeArticle(member, { reference: "ABC-1" });
    const back = await callApi(unarchiveRoute, "POST", "/", { token: token.secret, params: { id: taken.id } });
    expect(back).toMatchObject({ status: 409, json: { code: "reference_taken" } });
  });
});

describe("/api/v1/articles access and input", () => {
  it("another organization's article is 404 everywhere, and stays as it was", async () => {
    const { token } = await world();
    const other = await articleWorkspace();
    const theirs = await makeArticle(other.member, { reference: "THEIRS" });
    const before = await articleSnapshot(other.organization.id);
    const calls = everyCall(token.secret, theirs.id).slice(2);
    for (const answer of await Promise.all(calls.map((call) => call()))) {
      expect(answer).toMatchObject({ status: 404, contentType: "application/problem+json" });
      expect(answer.json?.code).toBe("article_not_found");
    }
    const list = await callApi(articlesRoute.GET, "GET", "/articles?status=all", { token: token.secret });
    expect(list.json?.data).toEqual([]);
    expect(await articleSnapshot(other.organization.id)).toEqual(before);
  });

  it("403 without the scope, 403 for an ACCOUNTANT's token, 401 when revoked; nothing written", async () => {
    const { organization, user, member } = await world();
    const article = await makeArticle(member);
    const before = await articleSnapshot(organization.id);
    const writes = [1, 3, 4, 5, 6];
    const reads = [0, 2];

    const readOnly = everyCall((await addApiToken(organization.id, user.id, ["articles.read"])).secret, article.id);
    for (const index of writes) {
      expect(await readOnly[index]!()).toMatchObject({ status: 403, json: { code: "insufficient_scope" } });
    }
    for (const index of reads) expect((await readOnly[index]!()).status).toBe(200);
    const writeOnly = everyCall((await addApiToken(organization.id, user.id, ["articles.write"])).secret, article.id);
    for (const index of reads) {
      expect(await writeOnly[index]!()).toMatchObject({ status: 403, json: { code: "insufficient_scope" } });
    }
    const accountant = await addMember(organization.id, "ACCOUNTANT");
    const accountantCalls = everyCall((await addApiToken(organization.id, accountant.user.id, ALL)).secret, article.id);
    for (const index of writes) {
      expect(await accountantCalls[index]!()).toMatchObject({ status: 403, json: { code: "forbidden" } });
    }
    const revoked = await addApiToken(organization.id, user.id, ALL, { revokedAt: new Date() });
    for (const call of everyCall(revoked.secret, article.id)) {
      expect(await call()).toMatchObject({ status: 401, json: { code: "invalid_token" } });
    }
    expect(await articleSnapshot(organization.id)).toEqual(before);
  });

  it("refuses bad JSON, unknown fields, wrong types and the domain's rules with 400; writes nothing", async () => {
    const { organization, member, token } = await world();
    const article = await makeArticle(member);
    const before = await articleSnapshot(organization.id);
    const post = (body: unknown) => callApi(articlesRoute.POST, "POST", "/articles", { token: token.secret, body });
    const patch = (body: unknown) =>
      callApi(articleRoute.PATCH, "PATCH", "/", { token: token.secret, params: { id: article.id }, body });

    for (const answer of [await post('{"name": '), await patch("[")]) {
      expect(answer).toMatchObject({
        status: 400,
        contentType: "application/problem+json",
        json: { code: "invalid_json" },
      });
    }
    expect(await post(newArticle({ price: 1 }))).toMatchObject({
      status: 400,
      json: { code: "invalid_input", errors: { price: ["unknown_field"] } },
    });
    const huge = await post(newArticle({ description: "x".repeat(API_BODY_LIMIT_BYTES) }));
    expect(huge).toMatchObject({ status: 413, json: { code: "body_too_large" } });
    const wrongTypes = await post(newArticle({ unitPriceCents: "450,00", vatRateBps: 1900, kind: "FOOD" }));
    expect(wrongTypes.status).toBe(400);
    expect(Object.keys((wrongTypes.json?.errors ?? {}) as object).sort()).toEqual([
      "kind",
      "unitPriceCents",
      "vatRateBps",
    ]);
    expect((await post(newArticle({ unitPriceCents: 12.5 }))).json).toMatchObject({
      errors: { unitPriceCents: expect.any(Array) },
    });
    expect((await post({ unit: "jour" })).json).toMatchObject({
      errors: { name: expect.any(Array), unitPriceCents: expect.any(Array), vatRateBps: expect.any(Array) },
    });
    // The domain's own rules, reported under the API's field names.
    expect((await post(newArticle({ name: "   " }))).json).toMatchObject({ errors: { name: ["required"] } });
    expect((await post(newArticle({ unitPriceCents: 2_147_483_648 }))).json).toMatchObject({
      errors: { unitPriceCents: ["money_too_large"] },
    });
    expect((await patch({ name: "Nul\u0000" })).json).toMatchObject({ errors: { name: ["control_characters"] } });
    expect((await patch({ unit: "" })).json).toMatchObject({ errors: { unit: ["required"] } });
    const badQuery = await callApi(articlesRoute.GET, "GET", "/articles?vat=1900&color=red", { token: token.secret });
    expect(badQuery.json).toMatchObject({ status: 400, errors: { vat: expect.any(Array), color: ["unknown_field"] } });
    expect(await articleSnapshot(organization.id)).toEqual(before);
  });
});

describe("OpenAPI document", () => {
  it("registers every articlesEndpoints endpoint with its scope, parameters and response schema", () => {
    const document = apiV1Document() as {
      paths: Record<
        string,
        Record<
          string,
          {
            security: unknown;
            parameters?: { name: string }[];
            responses: Record<string, { content?: Record<string, { schema: unknown }> }>;
          }
        >
      >;
    };
    for (const endpoint of articlesEndpoints) {
      const operation = document.paths[endpoint.path]?.[endpoint.method.toLowerCase()];
      expect(operation).toBeDefined();
      expect(operation!.security).toEqual([{ bearerAuth: [endpoint.permission] }]);
      const names = [
        ...[...endpoint.path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!),
        ...Object.keys(endpoint.query?.shape ?? {}),
      ];
      expect((operation!.parameters ?? []).map((parameter) => parameter.name)).toEqual(expect.arrayContaining(names));
      const success = operation!.responses[String(endpoint.response ? (endpoint.status ?? 200) : 204)];
      expect(success).toBeDefined();
      if (endpoint.response) expect(success!.content?.["application/json"]?.schema).toMatchObject({ type: "object" });
      for (const status of ["400", "401", "403"]) expect(operation!.responses[status]).toBeDefined();
    }
  });
});
