import { dateLiteral } from "@/lib/documents/lists/find-document-page";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * Quotes whose display status is SENT on `today` (sent, not answered, not expired: valid until
 * today or later, or without an end), on "Document" d, written with literals only: the
 * predicate of the partial index Document_sent_quotes_idx (prisma/schema.prisma) word for word,
 * so PostgreSQL proves the index applies whatever the plan (a bound parameter would not let a
 * generic plan use it). Equivalent to statusCondition("SENT", …) — the to-do and key figures
 * tests compare with the rows' display status.
 */
export function sentQuoteSql(today: string): Prisma.Sql {
  return Prisma.raw(
    `d."type" = 'QUOTE'::"DocumentType" AND d."status" = 'SENT'::"DocumentStatus" ` +
      `AND (d."validUntil" >= ${dateLiteral(today)} OR d."validUntil" IS NULL)`,
  );
}
