import "server-only";
import { assertCan } from "@/lib/auth/access/assert-can";
import type { MemberContext } from "@/lib/auth/access/require-member";
import { db } from "@/lib/db/prisma";
import { calendarFromDate } from "@/lib/documents/calendar-date";
import type { ReminderSettingsValues } from "./reminder-settings-schema";
import { reminderSettingsSelect, settingsValues } from "./read-reminder-settings";

export type ReminderSettingsView = ReminderSettingsValues & {
  /** The organization saved its own settings (otherwise these are the defaults). */
  saved: boolean;
  /** The latest day the daily schedule ran (null: never yet). */
  lastRun: { day: string; sentCount: number; finished: boolean } | null;
};

/** The acting organization's reminder settings (organization.read: every role sees them; owners and admins change them). */
export async function getReminderSettings(member: MemberContext): Promise<ReminderSettingsView> {
  assertCan(member, "organization.read");
  const [row, run] = await Promise.all([
    db.reminderSettings.findUnique({
      where: { organizationId: member.organizationId },
      select: reminderSettingsSelect,
    }),
    db.reminderRun.findFirst({
      where: { organizationId: member.organizationId },
      orderBy: { runDate: "desc" },
      select: { runDate: true, sentCount: true, finishedAt: true },
    }),
  ]);
  return {
    ...settingsValues(row),
    saved: row !== null,
    lastRun: run
      ? { day: calendarFromDate(run.runDate), sentCount: run.sentCount, finished: run.finishedAt !== null }
      : null,
  };
}
