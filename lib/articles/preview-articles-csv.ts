import "server-only";
import { assertCan } from "@/lib/auth/access/assert-can";
import type { MemberContext } from "@/lib/auth/access/require-member";
import { PREVIEW_SAMPLE_SIZE } from "@/lib/csv/csv-limits";
import type { CsvPreview } from "@/lib/csv/csv-preview";
import type { CsvUpload } from "@/lib/csv/decode-csv";
import { db } from "@/lib/db/prisma";
import type { Locale } from "@/lib/i18n/locales";
import { formatMoney } from "@/lib/money/format-money";
import { formatVatRate } from "@/lib/money/vat-rates";
import { articleCsvCells, articleCsvFields, articleCsvLabel } from "./article-csv-columns";
import { checkArticlesCsv } from "./validate-articles-csv";

/**
 * Checks an articles file and reports, without writing anything: counts, every error with
 * its line, field and message code, and the first valid rows as they would be saved.
 */
export async function previewArticlesCsv(
  member: MemberContext,
  upload: CsvUpload,
  locale: Locale,
): Promise<CsvPreview> {
  assertCan(member, "articles.write");
  const check = await checkArticlesCsv(db, member.organizationId, upload, locale);
  const invalidLines = new Set(check.errors.map((error) => error.line));
  return {
    fingerprint: check.fingerprint,
    separator: check.separator,
    rowCount: check.rowCount,
    validCount: check.rowCount - invalidLines.size,
    invalidCount: invalidLines.size,
    errors: check.errors,
    columns: articleCsvFields.map((field) => ({ field, label: articleCsvLabel(field, locale) })),
    sample: check.valid.slice(0, PREVIEW_SAMPLE_SIZE).map(({ line, data }) => {
      const article = {
        reference: data.reference,
        name: data.name,
        description: data.description,
        unit: data.unit,
        unitPriceCents: data.unitPrice,
        vatRateBps: data.vatRate,
        kind: data.kind,
      };
      return {
        line,
        values: {
          ...articleCsvCells(article, locale),
          unitPrice: formatMoney(data.unitPrice, locale),
          vatRate: formatVatRate(data.vatRate, locale),
        },
      };
    }),
  };
}
