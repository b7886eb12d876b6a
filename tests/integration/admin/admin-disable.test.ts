import { setOrganizationDisabled } from "@/lib/admin/set-organization-disabled";
import { setUserDisabled } from "@/lib/admin/set-user-disabled";
import { requireMember } from "@/lib/auth/access/require-member";
import { startLogin } from "@/lib/auth/login/start-login";
import { loadSession } from "@/lib/auth/sessions/load-session";
import { db } from "@/lib/db/prisma";
import { createOrganizationWithMember, createUser, TEST_PASSWORD, testMeta } from "../../support/factories";
import { appErrorOf, signedInAs } from "../../support/sessions";

async function adminSession() {
  return signedInAs((await createUser({ isPlatformAdmin: true })).id);
}

describe("admin: disabling users and organizations", () => {
  it("disabling a user ends their sessions and blocks login; enabling lets them back in", async () => {
    const admin = await adminSession();
    const user = await createUser();
    const sessions = [await signedInAs(user.id), await signedInAs(user.id)];

    await expect(setUserDisabled(admin, { id: user.id, disabled: true }, testMeta())).resolves.toEqual({
      changed: true,
      sessionsRevoked: 2,
    });
    for (const session of sessions) expect(await loadSession(session.sessionId)).toBeNull();
    expect((await db.authSession.findMany({ where: { userId: user.id } })).every((s) => s.revokedAt !== null)).toBe(
      true,
    );
    const refused = await appErrorOf(startLogin({ email: user.email, password: TEST_PASSWORD }, testMeta()));
    expect(refused.code).toBe("account_disabled");
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "admin.user_disabled", targetId: user.id } });
    expect(audit.actorId).toBe(admin.user.id);

    // Twice is harmless and not audited again.
    await expect(setUserDisabled(admin, { id: user.id, disabled: true }, testMeta())).resolves.toEqual({
      changed: false,
      sessionsRevoked: 0,
    });
    expect(await db.auditLog.count({ where: { action: "admin.user_disabled", targetId: user.id } })).toBe(1);

    await setUserDisabled(admin, { id: user.id, disabled: false }, testMeta());
    await expect(startLogin({ email: user.email, password: TEST_PASSWORD }, testMeta())).resolves.toBeDefined();
    expect(await db.auditLog.count({ where: { action: "admin.user_enabled", targetId: user.id } })).toBe(1);
  });

  it("an admin cannot disable themself", async () => {
    const admin = await adminSession();
    const error = await appErrorOf(setUserDisabled(admin, { id: admin.user.id, disabled: true }, testMeta()));
    expect(error.code).toBe("cannot_disable_self");
    expect(await loadSession(admin.sessionId)).not.toBeNull();
  });

  it("disabling an organization makes requireMember refuse its members, enabling restores access", async () => {
    const admin = await adminSession();
    const { user, organization } = await createOrganizationWithMember("OWNER");
    const member = await signedInAs(user.id);
    await setOrganizationDisabled(admin, { id: organization.id, disabled: true }, testMeta());
    await expect(requireMember(member, organization.id, "organization.read")).rejects.toMatchObject({
      code: "organization_disabled",
    });
    expect(
      await db.auditLog.count({ where: { action: "admin.organization_disabled", organizationId: organization.id } }),
    ).toBe(1);
    await setOrganizationDisabled(admin, { id: organization.id, disabled: false }, testMeta());
    await expect(requireMember(member, organization.id, "organization.read")).resolves.toMatchObject({
      organizationId: organization.id,
    });
  });

  it.each([
    [{ id: "no-such-id", disabled: true }, "not_found"],
    [{ id: "", disabled: true }, "invalid_input"],
    [{ id: "x".repeat(10_000), disabled: true }, "invalid_input"],
    [{ disabled: true }, "invalid_input"],
    [{ id: "abc", disabled: "yes" }, "invalid_input"],
  ])("bad input %# → %s, nothing written", async (input, code) => {
    const admin = await adminSession();
    const before = await db.auditLog.count({ where: { actorId: admin.user.id } });
    expect((await appErrorOf(setUserDisabled(admin, input, testMeta()))).code).toBe(code);
    expect((await appErrorOf(setOrganizationDisabled(admin, input, testMeta()))).code).toBe(code);
    expect(await db.auditLog.count({ where: { actorId: admin.user.id } })).toBe(before);
  });
});
