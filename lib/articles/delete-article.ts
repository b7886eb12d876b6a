import "server-only";
import { recordAudit, type RequestMeta } from "@/lib/audit/record-audit";
import { assertCan } from "@/lib/auth/access/assert-can";
import type { MemberContext } from "@/lib/auth/access/require-member";
import { db } from "@/lib/db/prisma";
import { parseInput } from "@/lib/errors/validation";
import { articleInUse, articleNotFound } from "./article-errors";
import { articleIdInput } from "./article-schema";
import { countArticleUsage } from "./article-usage";

/** Deletes an article that no document uses; a used one can only be archived. */
export async function deleteArticle(member: MemberContext, rawInput: unknown, meta: RequestMeta): Promise<void> {
  assertCan(member, "articles.write");
  const { articleId } = parseInput(articleIdInput, rawInput);
  await db.$transaction(async (tx) => {
    const article = await tx.article.findFirst({
      where: { id: articleId, organizationId: member.organizationId },
      select: { id: true, name: true, reference: true },
    });
    if (!article) throw articleNotFound();
    const usage = await countArticleUsage(tx, member.organizationId, article.id);
    if (usage > 0) throw articleInUse(usage);
    await tx.article.delete({ where: { id: article.id } });
    await recordAudit(tx, {
      action: "article.deleted",
      organizationId: member.organizationId,
      actorId: member.userId,
      targetType: "Article",
      targetId: article.id,
      ip: meta.ip,
      userAgent: meta.userAgent,
      metadata: { name: article.name, reference: article.reference },
    });
  });
}
