import "server-only";
import { recordAudit, type RequestMeta } from "@/lib/audit/record-audit";
import { assertCan } from "@/lib/auth/access/assert-can";
import type { MemberContext } from "@/lib/auth/access/require-member";
import { manageableRoles } from "@/lib/auth/permissions";
import { db } from "@/lib/db/prisma";
import { parseInput } from "@/lib/errors/validation";
import type { Role } from "@/lib/generated/prisma/enums";
import { lastOwner, memberNotFound, memberNotManageable, roleNotAllowed } from "./member-errors";
import { changeMemberRoleInput } from "./member-schemas";
import { countOwners, lockOrganization } from "./organization-lock";

export type RoleChange = { membershipId: string; userId: string; before: Role; after: Role };

/**
 * Gives a member another role. Only roles the actor may hand out, only on members whose
 * current role the actor manages (an ADMIN never touches an OWNER), and never the last owner.
 */
export async function changeMemberRole(
  member: MemberContext,
  rawInput: unknown,
  meta: RequestMeta,
): Promise<RoleChange> {
  assertCan(member, "members.updateRole");
  const input = parseInput(changeMemberRoleInput, rawInput);
  const allowed = manageableRoles(member.role);
  if (!allowed.includes(input.role)) throw roleNotAllowed();

  return db.$transaction(async (tx) => {
    await lockOrganization(tx, member.organizationId);
    // The id comes from the client: it only counts together with the acting organization.
    const target = await tx.membership.findFirst({
      where: { id: input.membershipId, organizationId: member.organizationId },
      select: { id: true, userId: true, role: true },
    });
    if (!target) throw memberNotFound();
    if (!allowed.includes(target.role)) throw memberNotManageable();
    const change = { membershipId: target.id, userId: target.userId, before: target.role, after: input.role };
    if (target.role === input.role) return change;
    if (target.role === "OWNER" && (await countOwners(tx, member.organizationId)) <= 1) throw lastOwner();

    await tx.membership.update({ where: { id: target.id }, data: { role: input.role } });
    await recordAudit(tx, {
      action: "member.role_changed",
      organizationId: member.organizationId,
      actorId: member.userId,
      targetType: "Membership",
      targetId: target.id,
      ip: meta.ip,
      userAgent: meta.userAgent,
      metadata: { userId: target.userId, before: target.role, after: input.role },
    });
    return change;
  });
}
