import "server-only";
import { db } from "@/lib/db/prisma";
import { dateFromCalendar, calendarFromDate } from "@/lib/documents/calendar-date";
import { enqueueJob, wakeWorkers } from "@/lib/jobs/enqueue-job";
import { QUEUES } from "@/lib/jobs/job-definitions";
import { getLogger } from "@/lib/log/logger";
import { localClock } from "./local-clock";

// The daily schedule (the hourly `reminders.tick` job). Each organization with reminders on
// gets one run per LOCAL day, from its send hour in its time zone: the first tick at or after
// that hour inserts the day's ReminderRun — the claim, whose primary key (organization, day)
// two schedulers cannot both insert — and enqueues its `reminders.run` job in the same
// transaction, so a claimed day always has its job and a job always has its claim. A tick
// later that day finds the claim and does nothing. A worker down at the send hour catches up
// at its next tick the same day; a day missed entirely is not replayed, and loses nothing: the
// next run sends each invoice the highest step it has reached.

export type RemindersRunJob = { organizationId: string; runDate: string };

export type TickReport = {
  /** The runs this tick claimed and enqueued. */
  claimed: RemindersRunJob[];
  /** Organizations whose stored time zone this runtime does not know (logged; retrying would not help). */
  badTimeZone: string[];
  /** Organizations whose claim failed (logged; the job fails so that pg-boss retries it). */
  failed: string[];
};

export async function runRemindersTick(now: Date): Promise<TickReport> {
  const enabled = await db.reminderSettings.findMany({
    where: { enabled: true, organization: { disabledAt: null } },
    select: { organizationId: true, sendHour: true, timeZone: true },
    orderBy: { organizationId: "asc" },
  });
  const report: TickReport = { claimed: [], badTimeZone: [], failed: [] };
  const due: RemindersRunJob[] = [];
  for (const settings of enabled) {
    try {
      const clock = localClock(now, settings.timeZone);
      if (clock.hour >= settings.sendHour) due.push({ organizationId: settings.organizationId, runDate: clock.day });
    } catch (error) {
      getLogger().error({ err: error, ...settings }, "reminders: unreadable time zone, organization skipped");
      report.badTimeZone.push(settings.organizationId);
    }
  }
  if (due.length === 0) return report;

  // Most hours every due organization's day is already claimed: one read skips them all.
  const days = [...new Set(due.map((run) => run.runDate))].map(dateFromCalendar);
  const existing = await db.reminderRun.findMany({
    where: { organizationId: { in: due.map((run) => run.organizationId) }, runDate: { in: days } },
    select: { organizationId: true, runDate: true },
  });
  const taken = new Set(existing.map((run) => `${run.organizationId}|${calendarFromDate(run.runDate)}`));

  for (const run of due) {
    if (taken.has(`${run.organizationId}|${run.runDate}`)) continue;
    try {
      const claimed = await db.$transaction(async (tx) => {
        // ON CONFLICT DO NOTHING: another scheduler that claimed the day in between wins, quietly.
        const inserted = await tx.reminderRun.createMany({
          data: [{ organizationId: run.organizationId, runDate: dateFromCalendar(run.runDate) }],
          skipDuplicates: true,
        });
        if (inserted.count === 0) return false;
        await enqueueJob(QUEUES.remindersRun.name, run satisfies RemindersRunJob, { tx });
        return true;
      });
      if (claimed) report.claimed.push(run);
    } catch (error) {
      getLogger().error({ err: error, ...run }, "reminders: could not claim the day's run");
      report.failed.push(run.organizationId);
    }
  }
  if (report.claimed.length > 0) wakeWorkers(QUEUES.remindersRun.name);
  return report;
}
