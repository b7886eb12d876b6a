import "server-only";
import { recordAudit, type RequestMeta } from "@/lib/audit/record-audit";
import type { SessionContext } from "@/lib/auth/sessions/session-context";
import { db } from "@/lib/db/prisma";
import { AppError } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/errors/validation";
import { planAccountDeletion } from "./account-deletion-blockers";
import { deleteAccountInput } from "./user-schemas";
import { verifyCurrentPassword } from "./verify-current-password";

/**
 * Deletes the signed-in user's account for good, with the organizations where they are the
 * only member. Refused while they are the last owner of an organization that has other
 * members. Sessions, memberships, codes and reset links go with the user (cascade); audit
 * entries stay, without the actor link.
 */
export async function deleteAccount(
  session: SessionContext,
  rawInput: unknown,
  meta: RequestMeta,
): Promise<{ deletedOrganizationIds: string[] }> {
  const { password } = parseInput(deleteAccountInput, rawInput);
  const userId = session.user.id;
  await verifyCurrentPassword(userId, password, "password");

  return db.$transaction(async (tx) => {
    // Re-checked inside the transaction: a member may have joined since the page was shown.
    const plan = await planAccountDeletion(userId, tx);
    if (plan.blockers.length > 0) {
      throw new AppError("CONFLICT", "account_deletion_blocked", "Hand over your organizations first", {
        organizations: plan.blockers.map((blocker) => blocker.organizationName),
      });
    }
    const deletedOrganizationIds = plan.deletedWithAccount.map((organization) => organization.organizationId);
    await recordAudit(tx, {
      action: "user.deleted",
      actorId: userId,
      targetType: "User",
      targetId: userId,
      ip: meta.ip,
      userAgent: meta.userAgent,
      metadata: { deletedOrganizationIds },
    });
    // Only while still alone in them: someone who joined in the meantime keeps their organization.
    const deleted = await tx.organization.deleteMany({
      where: { id: { in: deletedOrganizationIds }, memberships: { every: { userId } } },
    });
    if (deleted.count !== deletedOrganizationIds.length) {
      throw new AppError("CONFLICT", "account_deletion_blocked", "An organization changed; try again", {
        organizations: [],
      });
    }
    await tx.user.delete({ where: { id: userId } });
    return { deletedOrganizationIds };
  });
}
