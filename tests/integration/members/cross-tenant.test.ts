import { listAuditLog } from "@/lib/audit/list-audit-log";
import { requireMember } from "@/lib/auth/access/require-member";
import { db } from "@/lib/db/prisma";
import { inviteMember } from "@/lib/invitations/invite-member";
import { listPendingInvitations } from "@/lib/invitations/list-invitations";
import { revokeInvitation } from "@/lib/invitations/revoke-invitation";
import { changeMemberRole } from "@/lib/members/change-member-role";
import { listMembers } from "@/lib/members/list-members";
import { removeMember } from "@/lib/members/remove-member";
import { createOrganizationWithMember, testMeta, uniqueSuffix } from "../../support/factories";
import { actingAs, addMember, expectAppError, organizationSnapshot, signedIn } from "../../support/member-factories";

// Organization A's owner against organization B: every id of B is "not found" to A, and
// nothing of B changes. Both doors are tried: asking for B's context, and using A's context
// with B's ids.
async function twoTenants() {
  const a = await createOrganizationWithMember("OWNER");
  const b = await createOrganizationWithMember("OWNER");
  const { membership: bMember } = await addMember(b.organization.id, "MEMBER");
  const bOwnerCtx = await actingAs(b.user.id, b.organization.id, "members.invite");
  await inviteMember(bOwnerCtx, { email: `b-invitee-${uniqueSuffix()}@example.test`, role: "MEMBER" }, testMeta());
  const bInvitation = await db.invitation.findFirstOrThrow({ where: { organizationId: b.organization.id } });
  const aSession = await signedIn(a.user.id, a.organization.id);
  return { a, b, bMember, bInvitation, aSession };
}

describe("cross-tenant isolation of members, invitations and the audit log", () => {
  it("A cannot get a context in B for any permission", async () => {
    const { b, aSession } = await twoTenants();
    for (const permission of [
      "members.read",
      "members.updateRole",
      "members.remove",
      "members.invite",
      "auditLog.read",
    ] as const) {
      await expect(requireMember(aSession, b.organization.id, permission)).rejects.toMatchObject({
        kind: "NOT_FOUND",
        code: "organization_not_found",
      });
    }
  });

  it("A's context never lists B's members, invitations or audit entries", async () => {
    const { a, b, bInvitation } = await twoTenants();
    const ctx = await actingAs(a.user.id, a.organization.id, "auditLog.read");
    const members = await listMembers(ctx);
    expect(members.map((member) => member.userId)).toEqual([a.user.id]);
    expect(await listPendingInvitations(ctx)).toEqual([]);
    const audit = await listAuditLog(ctx);
    const bAuditIds = (
      await db.auditLog.findMany({ where: { organizationId: b.organization.id }, select: { id: true } })
    ).map((row) => row.id);
    expect(bAuditIds.length).toBeGreaterThan(0);
    expect(audit.entries.some((entry) => bAuditIds.includes(entry.id))).toBe(false);
    // A cursor pointing into B's log is ignored (A's first page), never B's entries.
    const withForeignCursor = await listAuditLog(ctx, bAuditIds[0]);
    expect(withForeignCursor.entries.some((entry) => bAuditIds.includes(entry.id))).toBe(false);
    expect(JSON.stringify([members, audit])).not.toContain(bInvitation.email);
  });

  it("A cannot change the role of, or remove, B's members by id; B is unchanged", async () => {
    const { a, b, bMember } = await twoTenants();
    const ctx = await actingAs(a.user.id, a.organization.id, "members.remove");
    const before = await organizationSnapshot(b.organization.id);
    await expectAppError(
      changeMemberRole(ctx, { membershipId: bMember.id, role: "ADMIN" }, testMeta()),
      "member_not_found",
    );
    await expectAppError(
      changeMemberRole(ctx, { membershipId: b.membership.id, role: "MEMBER" }, testMeta()),
      "member_not_found",
    );
    await expectAppError(removeMember(ctx, { membershipId: bMember.id }, testMeta()), "member_not_found");
    await expectAppError(removeMember(ctx, { membershipId: b.membership.id }, testMeta()), "member_not_found");
    expect(await organizationSnapshot(b.organization.id)).toEqual(before);
  });

  it("A cannot revoke B's invitation by id; it stays pending", async () => {
    const { a, b, bInvitation } = await twoTenants();
    const ctx = await actingAs(a.user.id, a.organization.id, "members.invite");
    const before = await organizationSnapshot(b.organization.id);
    await expectAppError(revokeInvitation(ctx, { invitationId: bInvitation.id }, testMeta()), "invitation_not_found");
    expect(await organizationSnapshot(b.organization.id)).toEqual(before);
    expect((await db.invitation.findUniqueOrThrow({ where: { id: bInvitation.id } })).revokedAt).toBeNull();
  });
});
