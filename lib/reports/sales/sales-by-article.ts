import "server-only";
import type { DateRange } from "@/lib/dashboard/dashboard-period";
import { db } from "@/lib/db/prisma";
import { sumDayFigures } from "@/lib/rollups/sum-day-figures";
import type { SalesAmounts } from "./sales-scope";

// Sales by article: each line of the period's documents counts for the catalogue article it was
// made from, with its share of the document's base and VAT (sales-line-shares.ts), negative on
// a credit note. Quantities are summed per unit (an article sold by the hour and, once, as a
// flat fee gives two rows: hours and flat fees do not add up).
//
// Lines without an article cannot be told apart by their description (free text, every one
// different), so they are one row per unit, "Free lines". Deposits are their own row: a deposit
// invoice's lines, the final invoice's lines deducting it (deductedDocumentId) and credit notes
// of a deposit invoice — so a deposit and its deduction cancel out there, and the final
// invoice's articles count in full, once. A deposit row has no quantity (a flat amount).
//
// The database keeps these sums per day (ArticleDaySales, migration
// 20261207132248_article_day_sales: facturo_article_sales_rollup computes each line's share as
// sales-line-shares.ts does, as the document is issued), so a period reads a row per day and
// article-unit, never the documents' lines.

export type SalesArticleGroup =
  { kind: "article"; id: string; name: string; reference: string | null } | { kind: "free" } | { kind: "deposits" };

export type SalesArticleRow = SalesAmounts & {
  group: SalesArticleGroup;
  /** The lines' unit (a standard key or the text typed); null for deposits. */
  unit: string | null;
  /** Sum of the quantities (thousandths), credit notes subtracted; null for deposits. */
  quantityMilli: number | null;
};

type RollupRow = {
  kind: "article" | "free" | "deposits";
  articleId: string;
  unit: string;
  quantity: bigint;
  excl: bigint;
  vat: bigint;
  incl: bigint;
};

/** The rows by article (then free lines per unit, then deposits) and the number of documents. */
export async function salesByArticle(organizationId: string, currency: string, range: DateRange) {
  const [sums, totals] = await Promise.all([
    db.$queryRaw<RollupRow[]>`
      SELECT a."kind", a."articleId", a."unit", sum(a."quantityMilli")::bigint AS "quantity",
        sum(a."exclVatCents")::bigint AS "excl", sum(a."vatCents")::bigint AS "vat", sum(a."inclVatCents")::bigint AS "incl"
      FROM "ArticleDaySales" a
      WHERE a."organizationId" = ${organizationId} AND a."currency" = ${currency}
        AND a."day" BETWEEN CAST(${range.from} AS date) AND CAST(${range.to} AS date)
      GROUP BY 1, 2, 3`,
    sumDayFigures(db, organizationId, currency, range),
  ]);
  const articleIds = [...new Set(sums.filter((row) => row.kind === "article").map((row) => row.articleId))];
  const articles = new Map(
    (
      await db.article.findMany({
        where: { organizationId, id: { in: articleIds } },
        select: { id: true, name: true, reference: true },
      })
    ).map((article) => [article.id, article]),
  );
  const rows: SalesArticleRow[] = sums.map((row) => {
    const amounts = { exclVatCents: Number(row.excl), vatCents: Number(row.vat), inclVatCents: Number(row.incl) };
    if (row.kind === "deposits") return { group: { kind: "deposits" }, unit: null, quantityMilli: null, ...amounts };
    const article = row.kind === "article" ? articles.get(row.articleId) : undefined;
    const group: SalesArticleGroup = article
      ? { kind: "article", id: article.id, name: article.name, reference: article.reference }
      : { kind: "free" };
    return { group, unit: row.unit, quantityMilli: Number(row.quantity), ...amounts };
  });
  return { rows: rows.sort(compareRows), documentCount: totals.salesDocuments };
}

const ORDER = { article: 0, free: 1, deposits: 2 } as const;

function compareRows(a: SalesArticleRow, b: SalesArticleRow): number {
  const kind = ORDER[a.group.kind] - ORDER[b.group.kind];
  if (kind !== 0) return kind;
  if (a.group.kind === "article" && b.group.kind === "article") {
    return (
      b.exclVatCents - a.exclVatCents ||
      a.group.name.localeCompare(b.group.name) ||
      a.group.id.localeCompare(b.group.id) ||
      (a.unit ?? "").localeCompare(b.unit ?? "")
    );
  }
  return b.exclVatCents - a.exclVatCents || (a.unit ?? "").localeCompare(b.unit ?? "");
}
