import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * How many document lines use the article. An article that appears on a quote or an
 * invoice must never be deleted (only archived): the documents keep pointing at it.
 *
 * Always 0 today: documents do not exist yet. The document-core issue counts the document
 * lines of the article here (same organization), and deleteArticle refuses when it is > 0.
 */
export async function countArticleUsage(
  tx: Prisma.TransactionClient,
  organizationId: string,
  articleId: string,
): Promise<number> {
  void [tx, organizationId, articleId];
  return 0;
}
