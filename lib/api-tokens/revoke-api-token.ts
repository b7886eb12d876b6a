import "server-only";
import { recordAudit, type RequestMeta } from "@/lib/audit/record-audit";
import { assertCan } from "@/lib/auth/access/assert-can";
import type { MemberContext } from "@/lib/auth/access/require-member";
import { db } from "@/lib/db/prisma";
import { AppError } from "@/lib/errors/app-error";
import { recordIdOrNull } from "@/lib/validation/record-id";

/** Missing, or another organization's: the two look the same. */
export const apiTokenNotFound = () => new AppError("NOT_FOUND", "api_token_not_found", "API token not found");

/**
 * Revokes a token of the acting organization: its next call is 401. Revoking a revoked token
 * changes nothing (and writes no second audit entry).
 */
export async function revokeApiToken(
  member: MemberContext,
  rawTokenId: unknown,
  meta: RequestMeta,
): Promise<{ id: string; changed: boolean }> {
  assertCan(member, "organization.update");
  const id = recordIdOrNull(rawTokenId);
  if (id === null) throw apiTokenNotFound();
  return db.$transaction(async (tx) => {
    const where = { id, organizationId: member.organizationId };
    const { count } = await tx.apiToken.updateMany({
      where: { ...where, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    if (count === 0) {
      if (!(await tx.apiToken.findFirst({ where, select: { id: true } }))) throw apiTokenNotFound();
      return { id, changed: false };
    }
    const token = await tx.apiToken.findFirstOrThrow({ where, select: { name: true, prefix: true } });
    await recordAudit(tx, {
      action: "api_token.revoked",
      organizationId: member.organizationId,
      actorId: member.userId,
      targetType: "ApiToken",
      targetId: id,
      ip: meta.ip,
      userAgent: meta.userAgent,
      metadata: { name: token.name, prefix: token.prefix },
    });
    return { id, changed: true };
  });
}
