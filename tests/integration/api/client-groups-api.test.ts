import * as groupRoute from "@/app/api/v1/client-groups/[id]/route";
import { GET as groupClientsRoute } from "@/app/api/v1/client-groups/[id]/clients/route";
import * as membershipRoute from "@/app/api/v1/client-groups/[id]/clients/[clientId]/route";
import * as groupsRoute from "@/app/api/v1/client-groups/route";
import type { Permission } from "@/lib/auth/permissions";
import { db } from "@/lib/db/prisma";
import { apiV1Document } from "@/lib/api/v1/api-v1-document";
import { clientGroupsEndpoints } from "@/lib/api/v1/client-groups-endpoints";
import { expectDocumented } from "../../support/api-contract";
import { addApiToken, callApi as callRoute } from "../../support/api-factories";
import { addClient, addGroup, clientOrganization, clientSnapshot, companyInput } from "../../support/client-factories";
import { addMember } from "../../support/member-factories";

// /api/v1/client-groups through its route handlers with real Requests: lib/client-groups'
// rules (unique names, group_not_found), membership through setClientGroups, tenancy, scopes,
// revoked tokens and refused input that writes nothing.

// Every answer of these tests is also checked against the OpenAPI document: its status is
// documented for the operation and its body matches the documented schema.
const templates = new Map<unknown, string>([
  [groupsRoute.GET, "/client-groups"],
  [groupsRoute.POST, "/client-groups"],
  [groupRoute.GET, "/client-groups/{id}"],
  [groupRoute.PATCH, "/client-groups/{id}"],
  [groupRoute.DELETE, "/client-groups/{id}"],
  [groupClientsRoute, "/client-groups/{id}/clients"],
  [membershipRoute.PUT, "/client-groups/{id}/clients/{clientId}"],
  [membershipRoute.DELETE, "/client-groups/{id}/clients/{clientId}"],
]);

async function callApi(...args: Parameters<typeof callRoute>) {
  const [handler, method] = args;
  const template = templates.get(handler);
  if (!template) throw new Error("a route handler without its OpenAPI path in this test");
  const answer = await callRoute(...args);
  expectDocumented(method, template, answer);
  return answer;
}

const ALL: Permission[] = ["clients.read", "clients.write"];

async function world(scopes: Permission[] = ALL) {
  const { organization, user, member } = await clientOrganization();
  const token = await addApiToken(organization.id, user.id, scopes);
  return { organization, user, member, token };
}

/** Every endpoint once, on the given group and client ids (a body where one is needed), as calls to make. */
function everyCall(secret: string, groupId: string, clientId: string) {
  const id = { id: groupId };
  const both = { id: groupId, clientId };
  return [
    () => callApi(groupsRoute.GET, "GET", "/client-groups", { token: secret }),
    () => callApi(groupsRoute.POST, "POST", "/client-groups", { token: secret, body: { name: "Nouveau" } }),
    () => callApi(groupRoute.GET, "GET", `/client-groups/${groupId}`, { token: secret, params: id }),
    () =>
      callApi(groupRoute.PATCH, "PATCH", `/client-groups/${groupId}`, {
        token: secret,
        params: id,
        body: { name: "X" },
      }),
    () => callApi(groupRoute.DELETE, "DELETE", `/client-groups/${groupId}`, { token: secret, params: id }),
    () => callApi(groupClientsRoute, "GET", `/client-groups/${groupId}/clients`, { token: secret, params: id }),
    () =>
      callApi(membershipRoute.PUT, "PUT", `/client-groups/${groupId}/clients/${clientId}`, {
        token: secret,
        params: both,
      }),
    () =>
      callApi(membershipRoute.DELETE, "DELETE", `/client-groups/${groupId}/clients/${clientId}`, {
        token: secret,
        params: both,
      }),
  ];
}

describe("/api/v1/client-groups", () => {
  it("creates, reads, renames and deletes a group; audit entries name the token", async () => {
    const { organization, user, token } = await world();
    const created = await callApi(groupsRoute.POST, "POST", "/client-groups", {
      token: token.secret,
      body: { name: "  VIP  " },
    });
    expect(created).toMatchObject({ status: 201, json: { name: "VIP", clientCount: 0 } });
    expect(Object.keys(created.json ?? {}).sort()).toEqual(["clientCount", "id", "name"]);
    const id = created.json?.id as string;
    const params = { id };

    const renamed = await callApi(groupRoute.PATCH, "PATCH", `/client-groups/${id}`, {
      token: token.secret,
      params,
      body: { name: "Clients VIP" },
    });
    expect(renamed).toMatchObject({ status: 200, json: { id, name: "Clients VIP", clientCount: 0 } });
    const got = await callApi(groupRoute.GET, "GET", `/client-groups/${id}`, { token: token.secret, params });
    expect(got.json).toEqual(renamed.json);

    const deleted = await callApi(groupRoute.DELETE, "DELETE", `/client-groups/${id}`, {
      token: token.secret,
      params,
    });
    expect(deleted).toMatchObject({ status: 204, json: null });
    expect(await db.clientGroup.count({ where: { id } })).toBe(0);
    const gone = await callApi(groupRoute.GET, "GET", `/client-groups/${id}`, { token: token.secret, params });
    expect(gone).toMatchObject({ status: 404, json: { code: "group_not_found" } });

    const entries = await db.auditLog.findMany({
      where: { organizationId: organization.id, targetId: id },
      orderBy: { createdAt: "asc" },
    });
    expect(entries.map((entry) => entry.action)).toEqual(["group.created", "group.renamed", "group.deleted"]);
    for (const entry of entries) expect(entry).toMatchObject({ apiTokenId: token.id, actorId: user.id });
  });

  it("refuses a name another group has, in any case (400 group_name_taken), and writes nothing", async () => {
    const { organization, token } = await world();
    await addGroup(organization.id, "Grossistes");
    const other = await addGroup(organization.id, "Détaillants");
    const before = await clientSnapshot(organization.id);
    const create = await callApi(groupsRoute.POST, "POST", "/client-groups", {
      token: token.secret,
      body: { name: "GROSSISTES" },
    });
    expect(create).toMatchObject({
      status: 400,
      contentType: "application/problem+json",
      json: { errors: { name: ["group_name_taken"] } },
    });
    const rename = await callApi(groupRoute.PATCH, "PATCH", "/", {
      token: token.secret,
      params: { id: other.id },
      body: { name: "grossistes" },
    });
    expect(rename).toMatchObject({ status: 400, json: { errors: { name: ["group_name_taken"] } } });
    expect(await clientSnapshot(organization.id)).toEqual(before);
  });

  it("lists groups by name, paginated by cursor", async () => {
    const { organization, token } = await world();
    for (const name of ["Echo", "Alpha", "Delta", "Charlie", "Bravo"]) await addGroup(organization.id, name);
    const names: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query: string = cursor ? `?limit=2&cursor=${cursor}` : "?limit=2";
      const page = await callApi(groupsRoute.GET, "GET", `/client-groups${query}`, { token: token.secret });
      expect(page.status).toBe(200);
      names.push(...(page.json?.data ?? []).map((item) => item.name as string));
      cursor = page.json?.nextCursor as string | null;
      pages += 1;
    } while (cursor);
    expect(pages).toBe(3);
    expect(names).toEqual(["Alpha", "Bravo", "Charlie", "Delta", "Echo"]);
    const past = Buffer.from(JSON.stringify({ p: 9, s: 2 })).toString("base64url");
    const empty = await callApi(groupsRoute.GET, "GET", `/client-groups?cursor=${past}`, { token: token.secret });
    expect(empty.json).toEqual({ data: [], nextCursor: null });
  });

  it("puts clients in a group and takes them out, idempotently; lists the group's clients", async () => {
    const { organization, member, token } = await world();
    const group = await addGroup(organization.id, "Export");
    const kept = await addGroup(organization.id, "Fidèles");
    const alpha = await addClient(member, companyInput({ legalName: "Alpha SARL" }));
    const bravo = await addClient(member, companyInput({ legalName: "Bravo SARL" }));
    await addClient(member, companyInput({ legalName: "Charlie SARL" }));
    await db.clientGroupMember.create({
      data: { organizationId: organization.id, clientId: alpha.id, groupId: kept.id },
    });
    const put = (clientId: string) =>
      callApi(membershipRoute.PUT, "PUT", "/", { token: token.secret, params: { id: group.id, clientId } });

    expect((await put(alpha.id)).status).toBe(204);
    expect((await put(alpha.id)).status).toBe(204);
    expect((await put(bravo.id)).status).toBe(204);
    const alphaGroups = await db.clientGroupMember.findMany({ where: { clientId: alpha.id } });
    expect(alphaGroups.map((link) => link.groupId).sort()).toEqual([group.id, kept.id].sort());

    const listed = await callApi(groupClientsRoute, "GET", "/", { token: token.secret, params: { id: group.id } });
    expect(listed.status).toBe(200);
    expect(listed.json?.data?.map((item) => item.name)).toEqual(["Alpha SARL", "Bravo SARL"]);
    expect(listed.json?.data?.[0]?.groups).toEqual(["Export", "Fidèles"]);
    const searched = await callApi(groupClientsRoute, "GET", "/?q=brav", {
      token: token.secret,
      params: { id: group.id },
    });
    expect(searched.json?.data?.map((item) => item.name)).toEqual(["Bravo SARL"]);
    const counted = await callApi(groupRoute.GET, "GET", "/", { token: token.secret, params: { id: group.id } });
    expect(counted.json?.clientCount).toBe(2);

    const remove = () =>
      callApi(membershipRoute.DELETE, "DELETE", "/", {
        token: token.secret,
        params: { id: group.id, clientId: alpha.id },
      });
    expect((await remove()).status).toBe(204);
    expect((await remove()).status).toBe(204);
    const after = await db.clientGroupMember.findMany({ where: { clientId: alpha.id } });
    expect(after.map((link) => link.groupId)).toEqual([kept.id]);
    const audits = await db.auditLog.findMany({
      where: { organizationId: organization.id, action: "client.groups_changed", targetId: alpha.id },
    });
    // One entry per change: the repeated PUT and DELETE changed nothing.
    expect(audits).toHaveLength(2);
    expect(audits.every((entry) => entry.apiTokenId === token.id)).toBe(true);
  });
});

describe("/api/v1/client-groups access", () => {
  it("another organization's group or client is 404 everywhere, and stays as it was", async () => {
    const { member, organization, token } = await world();
    const mine = await addGroup(organization.id, "Mine");
    const myClient = await addClient(member);
    const other = await clientOrganization();
    const theirGroup = await addGroup(other.organization.id, "Theirs");
    const theirClient = await addClient(other.member);
    await db.clientGroupMember.create({
      data: { organizationId: other.organization.id, clientId: theirClient.id, groupId: theirGroup.id },
    });
    const before = await clientSnapshot(other.organization.id);
    const mineBefore = await clientSnapshot(organization.id);

    const answers = await Promise.all(
      everyCall(token.secret, theirGroup.id, theirClient.id)
        .slice(2)
        .map((call) => call()),
    );
    for (const answer of answers) {
      expect(answer.status).toBe(404);
      expect(answer.contentType).toBe("application/problem+json");
    }
    // My group with their client, their group with my client: 404, nothing linked.
    const crossed = [
      callApi(membershipRoute.PUT, "PUT", "/", {
        token: token.secret,
        params: { id: mine.id, clientId: theirClient.id },
      }),
      callApi(membershipRoute.PUT, "PUT", "/", {
        token: token.secret,
        params: { id: theirGroup.id, clientId: myClient.id },
      }),
    ];
    for (const answer of await Promise.all(crossed)) expect(answer.status).toBe(404);
    const list = await callApi(groupsRoute.GET, "GET", "/client-groups", { token: token.secret });
    expect(list.json?.data?.map((item) => item.id)).toEqual([mine.id]);
    expect(await clientSnapshot(other.organization.id)).toEqual(before);
    expect(await clientSnapshot(organization.id)).toEqual(mineBefore);
  });

  it("403 without the scope, 403 for an ACCOUNTANT's token, 401 when revoked; nothing written", async () => {
    const { organization, user, member } = await world();
    const group = await addGroup(organization.id, "Groupe");
    const client = await addClient(member);
    const before = await clientSnapshot(organization.id);

    const readOnly = await addApiToken(organization.id, user.id, ["clients.read"]);
    const calls = everyCall(readOnly.secret, group.id, client.id);
    const [list, create, get, rename, remove, clients, put, takeOut] = await Promise.all(calls.map((call) => call()));
    for (const answer of [create, rename, remove, put, takeOut]) {
      expect(answer).toMatchObject({ status: 403, json: { code: "insufficient_scope" } });
    }
    for (const answer of [list, get, clients]) expect(answer!.status).toBe(200);

    const writeOnly = await addApiToken(organization.id, user.id, ["clients.write"]);
    const writeOnlyCalls = everyCall(writeOnly.secret, group.id, client.id);
    for (const index of [0, 2, 5]) {
      expect(await writeOnlyCalls[index]!()).toMatchObject({ status: 403, json: { code: "insufficient_scope" } });
    }

    const accountant = await addMember(organization.id, "ACCOUNTANT");
    const accountantToken = await addApiToken(organization.id, accountant.user.id, ALL);
    const accountantCalls = everyCall(accountantToken.secret, group.id, client.id);
    for (const index of [1, 3, 4, 6, 7]) {
      expect(await accountantCalls[index]!()).toMatchObject({ status: 403, json: { code: "forbidden" } });
    }

    const revoked = await addApiToken(organization.id, user.id, ALL, { revokedAt: new Date() });
    for (const answer of await Promise.all(everyCall(revoked.secret, group.id, client.id).map((call) => call()))) {
      expect(answer).toMatchObject({
        status: 401,
        contentType: "application/problem+json",
        json: { code: "invalid_token" },
      });
    }
    // Refused writes left no row and no audit entry.
    expect(await clientSnapshot(organization.id)).toEqual(before);
  });

  it("refuses bad JSON, unknown fields, wrong types and bad queries with 400; writes nothing", async () => {
    const { organization, token } = await world();
    const group = await addGroup(organization.id, "Groupe");
    const before = await clientSnapshot(organization.id);
    const post = (body: unknown) => callApi(groupsRoute.POST, "POST", "/client-groups", { token: token.secret, body });
    const patch = (body: unknown) =>
      callApi(groupRoute.PATCH, "PATCH", "/", { token: token.secret, params: { id: group.id }, body });

    for (const answer of [await post('{"name": "A",'), await patch("{"), await post("")]) {
      expect(answer).toMatchObject({
        status: 400,
        contentType: "application/problem+json",
        json: { code: "invalid_json" },
      });
    }
    expect(await post({ name: "A", isAdmin: true })).toMatchObject({
      status: 400,
      json: { code: "invalid_input", errors: { isAdmin: ["unknown_field"] } },
    });
    expect((await post({ name: 42 })).json).toMatchObject({
      code: "invalid_input",
      errors: { name: expect.any(Array) },
    });
    expect((await patch({ name: ["A"] })).status).toBe(400);
    expect((await post({})).json).toMatchObject({ errors: { name: expect.any(Array) } });
    expect((await post({ name: "   " })).json).toMatchObject({ errors: { name: ["required"] } });
    expect((await post({ name: "A\u0000B" })).json).toMatchObject({ errors: { name: ["control_characters"] } });
    expect((await post({ name: "x".repeat(81) })).status).toBe(400);
    expect(
      (await callApi(groupsRoute.GET, "GET", "/client-groups?limit=zero", { token: token.secret })).json,
    ).toMatchObject({ status: 400, errors: { limit: expect.any(Array) } });
    expect(
      (await callApi(groupClientsRoute, "GET", "/?group=x", { token: token.secret, params: { id: group.id } })).json,
    ).toMatchObject({ status: 400, errors: { group: ["unknown_field"] } });
    expect(await clientSnapshot(organization.id)).toEqual(before);
  });
});

describe("OpenAPI document", () => {
  it("registers every clientGroupsEndpoints endpoint with its scope, parameters and response schema", () => {
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
    for (const endpoint of clientGroupsEndpoints) {
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
