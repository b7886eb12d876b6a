import { z } from "zod";
import type { ArticleDetail } from "@/lib/articles/article-detail";
import { ARTICLE_KINDS, articleLimits, type ArticleRawInput } from "@/lib/articles/article-schema";
import { ARTICLE_UNITS } from "@/lib/articles/article-units";
import type { ArticleListItem } from "@/lib/articles/list-articles";
import { centsToDecimalString } from "@/lib/money/format-money";
import { FRENCH_VAT_RATES_BPS } from "@/lib/money/vat-rates";

// The wire shape of articles in /api/v1: money in cents and VAT in basis points where the form
// types euros and a rate. The rules (trimming, units, price range, reference unique among
// active articles) stay in lib/articles/article-schema.ts, which createArticle/updateArticle
// apply to what toArticleRawInput gives them.

const articleFieldShape = {
  name: z.string().max(articleLimits.name),
  description: z.string().max(articleLimits.description).nullable(),
  unit: z
    .string()
    .max(articleLimits.unit)
    .describe(`A standard unit (${ARTICLE_UNITS.join(", ")}; French and English names are recognised) or free text.`),
  unitPriceCents: z.int().describe("Price of one unit excluding VAT, in cents."),
  vatRateBps: z.literal([...FRENCH_VAT_RATES_BPS]).describe("Basis points: 2000 = 20 %."),
  reference: z
    .string()
    .max(articleLimits.reference)
    .nullable()
    .describe("Unique among active articles, compared without case."),
  kind: z.enum(ARTICLE_KINDS).describe("SERVICE when absent on creation."),
};

/** The API's field names for the domain's (unitPrice → unitPriceCents, vatRate → vatRateBps). */
export const articleApiFieldNames: Record<string, string> = { unitPrice: "unitPriceCents", vatRate: "vatRateBps" };

/** POST /articles: name, unit, price and VAT rate are required. */
export const articleCreateBody = z.strictObject({
  ...articleFieldShape,
  description: articleFieldShape.description.optional(),
  reference: articleFieldShape.reference.optional(),
  kind: articleFieldShape.kind.optional(),
});

/** PATCH /articles/{id}: the fields to change; the others keep their value. */
export const articlePatchBody = articleCreateBody.partial();

const isoDateTime = z.iso.datetime();

export const articleResource = z.strictObject({
  id: z.string(),
  ...articleFieldShape,
  vatRateBps: z.int().describe("Basis points: 2000 = 20 %."),
  archivedAt: isoDateTime.nullable().describe("Archived: kept for the documents using it, hidden from new ones."),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});

export const articleListItemResource = z.strictObject({
  id: z.string(),
  name: z.string(),
  reference: z.string().nullable(),
  unit: z.string(),
  unitPriceCents: z.int(),
  vatRateBps: z.int(),
  kind: z.enum(ARTICLE_KINDS),
  archivedAt: isoDateTime.nullable(),
  createdAt: isoDateTime,
});

type ArticleBody = z.output<typeof articleCreateBody>;

/** The API's fields → what the article form sends (euros as text, the rate in basis points). */
export function toArticleRawInput(fields: ArticleBody): ArticleRawInput {
  return {
    name: fields.name,
    description: fields.description ?? null,
    unit: fields.unit,
    unitPrice: centsToDecimalString(fields.unitPriceCents),
    vatRate: fields.vatRateBps,
    reference: fields.reference ?? null,
    kind: fields.kind ?? null,
  };
}

/** A stored article with a PATCH's fields over it (a field the PATCH leaves out keeps its value). */
export function patchedArticleFields(article: ArticleDetail, patch: z.output<typeof articlePatchBody>): ArticleBody {
  const stored: ArticleBody = {
    name: article.name,
    description: article.description,
    unit: article.unit,
    unitPriceCents: article.unitPriceCents,
    vatRateBps: article.vatRateBps as ArticleBody["vatRateBps"],
    reference: article.reference,
    kind: article.kind,
  };
  const given = Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined));
  return { ...stored, ...given };
}

export function toArticleResource(article: ArticleDetail): z.input<typeof articleResource> {
  return {
    ...article,
    archivedAt: article.archivedAt?.toISOString() ?? null,
    createdAt: article.createdAt.toISOString(),
    updatedAt: article.updatedAt.toISOString(),
  };
}

export function toArticleListItem(item: ArticleListItem): z.input<typeof articleListItemResource> {
  return { ...item, archivedAt: item.archivedAt?.toISOString() ?? null, createdAt: item.createdAt.toISOString() };
}
