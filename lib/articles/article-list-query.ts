import { z } from "zod";
import { firstValues, listQuerySchema, type ListQuery } from "@/lib/lists/list-query";
import { isFrenchVatRate } from "@/lib/money/vat-rates";
import { ARTICLE_KINDS, type ArticleKind } from "./article-schema";

// The articles list's URL (?q=&kind=&status=&vat=&sort=&dir=&page=): the page, the CSV
// export and the tests all read it with this schema. Bad values fall back to defaults.

export const articleSorts = ["name", "reference", "unitPrice", "createdAt"] as const;
export type ArticleSort = (typeof articleSorts)[number];

export const articleStatuses = ["active", "archived", "all"] as const;
export type ArticleStatus = (typeof articleStatuses)[number];

const emptyToUndefined = (value: unknown) => (value === "" ? undefined : value);

export const articleListQuery = listQuerySchema(articleSorts, { sort: "name", dir: "asc" }).extend({
  kind: z.preprocess(emptyToUndefined, z.enum(ARTICLE_KINDS).optional()).catch(undefined),
  status: z.enum(articleStatuses).catch("active").default("active"),
  vat: z
    .preprocess(
      emptyToUndefined,
      z
        .string()
        .regex(/^\d{1,5}$/)
        .transform(Number)
        .refine(isFrenchVatRate)
        .optional(),
    )
    .catch(undefined),
});

export type ArticleListQuery = ListQuery<ArticleSort> & {
  kind?: ArticleKind;
  status: ArticleStatus;
  vat?: number;
};

/** Next.js searchParams (or an already parsed query) → a complete, safe query. */
export function parseArticleListQuery(params: Record<string, unknown>): ArticleListQuery {
  const strings = firstValues(
    Object.fromEntries(
      Object.entries(params).map(([key, value]) => [key, typeof value === "number" ? String(value) : value]),
    ) as Record<string, string | string[] | undefined>,
  );
  return articleListQuery.parse(strings);
}

/** The query back as URL parameters, defaults left out (for links and the export URL). */
export function articleListParams(query: ArticleListQuery): Record<string, string> {
  const params: Record<string, string> = {};
  if (query.q) params.q = query.q;
  if (query.kind) params.kind = query.kind;
  if (query.status !== "active") params.status = query.status;
  if (query.vat !== undefined) params.vat = String(query.vat);
  if (query.sort !== "name") params.sort = query.sort;
  if (query.dir !== "asc") params.dir = query.dir;
  return params;
}
