import "server-only";
import type { RequestMeta } from "@/lib/audit/record-audit";
import type { SessionContext } from "@/lib/auth/sessions/session-context";
import { db } from "@/lib/db/prisma";
import { AppError } from "@/lib/errors/app-error";
import { Prisma } from "@/lib/generated/prisma/client";
import { claimInvitation } from "./claim-invitation";
import { findInvitationByToken } from "./find-invitation";
import { alreadyMember, invitationNotFound, invitationUnusable } from "./invitation-errors";
import { invitationState } from "./invitation-rules";

/**
 * A signed-in user accepts an invitation sent to their own address: they become a member
 * with the invited role and their session switches to that organization.
 */
export async function acceptInvitation(
  session: SessionContext,
  token: unknown,
  meta: RequestMeta,
  now = new Date(),
): Promise<{ organizationId: string }> {
  const invitation = await findInvitationByToken(token);
  if (!invitation) throw invitationNotFound();
  const state = invitationState(invitation, now);
  if (state !== "valid") throw invitationUnusable(state);
  // The link proves control of the invited address only; another account may not use it.
  if (invitation.email !== session.user.email.toLowerCase()) {
    throw new AppError("FORBIDDEN", "invitation_email_mismatch", "This invitation was sent to another email address");
  }
  const existing = await db.membership.findUnique({
    where: { organizationId_userId: { organizationId: invitation.organizationId, userId: session.user.id } },
    select: { id: true },
  });
  if (existing) throw alreadyMember();

  try {
    await db.$transaction(async (tx) => {
      await claimInvitation(tx, invitation, session.user.id, meta, now);
      await tx.authSession.updateMany({
        where: { id: session.sessionId, userId: session.user.id },
        data: { activeOrganizationId: invitation.organizationId },
      });
    });
  } catch (error) {
    // Joined by another path between our check and the insert.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw alreadyMember();
    throw error;
  }
  return { organizationId: invitation.organizationId };
}
