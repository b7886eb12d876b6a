import "server-only";
import { recordAudit, type AuditAction, type RequestMeta } from "@/lib/audit/record-audit";
import { assertCan } from "@/lib/auth/access/assert-can";
import type { MemberContext } from "@/lib/auth/access/require-member";
import { db } from "@/lib/db/prisma";
import { calendarFromDate, dateFromCalendar } from "@/lib/documents/calendar-date";
import { documentClientArchived } from "@/lib/documents/document-errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { localToday } from "./recurrence";
import { recurringProfileNotFound, recurringStatusInvalid } from "./recurring-errors";
import {
  clientRecipients,
  lastClaimedPeriod,
  lockProfile,
  nextPeriod,
  parseProfileId,
  ruleOf,
  ruleSelect,
  savedProfile,
  savedProfileSelect,
} from "./recurring-profile-data";
import type { RecurringStatusValue, SavedRecurringProfile } from "./recurring-types";

// Pausing, resuming and ending a profile of the acting organization (documents.write), each
// under the profile's row lock (a run of the same profile waits, then sees the new status).

const currentSelect = {
  ...ruleSelect,
  status: true,
  nextDate: true,
  recipients: true,
  client: { select: { archivedAt: true, emails: true } },
} as const satisfies Prisma.RecurringProfileSelect;

type Current = Prisma.RecurringProfileGetPayload<{ select: typeof currentSelect }>;

async function changeStatus(
  member: MemberContext,
  rawProfileId: unknown,
  meta: RequestMeta,
  action: AuditAction,
  change: (
    tx: Prisma.TransactionClient,
    current: Current,
    id: string,
  ) => Promise<{ status: RecurringStatusValue; nextDate: string | null }>,
): Promise<SavedRecurringProfile> {
  assertCan(member, "documents.write");
  const id = parseProfileId(rawProfileId);
  const organizationId = member.organizationId;
  return db.$transaction(async (tx) => {
    if (!(await lockProfile(tx, organizationId, id))) throw recurringProfileNotFound();
    const current = await tx.recurringProfile.findUniqueOrThrow({ where: { id }, select: currentSelect });
    const next = await change(tx, current, id);
    const updated = await tx.recurringProfile.update({
      where: { id },
      data: {
        status: next.status,
        stopReason: next.status === "STOPPED" ? undefined : null,
        nextDate: next.nextDate ? dateFromCalendar(next.nextDate) : null,
      },
      select: savedProfileSelect,
    });
    await recordAudit(tx, {
      action,
      organizationId,
      actorId: member.userId,
      targetType: "RecurringProfile",
      targetId: id,
      ip: meta.ip,
      userAgent: meta.userAgent,
      metadata: { from: current.status, to: next.status, nextDate: next.nextDate },
    });
    return savedProfile(updated);
  });
}

const dayOf = (date: Date | null) => (date ? calendarFromDate(date) : null);

/** ACTIVE → PAUSED (audited recurring.paused): no run generates anything until it is resumed. */
export async function pauseRecurringProfile(
  member: MemberContext,
  rawProfileId: unknown,
  meta: RequestMeta,
): Promise<SavedRecurringProfile> {
  return changeStatus(member, rawProfileId, meta, "recurring.paused", async (_tx, current) => {
    if (current.status !== "ACTIVE") throw recurringStatusInvalid(current.status);
    return { status: "PAUSED", nextDate: dayOf(current.nextDate) };
  });
}

/**
 * PAUSED or STOPPED → ACTIVE (audited recurring.resumed), the stop reason cleared. The next
 * period is the first occurrence on or after today (Paris) and after the last one generated:
 * the periods that fell during the pause (or while stopped) are skipped, not caught up — a
 * client is not sent months of invoices at once because the profile was paused. When the
 * rule has no period left, the profile ends instead. The client must still be active and the
 * recipients its addresses (the field errors the form shows), else the next run would stop it
 * again.
 */
export async function resumeRecurringProfile(
  member: MemberContext,
  rawProfileId: unknown,
  meta: RequestMeta,
  now: Date = new Date(),
): Promise<SavedRecurringProfile> {
  const organizationId = member.organizationId;
  return changeStatus(member, rawProfileId, meta, "recurring.resumed", async (tx, current, id) => {
    if (current.status !== "PAUSED" && current.status !== "STOPPED") throw recurringStatusInvalid(current.status);
    if (current.client.archivedAt) throw documentClientArchived();
    clientRecipients(current.recipients, current.client.emails);
    const next = nextPeriod(ruleOf(current), await lastClaimedPeriod(tx, organizationId, id), localToday(now));
    return { status: next === null ? "ENDED" : "ACTIVE", nextDate: next };
  });
}

/** ACTIVE, PAUSED or STOPPED → ENDED (audited recurring.ended): final, no more periods. */
export async function endRecurringProfile(
  member: MemberContext,
  rawProfileId: unknown,
  meta: RequestMeta,
): Promise<SavedRecurringProfile> {
  return changeStatus(member, rawProfileId, meta, "recurring.ended", async (_tx, current) => {
    if (current.status === "ENDED") throw recurringStatusInvalid(current.status);
    return { status: "ENDED", nextDate: null };
  });
}
