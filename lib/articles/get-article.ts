import "server-only";
import { assertCan } from "@/lib/auth/access/assert-can";
import type { MemberContext } from "@/lib/auth/access/require-member";
import { db } from "@/lib/db/prisma";
import { articleDetailSelect, type ArticleDetail } from "./article-detail";
import { articleNotFound } from "./article-errors";
import { articleIdSchema } from "./article-schema";

/** One article of the acting organization; another organization's id is "not found". */
export async function getArticle(member: MemberContext, rawId: unknown): Promise<ArticleDetail> {
  assertCan(member, "articles.read");
  const id = articleIdSchema.safeParse(rawId);
  if (!id.success) throw articleNotFound();
  const article = await db.article.findFirst({
    where: { id: id.data, organizationId: member.organizationId },
    select: articleDetailSelect,
  });
  if (!article) throw articleNotFound();
  return article;
}
