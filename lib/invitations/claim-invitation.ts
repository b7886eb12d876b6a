import "server-only";
import { recordAudit, type RequestMeta } from "@/lib/audit/record-audit";
import type { Prisma } from "@/lib/generated/prisma/client";
import { invitationUnusable } from "./invitation-errors";
import type { FoundInvitation } from "./find-invitation";

/**
 * Inside the caller's transaction: marks the invitation accepted by `userId` and creates the
 * membership. The update only matches a still-valid invitation, so of two concurrent accepts
 * exactly one wins; the other is refused as already accepted.
 */
export async function claimInvitation(
  tx: Prisma.TransactionClient,
  invitation: FoundInvitation,
  userId: string,
  meta: RequestMeta,
  now: Date,
  metadata: Record<string, string | boolean> = {},
): Promise<void> {
  const claimed = await tx.invitation.updateMany({
    where: { id: invitation.id, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
    data: { acceptedAt: now, acceptedById: userId },
  });
  if (claimed.count === 0) {
    const current = await tx.invitation.findUniqueOrThrow({
      where: { id: invitation.id },
      select: { acceptedAt: true, revokedAt: true },
    });
    throw invitationUnusable(current.acceptedAt ? "accepted" : current.revokedAt ? "revoked" : "expired");
  }
  const membership = await tx.membership.create({
    data: { organizationId: invitation.organizationId, userId, role: invitation.role },
    select: { id: true },
  });
  await recordAudit(tx, {
    action: "member.joined",
    organizationId: invitation.organizationId,
    actorId: userId,
    targetType: "Membership",
    targetId: membership.id,
    ip: meta.ip,
    userAgent: meta.userAgent,
    metadata: { invitationId: invitation.id, role: invitation.role, ...metadata },
  });
}
