import { z } from "zod";
import { articleSorts, articleStatuses } from "@/lib/articles/article-list-query";
import { ARTICLE_KINDS } from "@/lib/articles/article-schema";
import { FRENCH_VAT_RATES_BPS } from "@/lib/money/vat-rates";
import { defineEndpoint } from "../api-endpoint";
import { pageSchema, paginationQueryShape } from "../pagination";
import { articleCreateBody, articleListItemResource, articlePatchBody, articleResource } from "./article-resources";

// /api/v1/articles: the articles page's list (same filters, search and order), and its form's
// create/update/archive/delete, over lib/articles.

const tag = "Articles";
const idParams = z.strictObject({ id: z.string().max(64).describe("The article's id.") });

export const listArticlesEndpoint = defineEndpoint({
  method: "GET",
  path: "/articles",
  operationId: "listArticles",
  tag,
  summary: "List articles",
  description: "Search and filters as on the articles page; active articles by default.",
  permission: "articles.read",
  query: z.strictObject({
    q: z.string().max(200).optional().describe("Search in names, references and descriptions."),
    status: z.enum(articleStatuses).default("active"),
    kind: z.enum(ARTICLE_KINDS).optional(),
    vat: z
      .enum(FRENCH_VAT_RATES_BPS.map(String) as [string, ...string[]])
      .optional()
      .describe("A VAT rate in basis points (2000 = 20 %)."),
    sort: z.enum(articleSorts).default("name"),
    dir: z.enum(["asc", "desc"]).default("asc"),
    ...paginationQueryShape,
  }),
  response: pageSchema(articleListItemResource),
});

export const createArticleEndpoint = defineEndpoint({
  method: "POST",
  path: "/articles",
  operationId: "createArticle",
  tag,
  summary: "Create an article",
  description: "409 reference_taken when another active article has the reference.",
  permission: "articles.write",
  body: articleCreateBody,
  response: articleResource,
  status: 201,
  errors: [409],
});

export const getArticleEndpoint = defineEndpoint({
  method: "GET",
  path: "/articles/{id}",
  operationId: "getArticle",
  tag,
  summary: "Get an article",
  permission: "articles.read",
  params: idParams,
  response: articleResource,
  errors: [404],
});

export const updateArticleEndpoint = defineEndpoint({
  method: "PATCH",
  path: "/articles/{id}",
  operationId: "updateArticle",
  tag,
  summary: "Update an article",
  description:
    "Changes the fields given; the article is then checked as a whole, as the form does. Documents " +
    "already made keep their own copy of the lines. The other fields are the stored ones: if someone " +
    "changes the article between that read and the write, the answer is 409 article_changed and nothing " +
    "is written (send the PATCH again).",
  permission: "articles.write",
  params: idParams,
  body: articlePatchBody,
  response: articleResource,
  errors: [404, 409],
});

export const deleteArticleEndpoint = defineEndpoint({
  method: "DELETE",
  path: "/articles/{id}",
  operationId: "deleteArticle",
  tag,
  summary: "Delete an article",
  description: "Only an article no document line uses (409 article_in_use otherwise: archive it).",
  permission: "articles.write",
  params: idParams,
  errors: [404, 409],
});

export const archiveArticleEndpoint = defineEndpoint({
  method: "POST",
  path: "/articles/{id}/archive",
  operationId: "archiveArticle",
  tag,
  summary: "Archive an article",
  description: "Hidden from the list and from new documents; kept for the documents using it. Idempotent.",
  permission: "articles.write",
  params: idParams,
  response: articleResource,
  errors: [404],
});

export const unarchiveArticleEndpoint = defineEndpoint({
  method: "POST",
  path: "/articles/{id}/unarchive",
  operationId: "unarchiveArticle",
  tag,
  summary: "Unarchive an article",
  description: "409 reference_taken when an active article took its reference meanwhile. Idempotent.",
  permission: "articles.write",
  params: idParams,
  response: articleResource,
  errors: [404, 409],
});

export const articlesEndpoints = [
  listArticlesEndpoint,
  createArticleEndpoint,
  getArticleEndpoint,
  updateArticleEndpoint,
  deleteArticleEndpoint,
  archiveArticleEndpoint,
  unarchiveArticleEndpoint,
];
