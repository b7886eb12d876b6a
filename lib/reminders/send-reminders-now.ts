import "server-only";
import { db } from "@/lib/db/prisma";
import { localClock } from "./local-clock";
import { settingsValues, reminderSettingsSelect } from "./read-reminder-settings";
import { sendDueReminders, type ReminderRunReport } from "./send-due-reminders";

// `npm run reminders` (manual runs, catching up): every organization with reminders on gets
// its reminders now, through the same sendDueReminders as the daily reminders.run job, with
// its own steps and texts, whatever its send hour. It claims no ReminderRun — the day's
// scheduled run may still come, and sends nothing twice: every reminder is claimed by its
// (invoice, step) row. Organizations without settings have reminders off (the schema's
// default); REMINDER_DAYS only gives the steps their settings page starts with.

export type RemindersNowReport = ReminderRunReport & {
  organizationName: string;
  steps: number[];
  timeZone: string;
};

/** `at`: an instant (each organization's local day then) or a calendar day (that day for all). */
export async function sendRemindersNow(at: { instant: Date } | { day: string }): Promise<RemindersNowReport[]> {
  const organizations = await db.reminderSettings.findMany({
    where: { enabled: true, organization: { disabledAt: null } },
    select: { ...reminderSettingsSelect, organizationId: true, organization: { select: { name: true } } },
    orderBy: { organization: { name: "asc" } },
  });
  const reports: RemindersNowReport[] = [];
  for (const row of organizations) {
    const settings = settingsValues(row);
    const today = "day" in at ? at.day : localClock(at.instant, settings.timeZone).day;
    const report = await sendDueReminders({
      organizationId: row.organizationId,
      today,
      steps: settings.steps,
      texts: settings.texts,
      userAgent: "npm run reminders",
    });
    reports.push({
      ...report,
      organizationName: row.organization.name,
      steps: settings.steps,
      timeZone: settings.timeZone,
    });
  }
  return reports;
}
