import "server-only";
import { recordAudit, type RequestMeta } from "@/lib/audit/record-audit";
import { assertCan } from "@/lib/auth/access/assert-can";
import type { MemberContext } from "@/lib/auth/access/require-member";
import { hashToken, randomToken } from "@/lib/auth/crypto/tokens";
import { db } from "@/lib/db/prisma";
import { AppError } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/errors/validation";
import type { Role } from "@/lib/generated/prisma/enums";
import { alreadyMember } from "./invitation-errors";
import { INVITATION_TTL_MS, INVITATIONS_PER_HOUR } from "./invitation-rules";
import { inviteMemberInput } from "./invitation-schemas";
import { sendInvitationEmail } from "./send-invitation-email";

export type SentInvitation = { id: string; email: string; role: Role; expiresAt: Date };

/**
 * Invites an email address with a role. A new invitation to the same address replaces the
 * pending one (only the latest link works). The link's token is random (256 bits) and only
 * its hash is stored; the token itself exists only in the email.
 */
export async function inviteMember(
  member: MemberContext,
  rawInput: unknown,
  meta: RequestMeta,
  now = new Date(),
): Promise<SentInvitation> {
  assertCan(member, "members.invite");
  const input = parseInput(inviteMemberInput(member.role), rawInput);
  const existing = await db.membership.findFirst({
    where: { organizationId: member.organizationId, user: { email: input.email } },
    select: { id: true },
  });
  if (existing) throw alreadyMember();
  await assertUnderHourlyLimit(member.organizationId, now);

  const token = randomToken();
  const invitation = await db.$transaction(async (tx) => {
    const replaced = await tx.invitation.updateMany({
      where: { organizationId: member.organizationId, email: input.email, acceptedAt: null, revokedAt: null },
      data: { revokedAt: now },
    });
    const created = await tx.invitation.create({
      data: {
        organizationId: member.organizationId,
        email: input.email,
        role: input.role,
        tokenHash: hashToken(token),
        invitedById: member.userId,
        expiresAt: new Date(now.getTime() + INVITATION_TTL_MS),
        createdAt: now,
      },
      select: { id: true, email: true, role: true, expiresAt: true },
    });
    await recordAudit(tx, {
      action: "member.invited",
      organizationId: member.organizationId,
      actorId: member.userId,
      targetType: "Invitation",
      targetId: created.id,
      ip: meta.ip,
      userAgent: meta.userAgent,
      metadata: { email: input.email, role: input.role, replacedInvitations: replaced.count },
    });
    return created;
  });

  try {
    await sendInvitationEmail({
      to: input.email,
      token,
      role: input.role,
      organizationId: member.organizationId,
      organizationName: member.organizationName,
      inviterId: member.userId,
    });
  } catch (error) {
    // The email could not even be queued: leave no live invitation behind it, the inviter retries.
    await db.invitation.update({ where: { id: invitation.id }, data: { revokedAt: new Date() } });
    throw error;
  }
  return invitation;
}

async function assertUnderHourlyLimit(organizationId: string, now: Date): Promise<void> {
  const hourAgo = new Date(now.getTime() - 3_600_000);
  const recent = await db.invitation.findMany({
    where: { organizationId, createdAt: { gt: hourAgo } },
    orderBy: { createdAt: "desc" },
    take: INVITATIONS_PER_HOUR,
    select: { createdAt: true },
  });
  if (recent.length < INVITATIONS_PER_HOUR) return;
  const oldest = recent[recent.length - 1]!.createdAt.getTime();
  throw new AppError("RATE_LIMITED", "too_many_invitations", "Too many invitations sent in the last hour", {
    retryAfterSeconds: Math.max(1, Math.ceil((oldest + 3_600_000 - now.getTime()) / 1000)),
  });
}
