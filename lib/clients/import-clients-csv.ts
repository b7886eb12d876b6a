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
import { buildClientData } from "./client-data";
import { queueClientsCreated } from "@/lib/webhooks/queue-webhook-event";
import { checkClientsCsv } from "./validate-clients-csv";

/**
 * Imports a clients file all or nothing: the file is checked again here (the client is not
 * trusted), one invalid row and nothing is written; rows go in with createMany,
 * INSERT_BATCH_SIZE at a time, in one transaction. One audit entry for the file.
 */
export async function importClientsCsv(
  member: MemberContext,
  upload: CsvUpload,
  locale: Locale,
  meta: RequestMeta,
  options: { fingerprint?: string | null; onProgress?: (done: number, total: number) => void } = {},
): Promise<{ created: number }> {
  assertCan(member, "clients.write");
  if (options.fingerprint && options.fingerprint !== csvFingerprint(upload.bytes)) throw csvFileChanged();
  const check = checkClientsCsv(upload, locale);
  if (check.errors.length > 0) throw csvInvalidRows(check.errors);
  const rows = check.valid.map(({ data }) => omitNulls(buildClientData(data, member.organizationId)));
  return db.$transaction(
    async (tx) => {
      const created: { id: string; name: string }[] = [];
      for (let start = 0; start < rows.length; start += INSERT_BATCH_SIZE) {
        const batch = rows.slice(start, start + INSERT_BATCH_SIZE);
        created.push(...(await tx.client.createManyAndReturn({ data: batch, select: { id: true, name: true } })));
        options.onProgress?.(Math.min(start + INSERT_BATCH_SIZE, rows.length), rows.length);
      }
      // An integration listening for new clients hears of imported ones too.
      await queueClientsCreated(tx, member.organizationId, created);
      await recordAudit(tx, {
        action: "client.imported",
        organizationId: member.organizationId,
        actorId: member.userId,
        targetType: "Client",
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
