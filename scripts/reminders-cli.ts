/**
 * Payment reminders, for a cron (e.g. every morning): `npm run reminders`.
 *
 *   tsx scripts/reminders.ts [--now <YYYY-MM-DD | ISO instant>]   (npm run reminders -- --now …)
 *
 * For every organization that is not disabled, every issued invoice or deposit invoice with a
 * balance due past its due date gets a reminder for the highest step of REMINDER_DAYS
 * (default 7,15,30 days after the due date) it has reached, unless that step (or a higher
 * one) was already sent; clients without an email address are skipped and reported. Prints
 * a summary. Exit code 0 when every due reminder was sent or skipped for a reason; 1 when one
 * could not be sent (the provider refused: nothing was recorded, the next run tries again)
 * or on any unexpected failure. Safe to run twice at once: a step is claimed by a unique row.
 * `--now` runs as of another day (catching up after an outage, tests).
 */
import { openAdapter } from "@/lib/db/adapter";
import { databaseTarget } from "@/lib/db/database-target";
import { closeDb, installDb } from "@/lib/db/prisma";
import { EnvError, getEnv } from "@/lib/env/env";
import { sendDueReminders, type ReminderRunReport } from "@/lib/reminders/send-due-reminders";

class CliError extends Error {}

function parseNow(argv: string[]): Date {
  const index = argv.indexOf("--now");
  const unknown = argv.filter((arg, position) => arg !== "--now" && !(index >= 0 && position === index + 1));
  if (unknown.length > 0) throw new CliError(`Unknown argument ${unknown.join(" ")}. Usage: reminders [--now <date>]`);
  if (index < 0) return new Date();
  const value = argv[index + 1] ?? "";
  // A bare day means noon in Paris-ish terms: clearly that day whatever the time zone.
  const parsed = new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T12:00:00Z` : value);
  if (Number.isNaN(parsed.getTime()))
    throw new CliError(`--now needs a date (YYYY-MM-DD) or an ISO instant, got "${value}"`);
  return parsed;
}

function print(report: ReminderRunReport, steps: readonly number[]): void {
  console.log(`Payment reminders for ${report.today} (steps: ${steps.join(", ")} days after the due date)`);
  for (const sent of report.sent) {
    console.log(
      `  sent     ${sent.number} (${sent.organizationName}) step ${sent.step} → ${sent.recipients.join(", ")}`,
    );
  }
  for (const skipped of report.skipped) {
    const reason =
      skipped.reason === "no_client_email" ? "the client has no email address" : "already sent by another run";
    console.log(`  skipped  ${skipped.number} (${skipped.organizationName}) step ${skipped.step}: ${reason}`);
  }
  for (const failed of report.failed) {
    console.log(`  FAILED   ${failed.number} (${failed.organizationName}) step ${failed.step}: ${failed.error}`);
  }
  const reasons = new Map<string, number>();
  for (const skipped of report.skipped) reasons.set(skipped.reason, (reasons.get(skipped.reason) ?? 0) + 1);
  const detail = [...reasons].map(([reason, count]) => `${reason}: ${count}`).join(", ");
  console.log(
    `Sent ${report.sent.length}, skipped ${report.skipped.length}${detail ? ` (${detail})` : ""}, failed ${report.failed.length}; ` +
      `${report.upToDate} overdue invoice(s) already reminded for their step, ${report.notYetDue} not yet at the first step.`,
  );
}

async function main(argv: string[]): Promise<number> {
  const now = parseNow(argv);
  const env = getEnv();
  installDb(openAdapter(databaseTarget(env)));
  try {
    const report = await sendDueReminders({ now, steps: env.REMINDER_DAYS });
    print(report, env.REMINDER_DAYS);
    return report.failed.length > 0 ? 1 : 0;
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
