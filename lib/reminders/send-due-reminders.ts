import "server-only";
import { db } from "@/lib/db/prisma";
import { calendarFromDate } from "@/lib/documents/calendar-date";
import type { SellerSnapshot } from "@/lib/documents/document-snapshots";
import { balanceCents } from "@/lib/documents/document-status";
import { deliverDocument } from "@/lib/sending/deliver-document";
import { isAppError } from "@/lib/errors/app-error";
import { getLogger } from "@/lib/log/logger";
import { findDueReminders, type DueReminder } from "./find-due-reminders";
import { reminderTexts, type ReminderTexts } from "./reminder-texts";

// One organization's reminders for one of its local days (the daily reminders.run job and
// `npm run reminders` both come here): every reminder due then (findDueReminders, with the
// organization's steps), one after the other, each to all of its client's current addresses
// with the organization's text in the invoice's language (else the built-in one), its PDF and
// a link of its own. The claim is the DocumentSend row of (invoice, step), unique in the
// database: when two runs overlap, the second one's insert fails and it counts the reminder
// as already sent — so running a day again never sends a reminder twice.

export type SkipReason = "no_client_email" | "already_sent";

type About = { documentId: string; number: string; step: number };

export type ReminderRunReport = {
  organizationId: string;
  today: string;
  sent: (About & { recipients: string[] })[];
  skipped: (About & { reason: SkipReason })[];
  /** The email could not go (nothing recorded: the next run tries again) or anything unexpected. */
  failed: (About & { error: string })[];
  /** Overdue invoices whose current step was sent before this run. */
  upToDate: number;
  /** Overdue invoices not yet at the first step. */
  notYetDue: number;
};

export type ReminderPlan = {
  organizationId: string;
  /** "YYYY-MM-DD": the organization's local day the reminders are for. */
  today: string;
  steps: readonly number[];
  texts: ReminderTexts;
  /** Who runs it, for the audit trail ("reminders.run", "npm run reminders"). */
  userAgent: string;
};

export async function sendDueReminders(plan: ReminderPlan): Promise<ReminderRunReport> {
  const scan = await findDueReminders({ organizationId: plan.organizationId, today: plan.today, steps: plan.steps });
  const report: ReminderRunReport = {
    organizationId: plan.organizationId,
    today: scan.today,
    sent: [],
    skipped: [],
    failed: [],
    upToDate: scan.alreadySent,
    notYetDue: scan.beforeFirstStep,
  };
  for (const reminder of scan.due) {
    const about = { documentId: reminder.documentId, number: reminder.number, step: reminder.step };
    if (reminder.clientEmails.length === 0) {
      report.skipped.push({ ...about, reason: "no_client_email" });
      continue;
    }
    try {
      const delivered = await sendReminder(reminder, plan);
      report.sent.push({ ...about, recipients: delivered.recipients });
    } catch (error) {
      if (isAppError(error) && error.code === "reminder_already_sent") {
        report.skipped.push({ ...about, reason: "already_sent" });
        continue;
      }
      getLogger().error({ err: error, organizationId: plan.organizationId, ...about }, "payment reminder failed");
      report.failed.push({ ...about, error: error instanceof Error ? error.message : String(error) });
    }
  }
  return report;
}

async function sendReminder(reminder: DueReminder, plan: ReminderPlan) {
  // The amounts as they are now (a payment may have come in since the scan: then none is sent).
  const document = await db.document.findFirstOrThrow({
    where: { id: reminder.documentId, organizationId: reminder.organizationId },
    select: {
      type: true,
      number: true,
      language: true,
      currency: true,
      dueDate: true,
      totalInclVatCents: true,
      paidCents: true,
      creditedCents: true,
      sellerSnapshot: true,
    },
  });
  const seller = document.sellerSnapshot as SellerSnapshot | null;
  const texts = reminderTexts(plan.texts, {
    type: document.type,
    language: document.language,
    number: document.number ?? reminder.number,
    sellerName: seller?.tradeName || seller?.legalName || reminder.organizationName,
    clientName: reminder.clientName,
    totalInclVatCents: document.totalInclVatCents,
    currency: document.currency,
    balanceCents: balanceCents(document),
    dueDate: document.dueDate ? calendarFromDate(document.dueDate) : null,
  });
  return deliverDocument({
    organizationId: reminder.organizationId,
    documentId: reminder.documentId,
    kind: "REMINDER",
    reminderStep: reminder.step,
    recipients: reminder.clientEmails,
    subject: texts.subject,
    message: texts.message,
    sentById: null,
    meta: { ip: null, userAgent: plan.userAgent },
  });
}
