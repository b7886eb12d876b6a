import "server-only";
import { db } from "@/lib/db/prisma";
import type { Prisma } from "@/lib/generated/prisma/client";

type Reader = Pick<Prisma.TransactionClient, "membership" | "document">;

/**
 * Why an organization stops its member from deleting their account:
 * - last_owner_with_members: the user is its last OWNER and others remain (it needs an owner);
 * - organization_has_documents: the user is alone in it, so it would be deleted with the
 *   account, but it holds documents that left DRAFT (issued invoices, credit notes, sent
 *   quotes), which must be kept ten years (Code de commerce L123-22) — the database refuses
 *   deleting them anyway. Hand it over to another owner first.
 */
export type DeletionBlockReason = "last_owner_with_members" | "organization_has_documents";

export type DeletionBlocker = {
  organizationId: string;
  organizationName: string;
  reason: DeletionBlockReason;
  otherMembers: number;
  /** organization_has_documents: how many documents must be kept. */
  keptDocuments?: number;
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
 * owner or remove the others. An organization where the user is alone goes with the account,
 * unless it has documents to keep (then it blocks too). Takes a transaction so the deletion
 * re-checks inside it.
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
  const aloneIn = memberships.filter(({ organization }) => organization.memberships.length === 0);
  const kept = aloneIn.length
    ? await client.document.groupBy({
        by: ["organizationId"],
        where: { organizationId: { in: aloneIn.map(({ organization }) => organization.id) }, status: { not: "DRAFT" } },
        _count: { _all: true },
      })
    : [];
  const keptDocuments = new Map(kept.map((row) => [row.organizationId, row._count._all]));
  for (const { role, organization } of memberships) {
    const others = organization.memberships;
    const documents = keptDocuments.get(organization.id) ?? 0;
    if (others.length === 0 && documents > 0) {
      plan.blockers.push({
        organizationId: organization.id,
        organizationName: organization.name,
        reason: "organization_has_documents",
        otherMembers: 0,
        keptDocuments: documents,
      });
    } else if (others.length === 0) {
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
