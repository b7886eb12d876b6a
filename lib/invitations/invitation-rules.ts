export const INVITATION_TTL_DAYS = 7;
export const INVITATION_TTL_MS = INVITATION_TTL_DAYS * 24 * 3600 * 1000;

// Each invitation emails an address the organization chooses: cap them so a compromised or
// careless account cannot turn Facturo into a spam relay.
export const INVITATIONS_PER_HOUR = 50;

export type InvitationState = "valid" | "expired" | "revoked" | "accepted";

/** What became of an invitation; a final state (accepted, revoked) wins over expiry. */
export function invitationState(
  invitation: { acceptedAt: Date | null; revokedAt: Date | null; expiresAt: Date },
  now = new Date(),
): InvitationState {
  if (invitation.acceptedAt) return "accepted";
  if (invitation.revokedAt) return "revoked";
  if (invitation.expiresAt <= now) return "expired";
  return "valid";
}
