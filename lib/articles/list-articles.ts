import "server-only";
import { assertCan } from "@/lib/auth/access/assert-can";
import type { MemberContext } from "@/lib/auth/access/require-member";
import { db } from "@/lib/db/prisma";
import { pageOf, type Page } from "@/lib/lists/list-query";
import type { ArticleKind } from "./article-schema";
import { articleListOrder, articleListWhere } from "./article-list-filter";
import { parseArticleListQuery, type ArticleListQuery } from "./article-list-query";

export type ArticleListItem = {
  id: string;
  name: string;
  reference: string | null;
  unit: string;
  unitPriceCents: number;
  vatRateBps: number;
  kind: ArticleKind;
  archivedAt: Date | null;
  createdAt: Date;
};

const listSelect = {
  id: true,
  name: true,
  reference: true,
  unit: true,
  unitPriceCents: true,
  vatRateBps: true,
  kind: true,
  archivedAt: true,
  createdAt: true,
} as const;

/**
 * One page of the acting organization's articles, searched, filtered and sorted as the URL
 * says. A page past the end shows the last page.
 */
export async function listArticles(
  member: MemberContext,
  rawQuery: Record<string, unknown> | ArticleListQuery,
): Promise<Page<ArticleListItem> & { query: ArticleListQuery }> {
  assertCan(member, "articles.read");
  const query = parseArticleListQuery(rawQuery);
  const where = articleListWhere(member.organizationId, query);
  const total = await db.article.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / query.pageSize));
  const page = Math.min(query.page, pageCount);
  const items = await db.article.findMany({
    where,
    orderBy: articleListOrder(query),
    skip: (page - 1) * query.pageSize,
    take: query.pageSize,
    select: listSelect,
  });
  return { ...pageOf(items, total, { page, pageSize: query.pageSize }), query: { ...query, page } };
}

/** Does the organization have any article at all (empty state vs "no results")? */
export async function hasAnyArticle(member: MemberContext): Promise<boolean> {
  assertCan(member, "articles.read");
  return (
    (await db.article.findFirst({ where: { organizationId: member.organizationId }, select: { id: true } })) !== null
  );
}
