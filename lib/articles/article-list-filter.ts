import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { escapeLike } from "@/lib/text/escape-like";
import { toSearchText } from "@/lib/text/search-text";
import type { ArticleListQuery } from "./article-list-query";

/** WHERE of the list and of its CSV export: always inside the acting organization. */
export function articleListWhere(organizationId: string, query: ArticleListQuery): Prisma.ArticleWhereInput {
  const search = toSearchText(query.q);
  return {
    organizationId,
    ...(query.status === "active" ? { archivedAt: null } : {}),
    ...(query.status === "archived" ? { archivedAt: { not: null } } : {}),
    ...(query.kind ? { kind: query.kind } : {}),
    ...(query.vat !== undefined ? { vatRateBps: query.vat } : {}),
    // searchText holds the lowercased, accent-free name, reference and description (trigram index).
    ...(search ? { searchText: { contains: escapeLike(search) } } : {}),
  };
}

/** ORDER BY, with the id last so that equal values never make rows jump between pages. */
export function articleListOrder(query: ArticleListQuery): Prisma.ArticleOrderByWithRelationInput[] {
  const dir = query.dir;
  const first: Prisma.ArticleOrderByWithRelationInput =
    query.sort === "unitPrice"
      ? { unitPriceCents: dir }
      : query.sort === "createdAt"
        ? { createdAt: dir }
        : query.sort === "reference"
          ? { reference: { sort: dir, nulls: "last" } }
          : { name: dir };
  return query.sort === "name" ? [first, { id: dir }] : [first, { name: "asc" }, { id: "asc" }];
}
