import type { MemberContext } from "@/lib/auth/access/require-member";
import { db } from "@/lib/db/prisma";
import { createRecurringProfile } from "@/lib/recurring/create-recurring-profile";
import { localToday } from "@/lib/recurring/recurrence";
import type { RecurringProfileRawInput } from "@/lib/recurring/recurring-profile-schema";
import { lineInput } from "../../support/document-factories";
import { testMeta } from "../../support/factories";

// Recurring profiles for the tests, made through createRecurringProfile.

/** "YYYY-MM-01" of the month `monthsBack` months before today's month (Paris). */
export function firstOfMonthBefore(monthsBack: number, now = new Date()): string {
  const [year, month] = localToday(now).split("-").map(Number) as [number, number];
  const date = new Date(Date.UTC(year, month - 1 - monthsBack, 1));
  return date.toISOString().slice(0, 10);
}

/** A monthly profile on the 1st, starting this month (its first period, the 1st, is due). */
export function profileInput(clientId: string, overrides: Partial<RecurringProfileRawInput> = {}) {
  return {
    name: "Maintenance mensuelle",
    clientId,
    frequency: "MONTHLY",
    interval: "1",
    dayOfMonth: "1",
    startDate: firstOfMonthBefore(0),
    endKind: "NEVER",
    mode: "ISSUE",
    lines: [lineInput({ description: "Maintenance du site" })],
    ...overrides,
  } as RecurringProfileRawInput;
}

export async function makeProfile(
  member: MemberContext,
  clientId: string,
  overrides: Partial<RecurringProfileRawInput> = {},
) {
  return createRecurringProfile(member, profileInput(clientId, overrides), testMeta());
}

export async function clientEmails(clientId: string): Promise<string[]> {
  return (await db.client.findUniqueOrThrow({ where: { id: clientId }, select: { emails: true } })).emails;
}

/** Everything a refused call could have written for an organization. */
export async function recurringRows(organizationId: string) {
  const [profiles, runs, documents] = await Promise.all([
    db.recurringProfile.findMany({ where: { organizationId }, orderBy: { id: "asc" } }),
    db.recurringRun.findMany({ where: { organizationId }, orderBy: { id: "asc" } }),
    db.document.count({ where: { organizationId } }),
  ]);
  return { profiles, runs, documents };
}
