import * as clientRoute from "@/app/api/v1/clients/[id]/route";
import { POST as archiveRoute } from "@/app/api/v1/clients/[id]/archive/route";
import { POST as unarchiveRoute } from "@/app/api/v1/clients/[id]/unarchive/route";
import * as clientsRoute from "@/app/api/v1/clients/route";
import { GET as openApiRoute } from "@/app/api/v1/openapi.json/route";
import { GET as organizationRoute } from "@/app/api/v1/organization/route";
import { API_BODY_LIMIT_BYTES } from "@/lib/api/read-api-input";
import { db } from "@/lib/db/prisma";
import { addApiToken, callApi } from "../../support/api-factories";
import { addClient, clientOrganization, clientSnapshot, companyInput } from "../../support/client-factories";
import { makeDraft } from "../../support/document-factories";
import { actingAs, addMember } from "../../support/member-factories";

// /api/v1/clients and /organization through their route handlers with real Requests: the
// token decides who acts (its creator's current role, within its scopes), input is refused
// before anything is written, and audit entries name the token.

async function world() {
  const { organization, user, member } = await clientOrganization();
  const token = await addApiToken(organization.id, user.id, ["clients.read", "clients.write", "organization.read"]);
  return { organization, user, member, token };
}

function newClient(overrides: Record<string, unknown> = {}) {
  return { ...companyInput(), ...overrides };
}

describe("/api/v1 authentication", () => {
  it("answers the same 401 problem for every unusable token", async () => {
    const { organization, user, member, token } = await world();
    const revoked = await addApiToken(organization.id, user.id, ["clients.read"], { revokedAt: new Date() });
    const expired = await addApiToken(organization.id, user.id, ["clients.read"], {
      expiresAt: new Date(Date.now() - 1000),
    });
    const leaver = await addMember(organization.id, "ADMIN");
    const leaverToken = await addApiToken(organization.id, leaver.user.id, ["clients.read"]);
    await db.membership.delete({ where: { id: leaver.membership.id } });
    const disabled = await clientOrganization();
    const disabledToken = await addApiToken(disabled.organization.id, disabled.user.id, ["clients.read"]);
    await db.organization.update({ where: { id: disabled.organization.id }, data: { disabledAt: new Date() } });
    await addClient(member);

    const cases: (string | null)[] = [
      null,
      "not-a-token",
      `${token.secret.slice(0, -1)}${token.secret.endsWith("A") ? "B" : "A"}`,
      revoked.secret,
      expired.secret,
      leaverToken.secret,
      disabledToken.secret,
    ];
    for (const secret of cases) {
      const answer = await callApi(clientsRoute.GET, "GET", "/clients", { token: secret });
      expect(answer.status).toBe(401);
      expect(answer.contentType).toBe("application/problem+json");
      expect(answer.headers.get("www-authenticate")).toMatch(/^Bearer/);
      expect(answer.json).toEqual({
        type: "about:blank",
        title: "The API token is missing, invalid, expired or revoked",
        status: 401,
        code: "invalid_token",
      });
    }
    // A scheme other than Bearer is no token either.
    const basic = await callApi(clientsRoute.GET, "GET", "/clients", { headers: { authorization: "Basic abc" } });
    expect(basic.status).toBe(401);
    const ok = await callApi(clientsRoute.GET, "GET", "/clients", { token: token.secret });
    expect(ok.status).toBe(200);
  });

  it("records the token's last use, at most once a minute", async () => {
    const { token } = await world();
    await callApi(clientsRoute.GET, "GET", "/clients", { token: token.secret, ip: "192.0.2.77" });
    const first = await db.apiToken.findUniqueOrThrow({ where: { id: token.id } });
    expect(first.lastUsedIp).toBe("192.0.2.77");
    expect(first.lastUsedAt).not.toBeNull();
    await callApi(clientsRoute.GET, "GET", "/clients", { token: token.secret, ip: "192.0.2.78" });
    const second = await db.apiToken.findUniqueOrThrow({ where: { id: token.id } });
    expect(second.lastUsedAt).toEqual(first.lastUsedAt);
    expect(second.lastUsedIp).toBe("192.0.2.77");
  });
});

describe("/api/v1 permissions", () => {
  it("403 insufficient_scope without the endpoint's scope, even for an owner", async () => {
    const { organization, user } = await world();
    const readOnly = await addApiToken(organization.id, user.id, ["clients.read"]);
    const before = await clientSnapshot(organization.id);
    const answer = await callApi(clientsRoute.POST, "POST", "/clients", { token: readOnly.secret, body: newClient() });
    expect(answer.status).toBe(403);
    expect(answer.json).toMatchObject({ code: "insufficient_scope", status: 403 });
    expect(answer.headers.get("www-authenticate")).toContain('scope="clients.write"');
    expect(await clientSnapshot(organization.id)).toEqual(before);
    const organizationAnswer = await callApi(organizationRoute, "GET", "/organization", { token: readOnly.secret });
    expect(organizationAnswer.status).toBe(403);
  });

  it("a token an ACCOUNTANT made cannot write, whatever its scopes say", async () => {
    const { organization, member } = await world();
    const accountant = await addMember(organization.id, "ACCOUNTANT");
    const token = await addApiToken(organization.id, accountant.user.id, ["clients.read", "clients.write"]);
    const existing = await addClient(member);
    const before = await clientSnapshot(organization.id);
    const create = await callApi(clientsRoute.POST, "POST", "/clients", { token: token.secret, body: newClient() });
    expect(create).toMatchObject({ status: 403, json: { code: "forbidden" } });
    const archive = await callApi(archiveRoute, "POST", `/clients/${existing.id}/archive`, {
      token: token.secret,
      params: { id: existing.id },
    });
    expect(archive.status).toBe(403);
    expect(await clientSnapshot(organization.id)).toEqual(before);
    const read = await callApi(clientRoute.GET, "GET", `/clients/${existing.id}`, {
      token: token.secret,
      params: { id: existing.id },
    });
    expect(read.status).toBe(200);
  });

  it("follows the creator's current role: demoted to ACCOUNTANT, the token can no longer write", async () => {
    const { organization } = await world();
    const admin = await addMember(organization.id, "ADMIN");
    const token = await addApiToken(organization.id, admin.user.id, ["clients.write"]);
    expect(
      (await callApi(clientsRoute.POST, "POST", "/clients", { token: token.secret, body: newClient() })).status,
    ).toBe(201);
    await db.membership.update({ where: { id: admin.membership.id }, data: { role: "ACCOUNTANT" } });
    expect(
      (await callApi(clientsRoute.POST, "POST", "/clients", { token: token.secret, body: newClient() })).status,
    ).toBe(403);
  });

  it("another organization's client is 404 for every operation, and stays as it was", async () => {
    const { token } = await world();
    const other = await clientOrganization();
    const theirs = await addClient(other.member);
    const before = await clientSnapshot(other.organization.id);
    const params = { id: theirs.id };
    const calls = [
      callApi(clientRoute.GET, "GET", `/clients/${theirs.id}`, { token: token.secret, params }),
      callApi(clientRoute.PATCH, "PATCH", `/clients/${theirs.id}`, {
        token: token.secret,
        params,
        body: { notes: "mine now" },
      }),
      callApi(clientRoute.DELETE, "DELETE", `/clients/${theirs.id}`, { token: token.secret, params }),
      callApi(archiveRoute, "POST", `/clients/${theirs.id}/archive`, { token: token.secret, params }),
      callApi(unarchiveRoute, "POST", `/clients/${theirs.id}/unarchive`, { token: token.secret, params }),
      callApi(clientRoute.GET, "GET", "/clients/x", { token: token.secret, params: { id: "../etc" } }),
    ];
    for (const answer of await Promise.all(calls)) {
      expect(answer.status).toBe(404);
      expect(answer.contentType).toBe("application/problem+json");
    }
    const list = await callApi(clientsRoute.GET, "GET", "/clients", { token: token.secret });
    expect(list.json?.data?.map((item) => item.id)).not.toContain(theirs.id);
    expect(await clientSnapshot(other.organization.id)).toEqual(before);
  });
});

describe("/api/v1 bad input", () => {
  it("refuses bad JSON, NUL bytes, huge bodies, unknown fields and wrong types; writes nothing", async () => {
    const { organization, token } = await world();
    const before = await clientSnapshot(organization.id);
    const post = (body: unknown, headers: Record<string, string> = {}) =>
      callApi(clientsRoute.POST, "POST", "/clients", { token: token.secret, body, headers });

    const badJson = await post('{"kind": "COMPANY",');
    expect(badJson).toMatchObject({ status: 400, json: { code: "invalid_json" } });
    expect((await post("")).json).toMatchObject({ code: "invalid_json" });

    const rawNul = await post(`{"kind":"COMPANY","legalName":"A\u0000B"}`);
    // A raw NUL inside a JSON string is not JSON at all; escaped, it is a field error.
    expect(rawNul).toMatchObject({ status: 400, json: { code: "invalid_json" } });
    const escapedNul = await post(newClient({ legalName: "Nul\u0000Corp" }));
    expect(escapedNul).toMatchObject({ status: 400, json: { errors: { legalName: ["control_characters"] } } });
    const nulKey = await post({ ...newClient(), "a\u0000": 1 });
    expect(nulKey.status).toBe(400);

    const huge = await post(newClient({ notes: "x".repeat(API_BODY_LIMIT_BYTES) }));
    expect(huge).toMatchObject({ status: 413, json: { code: "body_too_large" } });
    // Without Content-Length (a stream), the cap still holds.
    const chunk = new TextEncoder().encode("x".repeat(64 * 1024));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ > 20) controller.close();
        else controller.enqueue(chunk);
      },
    });
    const streamed = await clientsRoute.POST(
      new Request("http://localhost/api/v1/clients", {
        method: "POST",
        headers: { authorization: `Bearer ${token.secret}`, "content-type": "application/json" },
        body: stream,
        duplex: "half",
      } as RequestInit),
      { params: Promise.resolve({}) },
    );
    expect(streamed.status).toBe(413);

    const unknown = await post({ ...newClient(), isAdmin: true });
    expect(unknown).toMatchObject({
      status: 400,
      json: { code: "invalid_input", errors: { isAdmin: ["unknown_field"] } },
    });
    const wrongType = await post(newClient({ paymentTermsDays: "thirty", emails: "a@b.test" }));
    expect(wrongType.status).toBe(400);
    expect(Object.keys((wrongType.json?.errors ?? {}) as object).sort()).toEqual(["emails", "paymentTermsDays"]);
    const form = await post("kind=COMPANY", { "content-type": "application/x-www-form-urlencoded" });
    expect(form).toMatchObject({ status: 415, json: { code: "unsupported_media_type" } });
    // The domain's own rules: a company without a legal name.
    const ruleBroken = await post(newClient({ legalName: null }));
    expect(ruleBroken).toMatchObject({ status: 400, json: { errors: { legalName: ["legal_name_required"] } } });

    expect(await clientSnapshot(organization.id)).toEqual(before);
  });

  it("an endpoint without a body takes none or {}, and refuses anything else before acting", async () => {
    const { organization, member, token } = await world();
    const client = await addClient(member);
    const archive = (body: unknown, headers: Record<string, string> = {}) =>
      callApi(archiveRoute, "POST", "/", { token: token.secret, params: { id: client.id }, body, headers });
    const before = await clientSnapshot(organization.id);
    expect(await archive({ archive: true })).toMatchObject({
      status: 400,
      json: { errors: { archive: ["unknown_field"] } },
    });
    expect((await archive("nope")).json).toMatchObject({ code: "invalid_json" });
    expect((await archive("x".repeat(API_BODY_LIMIT_BYTES + 1))).status).toBe(413);
    expect((await archive("{}", { "content-type": "text/plain" })).status).toBe(415);
    expect(await clientSnapshot(organization.id)).toEqual(before);
    expect((await archive({})).status).toBe(200);
    expect(
      (await callApi(unarchiveRoute, "POST", "/", { token: token.secret, params: { id: client.id } })).status,
    ).toBe(200);
  });

  it("refuses unknown, repeated and NUL query parameters", async () => {
    const { token } = await world();
    const get = (query: string) => callApi(clientsRoute.GET, "GET", `/clients?${query}`, { token: token.secret });
    expect((await get("color=red")).json).toMatchObject({ status: 400, errors: { color: ["unknown_field"] } });
    expect((await get("q=a&q=b")).json).toMatchObject({ status: 400, errors: { q: ["not_repeatable"] } });
    expect((await get("q=a%00b")).json).toMatchObject({ status: 400, errors: { q: ["control_characters"] } });
    expect((await get("limit=0")).status).toBe(400);
    expect((await get("limit=101")).status).toBe(400);
    expect((await get("status=deleted")).status).toBe(400);
    expect((await get("cursor=garbage")).json).toMatchObject({ errors: { cursor: ["invalid_cursor"] } });
  });
});

describe("/api/v1/clients", () => {
  it("creates, reads, patches, archives, unarchives and deletes; audit entries name the token", async () => {
    const { organization, user, token } = await world();
    const created = await callApi(clientsRoute.POST, "POST", "/clients", {
      token: token.secret,
      body: newClient({ legalName: "Atelier Durand", paymentTermsDays: 45 }),
    });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({
      name: "Atelier Durand",
      paymentTermsDays: 45,
      documentCount: 0,
      archivedAt: null,
    });
    const id = created.json?.id as string;
    const params = { id };

    const patched = await callApi(clientRoute.PATCH, "PATCH", `/clients/${id}`, {
      token: token.secret,
      params,
      body: { billingCity: "Lyon", billingPostalCode: "69001" },
    });
    expect(patched).toMatchObject({
      status: 200,
      json: { billingCity: "Lyon", name: "Atelier Durand", paymentTermsDays: 45 },
    });

    const archived = await callApi(archiveRoute, "POST", `/clients/${id}/archive`, { token: token.secret, params });
    expect(archived.json?.archivedAt).toEqual(expect.any(String));
    const unarchived = await callApi(unarchiveRoute, "POST", `/clients/${id}/unarchive`, {
      token: token.secret,
      params,
    });
    expect(unarchived.json?.archivedAt).toBeNull();

    const got = await callApi(clientRoute.GET, "GET", `/clients/${id}`, { token: token.secret, params });
    expect(got.json).toEqual(unarchived.json);

    const deleted = await callApi(clientRoute.DELETE, "DELETE", `/clients/${id}`, { token: token.secret, params });
    expect(deleted.status).toBe(204);
    expect(deleted.json).toBeNull();
    expect(await db.client.count({ where: { id } })).toBe(0);

    const entries = await db.auditLog.findMany({
      where: { organizationId: organization.id, targetId: id },
      orderBy: { createdAt: "asc" },
    });
    expect(entries.map((entry) => entry.action)).toEqual([
      "client.created",
      "client.updated",
      "client.archived",
      "client.unarchived",
      "client.deleted",
    ]);
    for (const entry of entries) {
      expect(entry).toMatchObject({ apiTokenId: token.id, actorId: user.id, ip: "192.0.2.10", userAgent: "api-test" });
    }
  });

  it("lists with the page's filters and search, paginated by cursor", async () => {
    const { member, token } = await world();
    for (const name of ["Alpha", "Bravo", "Charlie", "Delta", "Echo"]) {
      await addClient(member, companyInput({ legalName: `${name} SARL` }));
    }
    const archived = await addClient(member, companyInput({ legalName: "Zulu SARL" }));
    await callApi(archiveRoute, "POST", "/", { token: token.secret, params: { id: archived.id } });

    const names: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query: string = cursor ? `?limit=2&cursor=${cursor}` : "?limit=2";
      const page = await callApi(clientsRoute.GET, "GET", `/clients${query}`, { token: token.secret });
      expect(page.status).toBe(200);
      names.push(...(page.json?.data ?? []).map((item) => item.name as string));
      cursor = page.json?.nextCursor as string | null;
      pages += 1;
    } while (cursor);
    expect(pages).toBe(3);
    expect(names).toEqual(["Alpha SARL", "Bravo SARL", "Charlie SARL", "Delta SARL", "Echo SARL"]);

    const search = await callApi(clientsRoute.GET, "GET", "/clients?q=charl", { token: token.secret });
    expect(search.json).toMatchObject({ data: [{ name: "Charlie SARL" }], nextCursor: null });
    const onlyArchived = await callApi(clientsRoute.GET, "GET", "/clients?status=archived&sort=name&dir=desc", {
      token: token.secret,
    });
    expect(onlyArchived.json?.data?.map((item) => item.name)).toEqual(["Zulu SARL"]);
    const descending = await callApi(clientsRoute.GET, "GET", "/clients?dir=desc&limit=1", { token: token.secret });
    expect(descending.json?.data?.[0]?.name).toBe("Echo SARL");
  });

  it("409 problem for deleting a client that documents name", async () => {
    const { organization, user, member, token } = await world();
    const client = await addClient(member);
    await makeDraft(await actingAs(user.id, organization.id, "documents.write"), client.id);
    const answer = await callApi(clientRoute.DELETE, "DELETE", "/", { token: token.secret, params: { id: client.id } });
    expect(answer).toMatchObject({
      status: 409,
      contentType: "application/problem+json",
      json: { code: "client_in_use" },
    });
  });
});

describe("/api/v1/organization and the OpenAPI document", () => {
  it("GET /organization answers the settings, read-only", async () => {
    const { organization, token } = await world();
    const answer = await callApi(organizationRoute, "GET", "/organization", { token: token.secret });
    expect(answer.status).toBe(200);
    expect(answer.json).toMatchObject({ id: organization.id, name: organization.name, saved: false, currency: "EUR" });
  });

  it("GET /openapi.json describes every endpoint with its scope, without authentication", async () => {
    const response = openApiRoute();
    const document = (await response.json()) as {
      openapi: string;
      paths: Record<string, Record<string, { security: unknown; responses: Record<string, unknown> }>>;
    };
    expect(document.openapi).toBe("3.1.0");
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining([
        "/clients",
        "/clients/{id}",
        "/clients/{id}/archive",
        "/clients/{id}/unarchive",
        "/organization",
      ]),
    );
    const create = document.paths["/clients"]!.post as unknown as { parameters: { name: string; in: string }[] };
    expect(create.parameters).toContainEqual(expect.objectContaining({ name: "Idempotency-Key", in: "header" }));
    expect(document.paths["/clients"]!.post!.security).toEqual([{ bearerAuth: ["clients.write"] }]);
    expect(Object.keys(document.paths["/clients/{id}"]!.delete!.responses)).toEqual(
      expect.arrayContaining(["204", "401", "403", "404", "409"]),
    );
  });
});
