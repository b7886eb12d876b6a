import { apiRoute } from "@/lib/api/api-route";
import { toArticleResource } from "@/lib/api/v1/article-resources";
import { archiveArticleEndpoint } from "@/lib/api/v1/articles-endpoints";
import { archiveArticle } from "@/lib/articles/archive-article";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const POST = apiRoute(archiveArticleEndpoint, async ({ caller, params, meta }) =>
  toArticleResource(await archiveArticle(caller.member, { articleId: params.id }, meta)),
);
