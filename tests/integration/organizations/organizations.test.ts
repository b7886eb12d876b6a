import { loadSession } from "@/lib/auth/sessions/load-session";
import { db } from "@/lib/db/prisma";
import { createOrganization } from "@/lib/organizations/create-organization";
import { listMyOrganizations } from "@/lib/organizations/list-my-organizations";
import { switchOrganization } from "@/lib/organizations/switch-organization";
import {
  createOrganization as createOrganizationRow,
  createOrganizationWithMember,
  testMeta,
} from "../../support/factories";
import { expectAppError, signedIn } from "../../support/member-factories";

async function userInTwoOrganizations() {
  const first = await createOrganizationWithMember("OWNER");
  const second = await createOrganizationRow({ name: `Zeta ${first.organization.name}` });
  await db.membership.create({ data: { organizationId: second.id, userId: first.user.id, role: "ACCOUNTANT" } });
  const session = await signedIn(first.user.id, first.organization.id);
  return { user: first.user, first: first.organization, second, session };
}

describe("my organizations", () => {
  it("lists the user's organizations with their role, the active one marked, nobody else's", async () => {
    const { first, second, session } = await userInTwoOrganizations();
    await createOrganizationWithMember("OWNER");
    expect(await listMyOrganizations(session)).toEqual([
      { id: first.id, name: first.name, role: "OWNER", active: true, disabled: false },
      { id: second.id, name: second.name, role: "ACCOUNTANT", active: false, disabled: false },
    ]);
  });

  it("flags a disabled organization", async () => {
    const { second, session } = await userInTwoOrganizations();
    await db.organization.update({ where: { id: second.id }, data: { disabledAt: new Date() } });
    expect((await listMyOrganizations(session)).find((org) => org.id === second.id)).toMatchObject({ disabled: true });
  });
});

describe("switching organization", () => {
  it("switches the current session only, audited", async () => {
    const { user, first, second, session } = await userInTwoOrganizations();
    const otherSession = await signedIn(user.id, first.id);
    const meta = testMeta();
    await expect(switchOrganization(session, { organizationId: second.id }, meta)).resolves.toEqual({
      organizationId: second.id,
    });
    expect((await loadSession(session.sessionId))?.activeOrganizationId).toBe(second.id);
    expect((await loadSession(otherSession.sessionId))?.activeOrganizationId).toBe(first.id);
    const audit = await db.auditLog.findFirstOrThrow({
      where: { organizationId: second.id, action: "organization.switched" },
    });
    expect(audit).toMatchObject({ actorId: user.id, ip: meta.ip, metadata: { from: first.id } });
  });

  it("refuses an organization the user is not a member of, as not found, and changes nothing", async () => {
    const { session, first } = await userInTwoOrganizations();
    const foreign = await createOrganizationWithMember("OWNER");
    await expectAppError(
      switchOrganization(session, { organizationId: foreign.organization.id }, testMeta()),
      "organization_not_found",
    );
    await expectAppError(
      switchOrganization(session, { organizationId: "does-not-exist" }, testMeta()),
      "organization_not_found",
    );
    expect((await loadSession(session.sessionId))?.activeOrganizationId).toBe(first.id);
    expect(
      await db.auditLog.count({ where: { organizationId: foreign.organization.id, action: "organization.switched" } }),
    ).toBe(0);
  });

  it("refuses a disabled organization and a removed membership", async () => {
    const { user, second, session, first } = await userInTwoOrganizations();
    await db.organization.update({ where: { id: second.id }, data: { disabledAt: new Date() } });
    await expectAppError(
      switchOrganization(session, { organizationId: second.id }, testMeta()),
      "organization_disabled",
    );
    const third = await createOrganizationRow();
    await db.membership.create({ data: { organizationId: third.id, userId: user.id, role: "MEMBER" } });
    await db.membership.deleteMany({ where: { organizationId: third.id, userId: user.id } });
    await expectAppError(
      switchOrganization(session, { organizationId: third.id }, testMeta()),
      "organization_not_found",
    );
    expect((await loadSession(session.sessionId))?.activeOrganizationId).toBe(first.id);
  });

  it.each([[{}], [{ organizationId: "" }], [{ organizationId: "o".repeat(5_000) }], [{ organizationId: ["a"] }]])(
    "bad input %# → field error",
    async (input) => {
      const { session } = await userInTwoOrganizations();
      const error = await expectAppError(switchOrganization(session, input, testMeta()), "invalid_input");
      expect(error.details.fieldErrors?.organizationId).toBeDefined();
    },
  );

  it("needs a session", async () => {
    const { first } = await userInTwoOrganizations();
    await expectAppError(switchOrganization(null, { organizationId: first.id }, testMeta()), "unauthenticated");
  });
});

describe("creating another organization", () => {
  it("makes the creator OWNER, switches the session to it, audits", async () => {
    const { user, session } = await userInTwoOrganizations();
    const meta = testMeta();
    const created = await createOrganization(session, { name: "  Nouvelle Boutique  " }, meta);
    expect(created.name).toBe("Nouvelle Boutique");
    const membership = await db.membership.findUniqueOrThrow({
      where: { organizationId_userId: { organizationId: created.id, userId: user.id } },
    });
    expect(membership.role).toBe("OWNER");
    expect((await loadSession(session.sessionId))?.activeOrganizationId).toBe(created.id);
    expect(
      await db.auditLog.count({
        where: { organizationId: created.id, action: "organization.created", actorId: user.id },
      }),
    ).toBe(1);
    expect((await db.organization.findUniqueOrThrow({ where: { id: created.id } })).slug).toMatch(
      /^nouvelle-boutique-/,
    );
  });

  it.each([
    [{ name: "" }, "too_short"],
    [{ name: "A" }, "too_short"],
    [{ name: "x".repeat(10_000) }, "too_long"],
    [{}, "required"],
  ])("bad input %# → field error on name (%s), nothing written", async (input, message) => {
    const { user, session } = await userInTwoOrganizations();
    const memberships = await db.membership.count({ where: { userId: user.id } });
    const error = await expectAppError(createOrganization(session, input, testMeta()), "invalid_input");
    expect(error.details.fieldErrors?.name).toContain(message);
    expect(await db.membership.count({ where: { userId: user.id } })).toBe(memberships);
  });

  it("needs a session", async () => {
    await expectAppError(createOrganization(null, { name: "Ghost Org" }, testMeta()), "unauthenticated");
  });
});
