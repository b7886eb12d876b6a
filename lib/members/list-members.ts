import "server-only";
import { assertCan } from "@/lib/auth/access/assert-can";
import type { MemberContext } from "@/lib/auth/access/require-member";
import { db } from "@/lib/db/prisma";
import type { Role } from "@/lib/generated/prisma/enums";

export type MemberSummary = {
  membershipId: string;
  userId: string;
  name: string;
  email: string;
  role: Role;
  joinedAt: Date;
};

const roleOrder: Record<Role, number> = { OWNER: 0, ADMIN: 1, MEMBER: 2, ACCOUNTANT: 3 };

/** The members of the acting organization: owners first, then by name. */
export async function listMembers(member: MemberContext): Promise<MemberSummary[]> {
  assertCan(member, "members.read");
  const rows = await db.membership.findMany({
    where: { organizationId: member.organizationId },
    select: { id: true, role: true, createdAt: true, user: { select: { id: true, name: true, email: true } } },
  });
  return rows
    .map((row) => ({
      membershipId: row.id,
      userId: row.user.id,
      name: row.user.name,
      email: row.user.email,
      role: row.role,
      joinedAt: row.createdAt,
    }))
    .sort((a, b) => roleOrder[a.role] - roleOrder[b.role] || a.name.localeCompare(b.name));
}
