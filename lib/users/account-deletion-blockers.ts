import "server-only";
import { db } from "@/lib/db/prisma";
import type { Prisma } from "@/lib/generated/prisma/client";

type Reader = Pick<Prisma.TransactionClient, "membership">;

/**
 * Why an organization stops its member from deleting their account. Later checks (e.g.
 * issued documents that must be kept) add their reason here and their query below.
 */
export type DeletionBlockReason = "last_owner_with_members";

export type DeletionBlocker = {
  organizationId: string;
  organizationName: string;
  reason: DeletionBlockReason;
  otherMembers: number;
};

export type AccountDeletionPlan = {
  /** Organizations that must be handed over (or emptied) before the account can go. */
  blockers: DeletionBlocker[];
  /** Organizations where the user is alone: deleted together with the account. */
  deletedWithAccount: { organizationId: string; organizationName: string }[];
};

/**
 * What deleting this user's account would do. An organization with other members needs an
 * owner: if the user is its last OWNER, the deletion is blocked until they make someone else
 * owner or remove the others. Takes a transaction so the deletion re-checks inside it.
 */
export async function planAccountDeletion(userId: string, client: Reader = db): Promise<AccountDeletionPlan> {
  const memberships = await client.membership.findMany({
    where: { userId },
    orderBy: { createdAt: "asc" },
    select: {
      role: true,
      organization: {
        select: { id: true, name: true, memberships: { where: { userId: { not: userId } }, select: { role: true } } },
      },
    },
  });
  const plan: AccountDeletionPlan = { blockers: [], deletedWithAccount: [] };
  for (const { role, organization } of memberships) {
    const others = organization.memberships;
    if (others.length === 0) {
      plan.deletedWithAccount.push({ organizationId: organization.id, organizationName: organization.name });
    } else if (role === "OWNER" && !others.some((other) => other.role === "OWNER")) {
      plan.blockers.push({
        organizationId: organization.id,
        organizationName: organization.name,
        reason: "last_owner_with_members",
        otherMembers: others.length,
      });
    }
  }
  return plan;
}

/** Just the blocking organizations (empty: the account may be deleted). */
export async function listAccountDeletionBlockers(userId: string, client: Reader = db): Promise<DeletionBlocker[]> {
  return (await planAccountDeletion(userId, client)).blockers;
}
