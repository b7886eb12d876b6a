import "server-only";
import { AppError } from "@/lib/errors/app-error";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { DocumentType } from "@/lib/generated/prisma/enums";
import {
  defaultNumberingFormats,
  formatDocumentNumber,
  type NumberingFormat,
} from "@/lib/organization-settings/numbering";

// Document numbers: gapless, unique and chronological within a series (Code de commerce
// L441-9: "numéro unique basé sur une séquence chronologique et continue").
//
// One statement takes the next value: INSERT … ON CONFLICT DO UPDATE … RETURNING on the
// series' NumberSequence row. The row lock it takes is held until the calling transaction
// ends, so concurrent issues of one series run one after the other, each sees the value the
// previous one committed, and a transaction that rolls back gives its number back (no gap).
// Nothing ever reads "the highest number + 1".

export type TakenNumber = {
  /** Counter key: the type, plus "-YYYY" when the format restarts every year ("INVOICE-2026"). */
  series: string;
  /** Value of the counter: 1, 2, 3… */
  sequence: number;
  /** What the document shows: "F-2026-00001". */
  number: string;
};

/** The series key of a type for an issue year under a format. */
export function seriesKey(type: DocumentType, year: number, format: Pick<NumberingFormat, "yearlyReset">): string {
  return format.yearlyReset ? `${type}-${year}` : type;
}

/** The organization's format for a type (the default when it never saved one), read in the transaction. */
export async function numberingFormatOf(
  tx: Prisma.TransactionClient,
  organizationId: string,
  type: DocumentType,
): Promise<NumberingFormat> {
  const row = await tx.numberingFormat.findUnique({
    where: { organizationId_documentType: { organizationId, documentType: type } },
    select: { prefix: true, includeYear: true, padding: true, yearlyReset: true },
  });
  return row ?? defaultNumberingFormats[type];
}

export const issueDateBeforeLast = (lastIssueDate: string) =>
  new AppError(
    "CONFLICT",
    "issue_date_before_last",
    `Numbers follow dates: the last document of this series is dated ${lastIssueDate}`,
    { lastIssueDate, fieldErrors: { issueDate: ["issue_date_before_last"] } },
  );

/**
 * Takes the next number of the series of `type` for a document dated `issueDate`
 * ("YYYY-MM-DD"), inside the caller's transaction (which must then store it on the document).
 * Refuses (CONFLICT "issue_date_before_last", details.lastIssueDate) a date earlier than the
 * series' last one, without taking a number.
 */
export async function takeNextNumber(
  tx: Prisma.TransactionClient,
  params: { organizationId: string; type: DocumentType; issueDate: string },
): Promise<TakenNumber> {
  const { organizationId, type, issueDate } = params;
  const year = Number(issueDate.slice(0, 4));
  const format = await numberingFormatOf(tx, organizationId, type);
  const series = seriesKey(type, year, format);
  // The WHERE of DO UPDATE leaves an out-of-order date's row untouched (no number taken) but
  // still locked, so the date read below cannot move before the error is raised.
  const rows = await tx.$queryRaw<{ lastNumber: number }[]>`
    INSERT INTO "NumberSequence" ("organizationId", "series", "lastNumber", "lastIssueDate", "updatedAt")
    VALUES (${organizationId}, ${series}, 1, ${issueDate}::date, now())
    ON CONFLICT ("organizationId", "series") DO UPDATE
      SET "lastNumber" = "NumberSequence"."lastNumber" + 1,
          "lastIssueDate" = GREATEST("NumberSequence"."lastIssueDate", EXCLUDED."lastIssueDate"),
          "updatedAt" = now()
      WHERE "NumberSequence"."lastIssueDate" <= EXCLUDED."lastIssueDate"
    RETURNING "lastNumber"`;
  const taken = rows[0];
  if (!taken) {
    const [last] = await tx.$queryRaw<{ lastIssueDate: string }[]>`
      SELECT "lastIssueDate"::text AS "lastIssueDate" FROM "NumberSequence"
      WHERE "organizationId" = ${organizationId} AND "series" = ${series}`;
    throw issueDateBeforeLast(last?.lastIssueDate ?? issueDate);
  }
  const sequence = Number(taken.lastNumber);
  return { series, sequence, number: formatDocumentNumber(format, year, sequence) };
}
