import "server-only";
import { recordAudit, type RequestMeta } from "@/lib/audit/record-audit";
import { assertCan } from "@/lib/auth/access/assert-can";
import type { MemberContext } from "@/lib/auth/access/require-member";
import { db } from "@/lib/db/prisma";
import { parseInput } from "@/lib/errors/validation";
import { buildArticleData } from "./article-data";
import { articleDetailSelect, type ArticleDetail } from "./article-detail";
import { assertReferenceFree } from "./article-reference";
import { articleInput } from "./article-schema";

export async function createArticle(
  member: MemberContext,
  rawInput: unknown,
  meta: RequestMeta,
): Promise<ArticleDetail> {
  assertCan(member, "articles.write");
  const input = parseInput(articleInput, rawInput);
  return db.$transaction(async (tx) => {
    await assertReferenceFree(tx, member.organizationId, input.reference);
    const article = await tx.article.create({
      data: buildArticleData(input, member.organizationId),
      select: articleDetailSelect,
    });
    await recordAudit(tx, {
      action: "article.created",
      organizationId: member.organizationId,
      actorId: member.userId,
      targetType: "Article",
      targetId: article.id,
      ip: meta.ip,
      userAgent: meta.userAgent,
      metadata: { name: article.name, reference: article.reference },
    });
    return article;
  });
}
