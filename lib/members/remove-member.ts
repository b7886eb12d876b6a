import "server-only";
import { recordAudit, type RequestMeta } from "@/lib/audit/record-audit";
import { assertCan } from "@/lib/auth/access/assert-can";
import type { MemberContext } from "@/lib/auth/access/require-member";
import { manageableRoles } from "@/lib/auth/permissions";
import { db } from "@/lib/db/prisma";
import { parseInput } from "@/lib/errors/validation";
import type { Role } from "@/lib/generated/prisma/enums";
import { lastOwner, memberNotFound, memberNotManageable } from "./member-errors";
import { removeMemberInput } from "./member-schemas";
import { countOwners, lockOrganization } from "./organization-lock";

export type RemovedMember = { membershipId: string; userId: string; role: Role; self: boolean };

/**
 * Removes a member (members.remove), or lets anyone remove themself (leaving). The last owner
 * can do neither. The removed user's sessions stop pointing at this organization at once.
 */
export async function removeMember(
  member: MemberContext,
  rawInput: unknown,
  meta: RequestMeta,
): Promise<RemovedMember> {
  const input = parseInput(removeMemberInput, rawInput);
  return removeMembership(member, { id: input.membershipId }, meta);
}

/** The acting user leaves the organization (any role, unless they are its last owner). */
export async function leaveOrganization(member: MemberContext, meta: RequestMeta): Promise<RemovedMember> {
  return removeMembership(member, { userId: member.userId }, meta);
}

async function removeMembership(
  member: MemberContext,
  which: { id: string } | { userId: string },
  meta: RequestMeta,
): Promise<RemovedMember> {
  return db.$transaction(async (tx) => {
    await lockOrganization(tx, member.organizationId);
    const target = await tx.membership.findFirst({
      where: { ...which, organizationId: member.organizationId },
      select: { id: true, userId: true, role: true },
    });
    if (!target) throw memberNotFound();
    const self = target.userId === member.userId;
    if (!self) {
      assertCan(member, "members.remove");
      if (!manageableRoles(member.role).includes(target.role)) throw memberNotManageable();
    }
    if (target.role === "OWNER" && (await countOwners(tx, member.organizationId)) <= 1) throw lastOwner();

    await tx.membership.delete({ where: { id: target.id } });
    // Their open sessions must not keep working in this organization (requireMember would
    // refuse anyway; this also makes the app shell ask them to pick another one).
    await tx.authSession.updateMany({
      where: { userId: target.userId, activeOrganizationId: member.organizationId },
      data: { activeOrganizationId: null },
    });
    await recordAudit(tx, {
      action: "member.removed",
      organizationId: member.organizationId,
      actorId: member.userId,
      targetType: "Membership",
      targetId: target.id,
      ip: meta.ip,
      userAgent: meta.userAgent,
      metadata: { userId: target.userId, before: target.role, after: null, self },
    });
    return { membershipId: target.id, userId: target.userId, role: target.role, self };
  });
}
