import "server-only";
import { recordAudit, type RequestMeta } from "@/lib/audit/record-audit";
import { assertCan } from "@/lib/auth/access/assert-can";
import type { MemberContext } from "@/lib/auth/access/require-member";
import { manageableRoles } from "@/lib/auth/permissions";
import { db } from "@/lib/db/prisma";
import { parseInput } from "@/lib/errors/validation";
import { roleNotAllowed } from "@/lib/members/member-errors";
import { invitationNotFound } from "./invitation-errors";
import { revokeInvitationInput } from "./invitation-schemas";

/** Revokes a pending invitation of the acting organization: its link stops working at once. */
export async function revokeInvitation(
  member: MemberContext,
  rawInput: unknown,
  meta: RequestMeta,
  now = new Date(),
): Promise<{ id: string }> {
  assertCan(member, "members.invite");
  const { invitationId } = parseInput(revokeInvitationInput, rawInput);
  return db.$transaction(async (tx) => {
    const invitation = await tx.invitation.findFirst({
      where: { id: invitationId, organizationId: member.organizationId, acceptedAt: null, revokedAt: null },
      select: { id: true, email: true, role: true },
    });
    if (!invitation) throw invitationNotFound();
    // Same rule as for members: an ADMIN cannot undo an owner's invitation of another owner.
    if (!manageableRoles(member.role).includes(invitation.role)) throw roleNotAllowed();
    // Conditional update: a link accepted in the meantime is not "revoked" after the fact.
    const revoked = await tx.invitation.updateMany({
      where: { id: invitation.id, acceptedAt: null, revokedAt: null },
      data: { revokedAt: now },
    });
    if (revoked.count === 0) throw invitationNotFound();
    await recordAudit(tx, {
      action: "member.invitation_revoked",
      organizationId: member.organizationId,
      actorId: member.userId,
      targetType: "Invitation",
      targetId: invitation.id,
      ip: meta.ip,
      userAgent: meta.userAgent,
      metadata: { email: invitation.email, role: invitation.role },
    });
    return { id: invitation.id };
  });
}
