import "server-only";
import { hashToken } from "@/lib/auth/crypto/tokens";
import { db } from "@/lib/db/prisma";
import { invitationTokenSchema } from "./invitation-schemas";

/**
 * The invitation behind a link's token (looked up by hash), with what the accept page needs.
 * A disabled organization's invitations look like unknown ones.
 */
export async function findInvitationByToken(token: unknown) {
  const parsed = invitationTokenSchema.safeParse(token);
  if (!parsed.success) return null;
  const invitation = await db.invitation.findUnique({
    where: { tokenHash: hashToken(parsed.data) },
    select: {
      id: true,
      organizationId: true,
      email: true,
      role: true,
      expiresAt: true,
      acceptedAt: true,
      revokedAt: true,
      organization: { select: { name: true, disabledAt: true } },
      invitedBy: { select: { name: true } },
    },
  });
  if (!invitation || invitation.organization.disabledAt) return null;
  return invitation;
}

export type FoundInvitation = NonNullable<Awaited<ReturnType<typeof findInvitationByToken>>>;
