import { db } from "@/lib/db/prisma";
import { changeMemberRole } from "@/lib/members/change-member-role";
import { listMembers } from "@/lib/members/list-members";
import { createOrganizationWithMember, testMeta } from "../../support/factories";
import { actingAs, addMember, expectAppError, organizationSnapshot } from "../../support/member-factories";

async function organizationWithOwner() {
  const { organization, user: owner } = await createOrganizationWithMember("OWNER");
  return { organization, owner, ownerCtx: await actingAs(owner.id, organization.id, "members.updateRole") };
}

describe("listing members", () => {
  it("lists the organization's members (name, email, role, joined), owners first, nothing secret", async () => {
    const { organization, owner } = await organizationWithOwner();
    const { user: accountant } = await addMember(organization.id, "ACCOUNTANT");
    const ctx = await actingAs(accountant.id, organization.id, "members.read");
    const members = await listMembers(ctx);
    expect(members).toHaveLength(2);
    expect(members[0]).toMatchObject({ userId: owner.id, email: owner.email, name: owner.name, role: "OWNER" });
    expect(members[1]).toMatchObject({ userId: accountant.id, role: "ACCOUNTANT" });
    expect(members[0]!.joinedAt).toBeInstanceOf(Date);
    expect(JSON.stringify(members)).not.toMatch(/passwordHash|argon2/);
  });
});

describe("changing a member's role", () => {
  it("an owner changes a member's role, audited with before/after", async () => {
    const { organization, ownerCtx } = await organizationWithOwner();
    const { membership } = await addMember(organization.id, "MEMBER");
    const meta = testMeta();
    await expect(changeMemberRole(ownerCtx, { membershipId: membership.id, role: "ADMIN" }, meta)).resolves.toEqual({
      membershipId: membership.id,
      userId: membership.userId,
      before: "MEMBER",
      after: "ADMIN",
    });
    expect((await db.membership.findUniqueOrThrow({ where: { id: membership.id } })).role).toBe("ADMIN");
    const audit = await db.auditLog.findFirstOrThrow({
      where: { organizationId: organization.id, action: "member.role_changed" },
    });
    expect(audit).toMatchObject({
      actorId: ownerCtx.userId,
      targetType: "Membership",
      targetId: membership.id,
      ip: meta.ip,
      metadata: { userId: membership.userId, before: "MEMBER", after: "ADMIN" },
    });
  });

  it("an owner can make another owner, and then step down", async () => {
    const { organization, ownerCtx } = await organizationWithOwner();
    const { membership } = await addMember(organization.id, "ADMIN");
    await changeMemberRole(ownerCtx, { membershipId: membership.id, role: "OWNER" }, testMeta());
    const mine = await db.membership.findFirstOrThrow({
      where: { organizationId: organization.id, userId: ownerCtx.userId },
    });
    await changeMemberRole(ownerCtx, { membershipId: mine.id, role: "ADMIN" }, testMeta());
    expect((await db.membership.findUniqueOrThrow({ where: { id: mine.id } })).role).toBe("ADMIN");
  });

  it("never demotes the last owner (last_owner), not even by themself", async () => {
    const { organization, ownerCtx } = await organizationWithOwner();
    const mine = await db.membership.findFirstOrThrow({
      where: { organizationId: organization.id, userId: ownerCtx.userId },
    });
    const before = await organizationSnapshot(organization.id);
    await expectAppError(
      changeMemberRole(ownerCtx, { membershipId: mine.id, role: "ADMIN" }, testMeta()),
      "last_owner",
    );
    expect(await organizationSnapshot(organization.id)).toEqual(before);
  });

  it("two owners demoting each other at the same time leave one owner", async () => {
    const { organization, owner, ownerCtx } = await organizationWithOwner();
    const { user: second, membership: secondMembership } = await addMember(organization.id, "OWNER");
    const secondCtx = await actingAs(second.id, organization.id, "members.updateRole");
    const first = await db.membership.findFirstOrThrow({
      where: { organizationId: organization.id, userId: owner.id },
    });
    const results = await Promise.allSettled([
      changeMemberRole(ownerCtx, { membershipId: secondMembership.id, role: "MEMBER" }, testMeta()),
      changeMemberRole(secondCtx, { membershipId: first.id, role: "MEMBER" }, testMeta()),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(await db.membership.count({ where: { organizationId: organization.id, role: "OWNER" } })).toBe(1);
  });

  it("an admin cannot change an owner, nor grant OWNER, nor promote themself", async () => {
    const { organization, owner } = await organizationWithOwner();
    const { user: admin, membership: adminMembership } = await addMember(organization.id, "ADMIN");
    const { membership: member } = await addMember(organization.id, "MEMBER");
    const ownerMembership = await db.membership.findFirstOrThrow({
      where: { organizationId: organization.id, userId: owner.id },
    });
    const adminCtx = await actingAs(admin.id, organization.id, "members.updateRole");
    const before = await organizationSnapshot(organization.id);

    await expectAppError(
      changeMemberRole(adminCtx, { membershipId: ownerMembership.id, role: "MEMBER" }, testMeta()),
      "member_not_manageable",
    );
    const grant = await expectAppError(
      changeMemberRole(adminCtx, { membershipId: member.id, role: "OWNER" }, testMeta()),
      "role_not_allowed",
    );
    expect(grant.details.fieldErrors).toEqual({ role: ["role_not_allowed"] });
    await expectAppError(
      changeMemberRole(adminCtx, { membershipId: adminMembership.id, role: "OWNER" }, testMeta()),
      "role_not_allowed",
    );
    expect(await organizationSnapshot(organization.id)).toEqual(before);

    // What an admin may do: any non-owner role on a non-owner.
    await changeMemberRole(adminCtx, { membershipId: member.id, role: "ACCOUNTANT" }, testMeta());
    expect((await db.membership.findUniqueOrThrow({ where: { id: member.id } })).role).toBe("ACCOUNTANT");
  });

  it.each(["MEMBER", "ACCOUNTANT"] as const)("a %s has no members.updateRole permission", async (role) => {
    const { organization } = await organizationWithOwner();
    const { user } = await addMember(organization.id, role);
    await expect(actingAs(user.id, organization.id, "members.updateRole")).rejects.toMatchObject({ kind: "FORBIDDEN" });
    // A context obtained for a weaker permission does not widen what the role may do.
    const readCtx = await actingAs(user.id, organization.id, "members.read");
    const { membership } = await addMember(organization.id, "MEMBER");
    await expectAppError(
      changeMemberRole(readCtx, { membershipId: membership.id, role: "ADMIN" }, testMeta()),
      "forbidden",
    );
  });

  it.each([
    [{ membershipId: "x", role: "SUPERUSER" }, "role", "role_invalid"],
    [{ membershipId: "x" }, "role", "role_invalid"],
    [{ role: "ADMIN" }, "membershipId", "required"],
    [{ membershipId: "x".repeat(10_000), role: "ADMIN" }, "membershipId", "too_long"],
    [{ membershipId: 42, role: "ADMIN" }, "membershipId", "required"],
  ])("bad input %# → field error on %s (%s), nothing written", async (input, field, message) => {
    const { organization, ownerCtx } = await organizationWithOwner();
    const before = await organizationSnapshot(organization.id);
    const error = await expectAppError(changeMemberRole(ownerCtx, input, testMeta()), "invalid_input");
    expect(error.details.fieldErrors?.[field]).toContain(message);
    expect(await organizationSnapshot(organization.id)).toEqual(before);
  });
});
