import "server-only";
import { recordAudit, type RequestMeta } from "@/lib/audit/record-audit";
import { assertCan } from "@/lib/auth/access/assert-can";
import type { MemberContext } from "@/lib/auth/access/require-member";
import { csvFileChanged, csvInvalidRows } from "@/lib/csv/csv-errors";
import { csvFingerprint } from "@/lib/csv/csv-fingerprint";
import { INSERT_BATCH_SIZE } from "@/lib/csv/csv-limits";
import { omitNulls } from "@/lib/csv/omit-nulls";
import type { CsvUpload } from "@/lib/csv/decode-csv";
import { db } from "@/lib/db/prisma";
import type { Locale } from "@/lib/i18n/locales";
import { lockOrganization } from "@/lib/members/organization-lock";
import { buildArticleData } from "./article-data";
import { checkArticlesCsv } from "./validate-articles-csv";

export type CsvImportOptions = {
  /** From the preview: the import refuses a different file. */
  fingerprint?: string | null;
  /** Called after each batch (rows written so far, inside the not yet committed transaction). */
  onProgress?: (done: number, total: number) => void;
};

/**
 * Imports an articles file all or nothing. The file is checked again here, whatever the
 * preview said (the client is not trusted), under the organization lock so that references
 * cannot be taken in between; one invalid row and nothing is written. Rows go in with
 * createMany, INSERT_BATCH_SIZE at a time, in one transaction.
 */
export async function importArticlesCsv(
  member: MemberContext,
  upload: CsvUpload,
  locale: Locale,
  meta: RequestMeta,
  options: CsvImportOptions = {},
): Promise<{ created: number }> {
  assertCan(member, "articles.write");
  if (options.fingerprint && options.fingerprint !== csvFingerprint(upload.bytes)) throw csvFileChanged();
  return db.$transaction(
    async (tx) => {
      await lockOrganization(tx, member.organizationId);
      const check = await checkArticlesCsv(tx, member.organizationId, upload, locale);
      if (check.errors.length > 0) throw csvInvalidRows(check.errors);
      const rows = check.valid.map(({ data }) => omitNulls(buildArticleData(data, member.organizationId)));
      for (let start = 0; start < rows.length; start += INSERT_BATCH_SIZE) {
        await tx.article.createMany({ data: rows.slice(start, start + INSERT_BATCH_SIZE) });
        options.onProgress?.(Math.min(start + INSERT_BATCH_SIZE, rows.length), rows.length);
      }
      await recordAudit(tx, {
        action: "article.imported",
        organizationId: member.organizationId,
        actorId: member.userId,
        targetType: "Article",
        ip: meta.ip,
        userAgent: meta.userAgent,
        metadata: { count: rows.length, file: upload.name.slice(0, 200) },
      });
      return { created: rows.length };
    },
    // 10 000 rows take a few seconds on the embedded database: more than Prisma's 5 s default.
    { maxWait: 10_000, timeout: 120_000 },
  );
}
