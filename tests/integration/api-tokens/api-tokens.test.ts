import * as clientsRoute from "@/app/api/v1/clients/route";
import { hashApiTokenSecret } from "@/lib/api-tokens/api-token-secret";
import { expiresAtOf } from "@/lib/api-tokens/api-token-schema";
import { authenticateApiToken } from "@/lib/api-tokens/authenticate-api-token";
import { createApiToken } from "@/lib/api-tokens/create-api-token";
import { listApiTokens } from "@/lib/api-tokens/list-api-tokens";
import { revokeApiToken } from "@/lib/api-tokens/revoke-api-token";
import { db } from "@/lib/db/prisma";
import { parisCalendarDate } from "@/lib/dates/format-date";
import { callApi } from "../../support/api-factories";
import { createOrganizationWithMember, testMeta } from "../../support/factories";
import { actingAs, addMember, expectAppError } from "../../support/member-factories";

// Settings → API's functions: the secret is shown once and only its hash kept, scopes are
// permission names, only owners and admins manage tokens, revocation is immediate.

async function owner() {
  const { organization, user } = await createOrganizationWithMember("OWNER");
  return { organization, user, member: await actingAs(user.id, organization.id, "organization.update") };
}

describe("API tokens", () => {
  it("creates a token whose secret is shown once, stored as a hash, audited without it", async () => {
    const { organization, user, member } = await owner();
    const created = await createApiToken(
      member,
      { name: "  Boutique  ", scopes: ["clients.write", "clients.read", "clients.read"], expiresOn: "" },
      testMeta("192.0.2.5"),
    );
    expect(created.secret).toMatch(/^fct_[A-Za-z0-9_-]{43}$/);
    expect(created).toMatchObject({ name: "Boutique", prefix: created.secret.slice(0, 12), expiresAt: null });
    // Scopes in the permission table's order, once each.
    expect(created.scopes).toEqual(["clients.read", "clients.write"]);
    const row = await db.apiToken.findUniqueOrThrow({ where: { id: created.id } });
    expect(row).toMatchObject({ tokenHash: hashApiTokenSecret(created.secret), createdById: user.id });
    expect(JSON.stringify(row)).not.toContain(created.secret);
    const audit = await db.auditLog.findFirstOrThrow({
      where: { organizationId: organization.id, targetId: created.id },
    });
    expect(audit).toMatchObject({ action: "api_token.created", actorId: user.id, ip: "192.0.2.5" });
    expect(JSON.stringify(audit.metadata)).not.toContain(created.secret);

    const caller = await authenticateApiToken(`Bearer ${created.secret}`, testMeta());
    expect(caller).toMatchObject({ tokenId: created.id, member: { userId: user.id, role: "OWNER" } });
    expect([...caller.scopes]).toEqual(["clients.read", "clients.write"]);
  });

  it("refuses bad input with field codes", async () => {
    const { member } = await owner();
    const error = await expectAppError(
      createApiToken(member, { name: " ", scopes: ["clients.read", "root"], expiresOn: "2020-01-01" }, testMeta()),
      "invalid_input",
    );
    expect(error.details.fieldErrors).toEqual({
      name: ["required"],
      "scopes.1": ["scope_invalid"],
      expiresOn: ["expiry_past"],
    });
    const noScopes = await expectAppError(
      createApiToken(member, { name: "x", scopes: [] }, testMeta()),
      "invalid_input",
    );
    expect(noScopes.details.fieldErrors).toEqual({ scopes: ["scopes_required"] });
    expect(await db.apiToken.count({ where: { organizationId: member.organizationId } })).toBe(0);
  });

  it("an expiry date is the last day the token works", async () => {
    const { member } = await owner();
    const today = parisCalendarDate();
    const created = await createApiToken(
      member,
      { name: "Today", scopes: ["clients.read"], expiresOn: today },
      testMeta(),
    );
    expect(created.expiresAt).toEqual(expiresAtOf(today));
    expect(created.expiresAt!.getTime()).toBeGreaterThan(Date.now());
    await expect(authenticateApiToken(`Bearer ${created.secret}`, testMeta())).resolves.toBeDefined();
  });

  it("only owners and admins manage tokens", async () => {
    const { organization } = await owner();
    for (const role of ["MEMBER", "ACCOUNTANT"] as const) {
      const { user } = await addMember(organization.id, role);
      const member = await actingAs(user.id, organization.id, "organization.read");
      await expectAppError(createApiToken(member, { name: "x", scopes: ["clients.read"] }, testMeta()), "forbidden");
      await expectAppError(listApiTokens(member), "forbidden");
    }
    const { user } = await addMember(organization.id, "ADMIN");
    const admin = await actingAs(user.id, organization.id, "organization.update");
    await expect(createApiToken(admin, { name: "x", scopes: ["payments.write"] }, testMeta())).resolves.toBeDefined();
  });

  it("lists tokens with their status; revoking one makes its next call 401", async () => {
    const { organization, user, member } = await owner();
    const active = await createApiToken(member, { name: "Active", scopes: ["clients.read"] }, testMeta());
    const expired = await createApiToken(member, { name: "Old", scopes: ["clients.read"] }, testMeta());
    await db.apiToken.update({ where: { id: expired.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await callApi(clientsRoute.GET, "GET", "/clients", { token: active.secret, ip: "192.0.2.9" })).status).toBe(
      200,
    );

    const listed = await listApiTokens(member);
    expect(listed.map((token) => [token.name, token.status])).toEqual([
      ["Old", "expired"],
      ["Active", "active"],
    ]);
    expect(listed[1]).toMatchObject({
      prefix: active.prefix,
      scopes: ["clients.read"],
      createdBy: { name: user.name, email: user.email },
      lastUsedIp: "192.0.2.9",
    });
    expect(listed[1]!.lastUsedAt).toBeInstanceOf(Date);

    expect(await revokeApiToken(member, active.id, testMeta())).toEqual({ id: active.id, changed: true });
    expect(await revokeApiToken(member, active.id, testMeta())).toEqual({ id: active.id, changed: false });
    expect((await callApi(clientsRoute.GET, "GET", "/clients", { token: active.secret })).status).toBe(401);
    expect((await listApiTokens(member)).find((token) => token.id === active.id)?.status).toBe("revoked");
    expect(await db.auditLog.count({ where: { organizationId: organization.id, action: "api_token.revoked" } })).toBe(
      1,
    );
  });

  it("another organization's token is not found, and stays usable", async () => {
    const { member } = await owner();
    const other = await owner();
    const theirs = await createApiToken(other.member, { name: "Theirs", scopes: ["clients.read"] }, testMeta());
    await expectAppError(revokeApiToken(member, theirs.id, testMeta()), "api_token_not_found");
    await expectAppError(revokeApiToken(member, "not an id", testMeta()), "api_token_not_found");
    expect((await listApiTokens(member)).map((token) => token.id)).not.toContain(theirs.id);
    await expect(authenticateApiToken(`Bearer ${theirs.secret}`, testMeta())).resolves.toBeDefined();
  });
});
