import "server-only";
import { db } from "@/lib/db/prisma";
import type { Role } from "@/lib/generated/prisma/enums";
import { findInvitationByToken } from "./find-invitation";
import { invitationState, type InvitationState } from "./invitation-rules";

export type InvitationView = {
  organizationName: string;
  inviterName: string | null;
  role: Role;
  email: string;
  state: InvitationState;
  expiresAt: Date;
  /** Whether the invited address already has an account (log in) or not (create one). */
  hasAccount: boolean;
};

/**
 * What the public accept page shows for a link. Only the token's holder (who received the
 * email) gets here; an unknown token is null (the page answers 404).
 */
export async function getInvitationByToken(token: unknown, now = new Date()): Promise<InvitationView | null> {
  const invitation = await findInvitationByToken(token);
  if (!invitation) return null;
  const account = await db.user.findUnique({ where: { email: invitation.email }, select: { id: true } });
  return {
    organizationName: invitation.organization.name,
    inviterName: invitation.invitedBy?.name ?? null,
    role: invitation.role,
    email: invitation.email,
    state: invitationState(invitation, now),
    expiresAt: invitation.expiresAt,
    hasAccount: Boolean(account),
  };
}
