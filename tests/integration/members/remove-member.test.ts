import { loadSession } from "@/lib/auth/sessions/load-session";
import { db } from "@/lib/db/prisma";
import { leaveOrganization, removeMember } from "@/lib/members/remove-member";
import { createOrganization, createOrganizationWithMember, testMeta } from "../../support/factories";
import { actingAs, addMember, expectAppError, organizationSnapshot, signedIn } from "../../support/member-factories";

async function organizationWithOwner() {
  const { organization, user: owner, membership } = await createOrganizationWithMember("OWNER");
  return {
    organization,
    owner,
    ownerMembership: membership,
    ownerCtx: await actingAs(owner.id, organization.id, "members.remove"),
  };
}

describe("removing members", () => {
  it("removes a member, audits it, and detaches their sessions from this organization only", async () => {
    const { organization, ownerCtx } = await organizationWithOwner();
    const { user, membership } = await addMember(organization.id, "MEMBER");
    const other = await createOrganization();
    await db.membership.create({ data: { organizationId: other.id, userId: user.id, role: "MEMBER" } });
    const here = await signedIn(user.id, organization.id);
    const elsewhere = await signedIn(user.id, other.id);

    await expect(removeMember(ownerCtx, { membershipId: membership.id }, testMeta())).resolves.toMatchObject({
      userId: user.id,
      role: "MEMBER",
      self: false,
    });
    expect(await db.membership.findUnique({ where: { id: membership.id } })).toBeNull();
    expect((await loadSession(here.sessionId))?.activeOrganizationId).toBeNull();
    expect((await loadSession(elsewhere.sessionId))?.activeOrganizationId).toBe(other.id);
    const audit = await db.auditLog.findFirstOrThrow({
      where: { organizationId: organization.id, action: "member.removed" },
    });
    expect(audit).toMatchObject({
      actorId: ownerCtx.userId,
      targetId: membership.id,
      metadata: { userId: user.id, before: "MEMBER", after: null, self: false },
    });
  });

  it("never removes the last owner, whoever asks", async () => {
    const { organization, ownerCtx, ownerMembership } = await organizationWithOwner();
    const before = await organizationSnapshot(organization.id);
    await expectAppError(removeMember(ownerCtx, { membershipId: ownerMembership.id }, testMeta()), "last_owner");
    await expectAppError(leaveOrganization(ownerCtx, testMeta()), "last_owner");
    expect(await organizationSnapshot(organization.id)).toEqual(before);
  });

  it("an owner can remove another owner while one remains", async () => {
    const { organization, ownerCtx } = await organizationWithOwner();
    const { membership } = await addMember(organization.id, "OWNER");
    await removeMember(ownerCtx, { membershipId: membership.id }, testMeta());
    expect(await db.membership.count({ where: { organizationId: organization.id, role: "OWNER" } })).toBe(1);
  });

  it("an admin cannot remove an owner but can remove a member", async () => {
    const { organization, ownerMembership } = await organizationWithOwner();
    const { user: admin } = await addMember(organization.id, "ADMIN");
    const { membership: member } = await addMember(organization.id, "MEMBER");
    const adminCtx = await actingAs(admin.id, organization.id, "members.remove");
    const before = await organizationSnapshot(organization.id);
    await expectAppError(
      removeMember(adminCtx, { membershipId: ownerMembership.id }, testMeta()),
      "member_not_manageable",
    );
    expect(await organizationSnapshot(organization.id)).toEqual(before);
    await removeMember(adminCtx, { membershipId: member.id }, testMeta());
    expect(await db.membership.findUnique({ where: { id: member.id } })).toBeNull();
  });

  it("a member cannot remove someone else, but anyone can leave", async () => {
    const { organization } = await organizationWithOwner();
    const { user: member, membership } = await addMember(organization.id, "MEMBER");
    const { membership: colleague } = await addMember(organization.id, "ACCOUNTANT");
    const memberCtx = await actingAs(member.id, organization.id, "organization.read");
    const before = await organizationSnapshot(organization.id);
    await expectAppError(removeMember(memberCtx, { membershipId: colleague.id }, testMeta()), "forbidden");
    expect(await organizationSnapshot(organization.id)).toEqual(before);

    await expect(leaveOrganization(memberCtx, testMeta())).resolves.toMatchObject({ self: true, role: "MEMBER" });
    expect(await db.membership.findUnique({ where: { id: membership.id } })).toBeNull();
    expect((await loadSession(memberCtx.sessionId))?.activeOrganizationId).toBeNull();
  });

  it("an owner may leave when another owner remains", async () => {
    const { organization, ownerCtx, ownerMembership } = await organizationWithOwner();
    await addMember(organization.id, "OWNER");
    await leaveOrganization(ownerCtx, testMeta());
    expect(await db.membership.findUnique({ where: { id: ownerMembership.id } })).toBeNull();
  });

  it.each([[{}], [{ membershipId: "" }], [{ membershipId: "y".repeat(5_000) }], [null]])(
    "bad input %# → field error, nothing written",
    async (input) => {
      const { organization, ownerCtx } = await organizationWithOwner();
      const before = await organizationSnapshot(organization.id);
      const error = await expectAppError(removeMember(ownerCtx, input, testMeta()), "invalid_input");
      expect(error.details.fieldErrors).toBeDefined();
      expect(await organizationSnapshot(organization.id)).toEqual(before);
    },
  );
});
