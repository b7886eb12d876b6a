import "server-only";
import { calendarFromDate, dateFromCalendar } from "@/lib/documents/calendar-date";
import type { Prisma } from "@/lib/generated/prisma/client";
import { nextOccurrence, occurrencesFrom, type RecurrenceRule } from "./recurrence";
import { recurringProfileNotFound, recurringRecipientsNotClient } from "./recurring-errors";
import { recurringProfileIdInput } from "./recurring-profile-schema";
import type { RecurringStatusValue, SavedRecurringProfile } from "./recurring-types";

// What the recurring profile functions share: reading a profile's rule from its row, locking
// a profile of the organization, the recipients check and the next period to generate.

export const ruleSelect = {
  frequency: true,
  interval: true,
  dayOfMonth: true,
  lastDayOfMonth: true,
  startDate: true,
  endKind: true,
  endAfterCount: true,
  endDate: true,
} as const satisfies Prisma.RecurringProfileSelect;

type RuleRow = Prisma.RecurringProfileGetPayload<{ select: typeof ruleSelect }>;

/** The calendar rule of a stored profile. */
export function ruleOf(row: RuleRow): RecurrenceRule {
  return {
    frequency: row.frequency,
    interval: row.interval,
    dayOfMonth: row.dayOfMonth,
    lastDayOfMonth: row.lastDayOfMonth,
    startDate: calendarFromDate(row.startDate),
    endKind: row.endKind,
    endAfterCount: row.endAfterCount,
    endDate: row.endDate ? calendarFromDate(row.endDate) : null,
  };
}

/** The columns of a parsed rule ("YYYY-MM-DD" → DATE). */
export function ruleColumns(rule: RecurrenceRule) {
  return {
    frequency: rule.frequency,
    interval: rule.interval,
    dayOfMonth: rule.dayOfMonth,
    lastDayOfMonth: rule.lastDayOfMonth,
    startDate: dateFromCalendar(rule.startDate),
    endKind: rule.endKind,
    endAfterCount: rule.endAfterCount,
    endDate: rule.endDate ? dateFromCalendar(rule.endDate) : null,
  };
}

/** A profile id from a URL or a form; one that cannot be an id is "not found". */
export function parseProfileId(raw: unknown): string {
  const id = recurringProfileIdInput.safeParse(raw);
  if (!id.success) throw recurringProfileNotFound();
  return id.data;
}

/**
 * Locks a profile of the organization for the caller's transaction (FOR UPDATE: a run, an
 * update and a pause of the same profile happen one after the other). False when it does not
 * exist in this organization.
 */
export async function lockProfile(tx: Prisma.TransactionClient, organizationId: string, id: string): Promise<boolean> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "RecurringProfile" WHERE "id" = ${id} AND "organizationId" = ${organizationId} FOR UPDATE`;
  return rows.length === 1;
}

/**
 * The recipients as the client's own addresses (compared without regard to case, written as
 * the client's record has them); anything else is the field error "recipient_not_client".
 */
export function clientRecipients(requested: readonly string[], clientEmails: readonly string[]): string[] {
  const known = new Map(clientEmails.map((email) => [email.toLowerCase(), email]));
  const unknown = requested.flatMap((email, index) => (known.has(email.toLowerCase()) ? [] : [index]));
  if (unknown.length > 0) throw recurringRecipientsNotClient(unknown);
  return [...new Set(requested.map((email) => known.get(email.toLowerCase())!))];
}

/** True when every recipient is still one of the client's addresses. */
export function recipientsAreClients(recipients: readonly string[], clientEmails: readonly string[]): boolean {
  const known = new Set(clientEmails.map((email) => email.toLowerCase()));
  return recipients.every((email) => known.has(email.toLowerCase()));
}

/**
 * The next period to generate: the first occurrence after the last period already claimed
 * (a period is never generated twice), on or after `notBefore` when given (resuming skips
 * the periods of the pause). Null when the rule has ended.
 */
export function nextPeriod(rule: RecurrenceRule, lastClaimed: string | null, notBefore: string | null): string | null {
  const afterClaimed = lastClaimed
    ? nextOccurrence(rule, lastClaimed)
    : (occurrencesFrom(rule, rule.startDate, 1)[0] ?? null);
  if (afterClaimed === null || notBefore === null || afterClaimed >= notBefore) return afterClaimed;
  return occurrencesFrom(rule, notBefore, 1)[0] ?? null;
}

/** The latest period claimed by a run of the profile, "YYYY-MM-DD", or null. */
export async function lastClaimedPeriod(tx: Prisma.TransactionClient, organizationId: string, profileId: string) {
  const last = await tx.recurringRun.findFirst({
    where: { organizationId, profileId },
    orderBy: { periodDate: "desc" },
    select: { periodDate: true },
  });
  return last ? calendarFromDate(last.periodDate) : null;
}

export const savedProfileSelect = { id: true, status: true, nextDate: true, updatedAt: true } as const;

export function savedProfile(row: {
  id: string;
  status: RecurringStatusValue;
  nextDate: Date | null;
  updatedAt: Date;
}): SavedRecurringProfile {
  return {
    id: row.id,
    status: row.status,
    nextDate: row.nextDate ? calendarFromDate(row.nextDate) : null,
    updatedAt: row.updatedAt.toISOString(),
  };
}
