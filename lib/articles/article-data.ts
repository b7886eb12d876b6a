import { toSearchText } from "@/lib/text/search-text";
import type { ArticleInput } from "./article-schema";

// Pure: validated input → the columns of an Article row. Every write (form, import) goes
// through here, so searchText never disagrees with the fields it comes from.

/** The columns an update writes (everything but the organization). */
export function articleWriteData(input: ArticleInput) {
  return {
    name: input.name,
    description: input.description,
    unit: input.unit,
    unitPriceCents: input.unitPrice,
    vatRateBps: input.vatRate,
    reference: input.reference,
    kind: input.kind,
    searchText: articleSearchText(input),
  };
}

/** A row for `article.create` / `article.createMany`, in the given organization. */
export function buildArticleData(input: ArticleInput, organizationId: string) {
  return { organizationId, ...articleWriteData(input) };
}

export function articleSearchText(article: { name: string; reference: string | null; description: string | null }) {
  return toSearchText(article.name, article.reference, article.description);
}
