import "server-only";
import { recordAudit, type RequestMeta } from "@/lib/audit/record-audit";
import { assertCan } from "@/lib/auth/access/assert-can";
import type { MemberContext } from "@/lib/auth/access/require-member";
import { db } from "@/lib/db/prisma";
import { parseInput } from "@/lib/errors/validation";
import { getNumberingFormats, type NumberingFormats } from "./get-numbering-formats";
import { documentTypes, numberingFormatsInput } from "./numbering";

/** Saves the four number formats at once (a row per document type), audited with what changed. */
export async function updateNumberingFormats(
  member: MemberContext,
  rawInput: unknown,
  meta: RequestMeta,
): Promise<NumberingFormats> {
  assertCan(member, "organization.update");
  const input = parseInput(numberingFormatsInput, rawInput);
  const organizationId = member.organizationId;
  const before = await getNumberingFormats(member);
  const changed = documentTypes.filter((type) => JSON.stringify(before[type]) !== JSON.stringify(input[type]));
  await db.$transaction(async (tx) => {
    for (const documentType of documentTypes) {
      const format = input[documentType];
      await tx.numberingFormat.upsert({
        where: { organizationId_documentType: { organizationId, documentType } },
        create: { organizationId, documentType, ...format },
        update: format,
      });
    }
    if (changed.length === 0) return;
    await recordAudit(tx, {
      action: "organization.numbering_updated",
      organizationId,
      actorId: member.userId,
      targetType: "NumberingFormat",
      targetId: organizationId,
      ip: meta.ip,
      userAgent: meta.userAgent,
      metadata: { changed, before: pick(before, changed), after: pick(input, changed) },
    });
  });
  return { ...input };
}

function pick(formats: NumberingFormats, types: readonly (keyof NumberingFormats)[]) {
  return Object.fromEntries(types.map((type) => [type, formats[type]]));
}
