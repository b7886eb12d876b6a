import { apiRoute } from "@/lib/api/api-route";
import { toArticleResource } from "@/lib/api/v1/article-resources";
import { unarchiveArticleEndpoint } from "@/lib/api/v1/articles-endpoints";
import { unarchiveArticle } from "@/lib/articles/archive-article";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const POST = apiRoute(unarchiveArticleEndpoint, async ({ caller, params, meta }) =>
  toArticleResource(await unarchiveArticle(caller.member, { articleId: params.id }, meta)),
);
