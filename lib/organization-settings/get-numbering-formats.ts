import "server-only";
import { assertCan } from "@/lib/auth/access/assert-can";
import type { MemberContext } from "@/lib/auth/access/require-member";
import { db } from "@/lib/db/prisma";
import type { DocumentType } from "@/lib/generated/prisma/enums";
import { defaultNumberingFormats, documentTypes, type NumberingFormat } from "./numbering";

export type NumberingFormats = Record<DocumentType, NumberingFormat>;

/** The acting organization's number formats, the default one for each type never saved. */
export async function getNumberingFormats(member: MemberContext): Promise<NumberingFormats> {
  assertCan(member, "organization.read");
  const rows = await db.numberingFormat.findMany({ where: { organizationId: member.organizationId } });
  const formats = { ...defaultNumberingFormats };
  for (const type of documentTypes) {
    const row = rows.find((candidate) => candidate.documentType === type);
    if (row) {
      formats[type] = {
        prefix: row.prefix,
        includeYear: row.includeYear,
        padding: row.padding,
        yearlyReset: row.yearlyReset,
      };
    }
  }
  return formats;
}
