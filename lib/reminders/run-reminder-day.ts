import "server-only";
import { db } from "@/lib/db/prisma";
import { dateFromCalendar } from "@/lib/documents/calendar-date";
import { getLogger } from "@/lib/log/logger";
import { readReminderSettings } from "./read-reminder-settings";
import type { RemindersRunJob } from "./run-reminders-tick";
import { sendDueReminders, type ReminderRunReport } from "./send-due-reminders";

// One organization's reminders for one local day (the `reminders.run` job the tick enqueued
// with its ReminderRun). A finished run does nothing (a repeated job sends nothing twice); an
// unfinished one — first attempt, or a retry after a reminder could not go — sends what is
// due that day: what earlier attempts sent is skipped by the (invoice, step) claim. The
// settings are read now: reminders turned off since the claim send nothing.

export type ReminderDayOutcome =
  | { status: "finished"; report: ReminderRunReport | null }
  | { status: "retry"; report: ReminderRunReport }
  | { status: "skipped"; reason: "no_claim" | "already_finished" };

export async function runReminderDay(
  run: RemindersRunJob,
  options: { lastAttempt: boolean },
): Promise<ReminderDayOutcome> {
  const key = { organizationId: run.organizationId, runDate: dateFromCalendar(run.runDate) };
  const claim = await db.reminderRun.findUnique({
    where: { organizationId_runDate: key },
    select: { finishedAt: true, organization: { select: { disabledAt: true } } },
  });
  // No claim: the organization was deleted since (its runs go with it).
  if (!claim) return { status: "skipped", reason: "no_claim" };
  if (claim.finishedAt) return { status: "skipped", reason: "already_finished" };

  const settings = await readReminderSettings(run.organizationId);
  if (!settings.enabled || claim.organization.disabledAt) {
    await db.reminderRun.updateMany({ where: { ...key, finishedAt: null }, data: { finishedAt: new Date() } });
    return { status: "finished", report: null };
  }

  const report = await sendDueReminders({
    organizationId: run.organizationId,
    today: run.runDate,
    steps: settings.steps,
    texts: settings.texts,
    userAgent: "reminders.run",
  });
  const retry = report.failed.length > 0 && !options.lastAttempt;
  await db.reminderRun.updateMany({
    where: { ...key, finishedAt: null },
    data: { sentCount: { increment: report.sent.length }, ...(retry ? {} : { finishedAt: new Date() }) },
  });
  if (report.failed.length > 0) {
    getLogger().warn(
      { ...run, failed: report.failed.length, lastAttempt: options.lastAttempt },
      "reminders: some reminders of the day could not be sent",
    );
  }
  return retry ? { status: "retry", report } : { status: "finished", report };
}
