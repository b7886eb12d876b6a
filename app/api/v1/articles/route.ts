import { apiRoute } from "@/lib/api/api-route";
import { pageAnswer, pageWindowOf } from "@/lib/api/pagination";
import {
  articleApiFieldNames,
  toArticleListItem,
  toArticleRawInput,
  toArticleResource,
} from "@/lib/api/v1/article-resources";
import { createArticleEndpoint, listArticlesEndpoint } from "@/lib/api/v1/articles-endpoints";
import { listArticlesWindow } from "@/lib/api/v1/list-articles-window";
import { withApiFieldNames } from "@/lib/api/v1/rename-field-errors";
import { createArticle } from "@/lib/articles/create-article";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const GET = apiRoute(listArticlesEndpoint, async ({ caller, query }) => {
  const { limit, cursor, ...filters } = query;
  const window = pageWindowOf({ limit, cursor });
  const page = await listArticlesWindow(caller.member, filters, window);
  return pageAnswer(page, window, toArticleListItem);
});

export const POST = apiRoute(createArticleEndpoint, async ({ caller, body, meta }) =>
  toArticleResource(
    await withApiFieldNames(articleApiFieldNames, () => createArticle(caller.member, toArticleRawInput(body), meta)),
  ),
);
