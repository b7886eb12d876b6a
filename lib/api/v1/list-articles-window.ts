import "server-only";
import { articleListOrder, articleListWhere } from "@/lib/articles/article-list-filter";
import { parseArticleListQuery } from "@/lib/articles/article-list-query";
import type { ArticleListItem } from "@/lib/articles/list-articles";
import { assertCan } from "@/lib/auth/access/assert-can";
import type { MemberContext } from "@/lib/auth/access/require-member";
import { db } from "@/lib/db/prisma";
import { pageOf, type Page } from "@/lib/lists/list-query";
import type { PageWindow } from "../pagination";

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
} as const satisfies Record<keyof ArticleListItem, true>;

/**
 * The articles page's query (its filters, search and order: articleListWhere and
 * articleListOrder, as listArticles runs them) with the API's page window: listArticles reads
 * its page size from the URL, which allows 5 to 100 where the API allows 1 to 100.
 */
export async function listArticlesWindow(
  member: MemberContext,
  filters: Record<string, unknown>,
  window: PageWindow,
): Promise<Page<ArticleListItem>> {
  assertCan(member, "articles.read");
  const query = parseArticleListQuery(filters);
  const where = articleListWhere(member.organizationId, query);
  const total = await db.article.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / window.pageSize));
  const page = Math.min(window.page, pageCount);
  const items = await db.article.findMany({
    where,
    orderBy: articleListOrder(query),
    skip: (page - 1) * window.pageSize,
    take: window.pageSize,
    select: listSelect,
  });
  return pageOf(items, total, { page, pageSize: window.pageSize });
}
