import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * How many document lines use the article. An article that appears on a quote or an
 * invoice must never be deleted (only archived): the lines keep pointing at it (the
 * database's foreign key refuses the delete too).
 */
export async function countArticleUsage(
  tx: Prisma.TransactionClient,
  organizationId: string,
  articleId: string,
): Promise<number> {
  return tx.documentLine.count({ where: { organizationId, articleId } });
}
