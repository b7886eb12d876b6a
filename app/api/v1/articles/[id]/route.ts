import { apiRoute } from "@/lib/api/api-route";
import {
  articleApiFieldNames,
  patchedArticleFields,
  toArticleRawInput,
  toArticleResource,
} from "@/lib/api/v1/article-resources";
import { deleteArticleEndpoint, getArticleEndpoint, updateArticleEndpoint } from "@/lib/api/v1/articles-endpoints";
import { withApiFieldNames } from "@/lib/api/v1/rename-field-errors";
import { deleteArticle } from "@/lib/articles/delete-article";
import { getArticle } from "@/lib/articles/get-article";
import { updateArticle } from "@/lib/articles/update-article";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const GET = apiRoute(getArticleEndpoint, async ({ caller, params }) =>
  toArticleResource(await getArticle(caller.member, params.id)),
);

// The form sends every field; a PATCH sends some: the others are the stored ones — of the
// version read here, so a change saved meanwhile is a 409, never silently undone.
export const PATCH = apiRoute(updateArticleEndpoint, async ({ caller, params, body, meta }) => {
  const current = await getArticle(caller.member, params.id);
  const input = toArticleRawInput(patchedArticleFields(current, body));
  const expectedUpdatedAt = current.updatedAt.toISOString();
  return toArticleResource(
    await withApiFieldNames(articleApiFieldNames, () =>
      updateArticle(caller.member, params.id, input, meta, { expectedUpdatedAt }),
    ),
  );
});

export const DELETE = apiRoute(deleteArticleEndpoint, async ({ caller, params, meta }) => {
  await deleteArticle(caller.member, { articleId: params.id }, meta);
});
