import "server-only";
import { recordAudit, type RequestMeta } from "@/lib/audit/record-audit";
import { assertCan } from "@/lib/auth/access/assert-can";
import type { MemberContext } from "@/lib/auth/access/require-member";
import { db } from "@/lib/db/prisma";
import { dateFromCalendar } from "@/lib/documents/calendar-date";
import { withDocumentDbErrors } from "@/lib/documents/document-db-errors";
import { parseInput } from "@/lib/errors/validation";
import { checkedColumns, noOccurrence, ruleOfInput } from "./check-recurring-profile";
import { nextPeriod, savedProfile, savedProfileSelect } from "./recurring-profile-data";
import { recurringProfileInput } from "./recurring-profile-schema";
import type { SavedRecurringProfile } from "./recurring-types";

/**
 * A new ACTIVE profile of the acting organization (documents.write; audited recurring.created),
 * run as its creator. Its first period is the rule's first occurrence on or after the start
 * date — a start date in the past is caught up by the next run, one invoice per period, each
 * issued on the day of the run.
 */
export async function createRecurringProfile(
  member: MemberContext,
  rawInput: unknown,
  meta: RequestMeta,
): Promise<SavedRecurringProfile> {
  assertCan(member, "documents.write");
  const input = parseInput(recurringProfileInput, rawInput);
  const rule = ruleOfInput(input);
  const first = nextPeriod(rule, null, null);
  if (first === null) throw noOccurrence();
  const organizationId = member.organizationId;
  return withDocumentDbErrors(() =>
    db.$transaction(async (tx) => {
      const columns = await checkedColumns(tx, organizationId, input, rawInput, { allowArchivedClient: false });
      const created = await tx.recurringProfile.create({
        data: {
          organizationId,
          ...columns,
          status: "ACTIVE",
          nextDate: dateFromCalendar(first),
          createdById: member.userId,
        },
        select: savedProfileSelect,
      });
      await recordAudit(tx, {
        action: "recurring.created",
        organizationId,
        actorId: member.userId,
        targetType: "RecurringProfile",
        targetId: created.id,
        ip: meta.ip,
        userAgent: meta.userAgent,
        metadata: { name: input.name, clientId: input.clientId, frequency: input.frequency, mode: input.mode },
      });
      return savedProfile(created);
    }),
  );
}
