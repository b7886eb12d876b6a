import "server-only";
import { recordAudit, type RequestMeta } from "@/lib/audit/record-audit";
import { assertCan } from "@/lib/auth/access/assert-can";
import type { MemberContext } from "@/lib/auth/access/require-member";
import { db } from "@/lib/db/prisma";
import { calendarFromDate, dateFromCalendar } from "@/lib/documents/calendar-date";
import { withDocumentDbErrors } from "@/lib/documents/document-db-errors";
import { parseInput } from "@/lib/errors/validation";
import { checkedColumns, noOccurrence, ruleOfInput } from "./check-recurring-profile";
import { recurringProfileChanged, recurringProfileNotFound, recurringStatusInvalid } from "./recurring-errors";
import {
  lastClaimedPeriod,
  lockProfile,
  nextPeriod,
  parseProfileId,
  savedProfile,
  savedProfileSelect,
} from "./recurring-profile-data";
import { recurringExpectedVersionInput, recurringProfileInput } from "./recurring-profile-schema";
import type { SavedRecurringProfile } from "./recurring-types";

/**
 * Saves the form over a profile of the acting organization (documents.write; audited
 * recurring.updated). `rawInput` is recurringProfileInput plus `expectedUpdatedAt`, the
 * `updatedAt` the form loaded: a profile changed since (another tab, a run) is CONFLICT
 * "recurring_profile_changed" and nothing is written. An ENDED profile is final
 * ("recurring_status_invalid"). The next period is computed again from the new rule: the first
 * occurrence after the last period already generated (never one twice); an ACTIVE profile
 * whose new rule has no period left ends. The status otherwise stays (a STOPPED profile is
 * fixed here, then resumed).
 */
export async function updateRecurringProfile(
  member: MemberContext,
  rawProfileId: unknown,
  rawInput: unknown,
  meta: RequestMeta,
): Promise<SavedRecurringProfile> {
  assertCan(member, "documents.write");
  const id = parseProfileId(rawProfileId);
  const input = parseInput(recurringProfileInput, rawInput);
  const { expectedUpdatedAt } = parseInput(recurringExpectedVersionInput, rawInput);
  const organizationId = member.organizationId;
  return withDocumentDbErrors(() =>
    db.$transaction(async (tx) => {
      if (!(await lockProfile(tx, organizationId, id))) throw recurringProfileNotFound();
      const current = await tx.recurringProfile.findUniqueOrThrow({
        where: { id },
        select: { status: true, updatedAt: true },
      });
      if (current.updatedAt.getTime() !== expectedUpdatedAt.getTime()) {
        throw recurringProfileChanged(current.updatedAt.toISOString());
      }
      if (current.status === "ENDED") throw recurringStatusInvalid(current.status);
      // An archived client is refused as in a new draft: a profile stopped for it is fixed by
      // choosing another client or restoring this one.
      const columns = await checkedColumns(tx, organizationId, input, rawInput, { allowArchivedClient: false });
      const lastClaimed = await lastClaimedPeriod(tx, organizationId, id);
      const next = nextPeriod(ruleOfInput(input), lastClaimed, null);
      if (next === null && lastClaimed === null) throw noOccurrence();
      const status = current.status === "ACTIVE" && next === null ? "ENDED" : current.status;
      const updated = await tx.recurringProfile.update({
        where: { id },
        data: { ...columns, status, nextDate: next ? dateFromCalendar(next) : null },
        select: savedProfileSelect,
      });
      await recordAudit(tx, {
        action: "recurring.updated",
        organizationId,
        actorId: member.userId,
        targetType: "RecurringProfile",
        targetId: id,
        ip: meta.ip,
        userAgent: meta.userAgent,
        metadata: {
          name: input.name,
          clientId: input.clientId,
          frequency: input.frequency,
          mode: input.mode,
          nextDate: updated.nextDate ? calendarFromDate(updated.nextDate) : null,
          ...(status !== current.status ? { status } : {}),
        },
      });
      return savedProfile(updated);
    }),
  );
}
