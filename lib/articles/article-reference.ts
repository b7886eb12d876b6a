import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { lockOrganization } from "@/lib/members/organization-lock";
import { referenceTaken } from "./article-errors";

/**
 * References are unique among an organization's active articles, compared without case
 * ("ABC-1" = "abc-1"); archived articles free theirs. There is no database index for this
 * (a partial unique index would need a migration), so writers take the organization's row
 * lock first: two requests saving the same reference at once are serialised and the
 * second one sees the first.
 */
export async function assertReferenceFree(
  tx: Prisma.TransactionClient,
  organizationId: string,
  reference: string | null,
  exceptArticleId?: string,
): Promise<void> {
  if (!reference) return;
  await lockOrganization(tx, organizationId);
  const clash = await tx.article.findFirst({
    where: {
      organizationId,
      archivedAt: null,
      reference: { equals: reference, mode: "insensitive" },
      ...(exceptArticleId ? { id: { not: exceptArticleId } } : {}),
    },
    select: { id: true },
  });
  if (clash) throw referenceTaken();
}
