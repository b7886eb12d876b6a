import "server-only";
import { assertCan } from "@/lib/auth/access/assert-can";
import type { MemberContext } from "@/lib/auth/access/require-member";
import { exportTooLarge } from "@/lib/csv/csv-errors";
import { MAX_EXPORT_ROWS } from "@/lib/csv/csv-limits";
import { csvFileName, csvSeparatorFor, toCsv } from "@/lib/csv/write-csv";
import { db } from "@/lib/db/prisma";
import type { Locale } from "@/lib/i18n/locales";
import { articleCsvCells, articleCsvFields, articleCsvLabel } from "./article-csv-columns";
import { articleListOrder, articleListWhere } from "./article-list-filter";
import { parseArticleListQuery } from "./article-list-query";

export type CsvExport = { fileName: string; content: string; rowCount: number };

/**
 * The articles list as a CSV file: the same search, filters and sort as the page (every
 * page, not just the one shown), in the user's language and separator. Needs only
 * articles.read — it holds nothing the list does not show (exports.read is for the
 * accounting exports, which MEMBER must not get).
 */
export async function exportArticlesCsv(
  member: MemberContext,
  params: Record<string, unknown>,
  locale: Locale,
  now = new Date(),
): Promise<CsvExport> {
  assertCan(member, "articles.read");
  const query = parseArticleListQuery(params);
  const where = articleListWhere(member.organizationId, query);
  const rows = await db.article.findMany({
    where,
    orderBy: articleListOrder(query),
    take: MAX_EXPORT_ROWS + 1,
    select: {
      reference: true,
      name: true,
      description: true,
      unit: true,
      unitPriceCents: true,
      vatRateBps: true,
      kind: true,
    },
  });
  if (rows.length > MAX_EXPORT_ROWS) throw exportTooLarge();
  const header = articleCsvFields.map((field) => articleCsvLabel(field, locale));
  const cells = rows.map((row) => {
    const byField = articleCsvCells(row, locale);
    return articleCsvFields.map((field) => byField[field]);
  });
  return {
    fileName: csvFileName("articles", now),
    content: toCsv(header, cells, csvSeparatorFor(locale)),
    rowCount: rows.length,
  };
}
