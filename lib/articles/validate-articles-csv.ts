import "server-only";
import type { CsvRowError } from "@/lib/csv/csv-errors";
import { csvFingerprint } from "@/lib/csv/csv-fingerprint";
import { sortRowErrors } from "@/lib/csv/csv-preview";
import { decodeCsvUpload, type CsvUpload } from "@/lib/csv/decode-csv";
import { mapColumns } from "@/lib/csv/map-columns";
import { readCsv, type CsvSeparator } from "@/lib/csv/read-csv";
import { validateCsvRecords, type ValidCsvRow } from "@/lib/csv/validate-csv-rows";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { Locale } from "@/lib/i18n/locales";
import { articleCsvColumns, articleCsvLabel, articleCsvRawInput } from "./article-csv-columns";
import { articleInput, type ArticleInput } from "./article-schema";

export type ArticlesCsvCheck = {
  fingerprint: string;
  separator: CsvSeparator;
  rowCount: number;
  valid: ValidCsvRow<ArticleInput>[];
  errors: CsvRowError[];
};

type Reader = Pick<PrismaClient, "article"> | Prisma.TransactionClient;

/**
 * The whole check of an articles file, shared by preview and import: decode, parse, map the
 * headers, run articleInput on every row, then the rules that need more than one row —
 * a reference used twice in the file, or already used by an active article.
 */
export async function checkArticlesCsv(
  reader: Reader,
  organizationId: string,
  upload: CsvUpload,
  locale: Locale,
): Promise<ArticlesCsvCheck> {
  const text = decodeCsvUpload(upload);
  const table = readCsv(text);
  const columns = mapColumns(table.header, articleCsvColumns, (field) => articleCsvLabel(field, locale));
  const { valid, errors } = validateCsvRecords({
    records: table.records,
    columns,
    headerLength: table.header.length,
    toRawInput: articleCsvRawInput,
    schema: articleInput,
  });

  const taken = new Set(
    (
      await reader.article.findMany({
        where: { organizationId, archivedAt: null, reference: { not: null } },
        select: { reference: true },
      })
    ).map((row) => row.reference!.toLowerCase()),
  );
  const inFile = new Set<string>();
  const kept: ValidCsvRow<ArticleInput>[] = [];
  for (const row of valid) {
    const reference = row.data.reference?.toLowerCase();
    if (reference && taken.has(reference)) {
      errors.push({ line: row.line, field: "reference", message: "reference_taken" });
    } else if (reference && inFile.has(reference)) {
      errors.push({ line: row.line, field: "reference", message: "reference_duplicate" });
    } else {
      if (reference) inFile.add(reference);
      kept.push(row);
    }
  }
  return {
    fingerprint: csvFingerprint(upload.bytes),
    separator: table.separator,
    rowCount: table.records.length,
    valid: kept,
    errors: sortRowErrors(errors),
  };
}
