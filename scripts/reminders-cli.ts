/**
 * Payment reminders now, by hand: `npm run reminders`. The daily schedule is the job queue's
 * (the hourly reminders.tick runs each organization's reminders from its send hour, in its
 * time zone: Settings → Reminders); this runs them at once, e.g. to catch up after an outage.
 *
 *   tsx scripts/reminders.ts [--now <YYYY-MM-DD | ISO instant>]   (npm run reminders -- --now …)
 *
 * For every organization that is not disabled and has automatic reminders on (Settings →
 * Reminders; organizations that never saved them have them off, REMINDER_DAYS only being the
 * steps their settings start with), every issued invoice or deposit invoice with a balance due
 * past its due date gets a reminder for the highest of the organization's steps it has reached,
 * unless that step (or a higher one) was already sent, with the organization's texts; clients
 * without an email address are skipped and reported. Prints a summary per organization. Exit
 * code 0 when every due reminder was sent or skipped for a reason; 1 when one could not be
 * sent (nothing was recorded, the next run tries again) or on any unexpected failure. Safe to
 * run twice at once, or beside the daily run: a step is claimed by a unique row. `--now` runs
 * as of another day: a date is that day for every organization, an instant is each one's
 * local day at that instant (default: now).
 */
import { openAdapter } from "@/lib/db/adapter";
import { databaseTarget } from "@/lib/db/database-target";
import { closeDb, installDb } from "@/lib/db/prisma";
import { isCalendarDate } from "@/lib/documents/calendar-date";
import { EnvError, getEnv } from "@/lib/env/env";
import { QUEUES } from "@/lib/jobs/job-definitions";
import { jobHandlers } from "@/lib/jobs/job-handlers";
import { runQueuedJobs } from "@/lib/jobs/run-queued-jobs";
import { sendRemindersNow, type RemindersNowReport } from "@/lib/reminders/send-reminders-now";

class CliError extends Error {}

const HELP = `Usage: npm run reminders [-- --now <YYYY-MM-DD | ISO instant>]

Sends now the payment reminders due in every organization that has automatic reminders on
(Settings → Reminders), with its own steps and texts, whatever its send hour. The daily
schedule is the job queue's (the hourly reminders.tick, worked by npm run worker, or by the
app itself on the embedded database); this is for manual runs and catching up. Reminders already sent are never sent again.

  --now YYYY-MM-DD   run as of that day (for every organization)
  --now <instant>    run as of each organization's local day at that instant
  --help             this text`;

function parseNow(argv: string[]): { instant: Date } | { day: string } {
  const index = argv.indexOf("--now");
  const unknown = argv.filter((arg, position) => arg !== "--now" && !(index >= 0 && position === index + 1));
  if (unknown.length > 0)
    throw new CliError(
      `Unknown argument ${unknown.join(" ")}. Usage: npm run reminders [-- --now <date>] (--help for more)`,
    );
  if (index < 0) return { instant: new Date() };
  const value = argv[index + 1] ?? "";
  if (/^\d{4}-\d{2}-\d{2}$/.test(value) && isCalendarDate(value)) return { day: value };
  const parsed = new Date(value);
  if (/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(parsed.getTime()))
    throw new CliError(`--now needs a date (YYYY-MM-DD) or an ISO instant, got "${value}"`);
  return { instant: parsed };
}

function print(reports: RemindersNowReport[]): void {
  if (reports.length === 0) {
    console.log("No organization has automatic reminders on (Settings → Reminders).");
  }
  for (const report of reports) {
    console.log(
      `Payment reminders of ${report.organizationName} for ${report.today} ` +
        `(steps: ${report.steps.join(", ")} days after the due date)`,
    );
    for (const sent of report.sent) {
      console.log(`  sent     ${sent.number} step ${sent.step} → ${sent.recipients.join(", ")}`);
    }
    for (const skipped of report.skipped) {
      const reason =
        skipped.reason === "no_client_email" ? "the client has no email address" : "already sent by another run";
      console.log(`  skipped  ${skipped.number} step ${skipped.step}: ${reason}`);
    }
    for (const failed of report.failed) {
      console.log(`  FAILED   ${failed.number} step ${failed.step}: ${failed.error}`);
    }
  }
  const all = (pick: (report: RemindersNowReport) => number) => reports.reduce((sum, report) => sum + pick(report), 0);
  const reasons = new Map<string, number>();
  for (const skipped of reports.flatMap((report) => report.skipped))
    reasons.set(skipped.reason, (reasons.get(skipped.reason) ?? 0) + 1);
  const detail = [...reasons].map(([reason, count]) => `${reason}: ${count}`).join(", ");
  console.log(
    `${reports.length} organization(s). Sent ${all((r) => r.sent.length)}, skipped ${all((r) => r.skipped.length)}` +
      `${detail ? ` (${detail})` : ""}, failed ${all((r) => r.failed.length)}; ` +
      `${all((r) => r.upToDate)} overdue invoice(s) already reminded for their step, ${all((r) => r.notYetDue)} not yet at the first step.`,
  );
}

async function main(argv: string[]): Promise<number> {
  if (argv.includes("--help") || argv.includes("-h")) {
    console.log(HELP);
    return 0;
  }
  const now = parseNow(argv);
  const env = getEnv();
  installDb(openAdapter(databaseTarget(env)));
  try {
    const reports = await sendRemindersNow(now);
    print(reports);
    // The reminders are queued emails: deliver them now rather than leave them to a worker
    // (with the embedded database no app may run beside this command, so none would). Beside
    // running workers on PostgreSQL this takes its share of the queue like one of them.
    const delivery = await runQueuedJobs(jobHandlers, { names: [QUEUES.emailSend.name] });
    console.log(
      `Emails delivered now: ${delivery.completed}; failed (retried later by the workers): ${delivery.failed}.`,
    );
    return reports.some((report) => report.failed.length > 0) || delivery.failed > 0 ? 1 : 0;
  } finally {
    await closeDb();
  }
}

try {
  // Exit through exitCode, not process.exit(): PGlite must finish closing its data directory.
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  if (error instanceof EnvError || error instanceof CliError) console.error(`reminders: ${error.message}`);
  else console.error(error);
  process.exitCode = 1;
}
