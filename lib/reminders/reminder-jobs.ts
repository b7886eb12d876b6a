import "server-only";
import { z } from "zod";
import { isCalendarDate } from "@/lib/documents/calendar-date";
import { isLastAttempt, type JobHandler } from "@/lib/jobs/job-handler";
import { runReminderDay } from "./run-reminder-day";
import { runRemindersTick } from "./run-reminders-tick";

// The reminders' two queues (lib/jobs/job-handlers.ts): the hourly tick claims the days that
// have come, each claimed day is one run. Throwing makes pg-boss retry with backoff, which
// is safe here: the tick's claims and the run's (invoice, step) claims make a repeat a no-op.

const runJobData = z.object({
  organizationId: z.string().min(1),
  runDate: z.string().refine(isCalendarDate),
});

export const remindersTickHandler: JobHandler = async () => {
  const report = await runRemindersTick(new Date());
  if (report.failed.length > 0) {
    throw new Error(`reminders.tick: ${report.failed.length} organization(s) could not be scheduled`);
  }
};

export const remindersRunHandler: JobHandler = async (data, job) => {
  const run = runJobData.parse(data);
  const outcome = await runReminderDay(run, { lastAttempt: isLastAttempt(job) });
  if (outcome.status === "retry" || (outcome.status === "finished" && (outcome.report?.failed.length ?? 0) > 0)) {
    // The last attempt recorded the day as finished; failing still dead-letters the job, for a look.
    throw new Error(`reminders.run ${run.organizationId} ${run.runDate}: some reminders could not be sent`);
  }
};
