import "server-only";
import { assertCan } from "@/lib/auth/access/assert-can";
import type { MemberContext } from "@/lib/auth/access/require-member";
import { db } from "@/lib/db/prisma";
import type { Role } from "@/lib/generated/prisma/enums";
import { invitationState } from "./invitation-rules";

export type PendingInvitation = {
  id: string;
  email: string;
  role: Role;
  invitedByName: string | null;
  createdAt: Date;
  expiresAt: Date;
  /** Expired ones stay listed (flagged) so the inviter sees why nobody joined. */
  expired: boolean;
};

/** Invitations of the acting organization that were neither accepted nor revoked, newest first. */
export async function listPendingInvitations(member: MemberContext, now = new Date()): Promise<PendingInvitation[]> {
  assertCan(member, "members.invite");
  const rows = await db.invitation.findMany({
    where: { organizationId: member.organizationId, acceptedAt: null, revokedAt: null },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      email: true,
      role: true,
      createdAt: true,
      expiresAt: true,
      acceptedAt: true,
      revokedAt: true,
      invitedBy: { select: { name: true } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    email: row.email,
    role: row.role,
    invitedByName: row.invitedBy?.name ?? null,
    createdAt: row.createdAt,
    expiresAt: row.expiresAt,
    expired: invitationState(row, now) === "expired",
  }));
}
