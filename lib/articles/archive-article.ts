import "server-only";
import { recordAudit, type RequestMeta } from "@/lib/audit/record-audit";
import { assertCan } from "@/lib/auth/access/assert-can";
import type { MemberContext } from "@/lib/auth/access/require-member";
import { db } from "@/lib/db/prisma";
import { parseInput } from "@/lib/errors/validation";
import { articleDetailSelect, type ArticleDetail } from "./article-detail";
import { articleNotFound } from "./article-errors";
import { assertReferenceFree } from "./article-reference";
import { articleIdInput } from "./article-schema";

/**
 * Archiving hides an article from lists and new documents but keeps it for the documents
 * that already use it; it can be restored. Setting the same state twice changes nothing.
 */
export async function setArticleArchived(
  member: MemberContext,
  rawInput: unknown,
  archived: boolean,
  meta: RequestMeta,
): Promise<ArticleDetail> {
  assertCan(member, "articles.write");
  const { articleId } = parseInput(articleIdInput, rawInput);
  return db.$transaction(async (tx) => {
    const article = await tx.article.findFirst({
      where: { id: articleId, organizationId: member.organizationId },
      select: articleDetailSelect,
    });
    if (!article) throw articleNotFound();
    if (Boolean(article.archivedAt) === archived) return article;
    // Back among the active articles, its reference must not clash with one created since.
    if (!archived) await assertReferenceFree(tx, member.organizationId, article.reference, article.id);
    const updated = await tx.article.update({
      where: { id: article.id },
      data: { archivedAt: archived ? new Date() : null },
      select: articleDetailSelect,
    });
    await recordAudit(tx, {
      action: archived ? "article.archived" : "article.unarchived",
      organizationId: member.organizationId,
      actorId: member.userId,
      targetType: "Article",
      targetId: article.id,
      ip: meta.ip,
      userAgent: meta.userAgent,
      metadata: { name: article.name },
    });
    return updated;
  });
}

export const archiveArticle = (member: MemberContext, rawInput: unknown, meta: RequestMeta) =>
  setArticleArchived(member, rawInput, true, meta);

export const unarchiveArticle = (member: MemberContext, rawInput: unknown, meta: RequestMeta) =>
  setArticleArchived(member, rawInput, false, meta);
