import "server-only";
import { db } from "@/lib/db/prisma";
import { calendarFromDate } from "@/lib/documents/calendar-date";
import type { SellerSnapshot } from "@/lib/documents/document-snapshots";
import { balanceCents } from "@/lib/documents/document-status";
import { deliverDocument } from "@/lib/sending/deliver-document";
import { defaultSendTexts } from "@/lib/sending/sending-texts";
import { isAppError } from "@/lib/errors/app-error";
import { getLogger } from "@/lib/log/logger";
import { findDueReminders, type DueReminder } from "./find-due-reminders";

// `npm run reminders` (scripts/reminders.ts), for a cron: sends every reminder due at `now`
// (findDueReminders), one after the other, each to all of its client's current addresses
// with the reminder texts in the invoice's language, its PDF and a link of its own. The
// claim is the DocumentSend row of (invoice, step), unique in the database: when two runs
// overlap, the second one's insert fails and it counts the reminder as already sent.

export type SkipReason = "no_client_email" | "already_sent";

export type ReminderRunReport = {
  today: string;
  sent: { documentId: string; number: string; organizationName: string; step: number; recipients: string[] }[];
  skipped: { documentId: string; number: string; organizationName: string; step: number; reason: SkipReason }[];
  /** The email could not go (nothing recorded: the next run tries again) or anything unexpected. */
  failed: { documentId: string; number: string; organizationName: string; step: number; error: string }[];
  /** Overdue invoices whose current step was sent before this run. */
  upToDate: number;
  /** Overdue invoices not yet at the first step. */
  notYetDue: number;
};

export async function sendDueReminders(options: { now: Date; steps: readonly number[] }): Promise<ReminderRunReport> {
  const scan = await findDueReminders(options.now, options.steps);
  const report: ReminderRunReport = {
    today: scan.today,
    sent: [],
    skipped: [],
    failed: [],
    upToDate: scan.alreadySent,
    notYetDue: scan.beforeFirstStep,
  };
  for (const reminder of scan.due) {
    const about = {
      documentId: reminder.documentId,
      number: reminder.number,
      organizationName: reminder.organizationName,
      step: reminder.step,
    };
    if (reminder.clientEmails.length === 0) {
      report.skipped.push({ ...about, reason: "no_client_email" });
      continue;
    }
    try {
      const delivered = await sendReminder(reminder);
      report.sent.push({ ...about, recipients: delivered.recipients });
    } catch (error) {
      if (isAppError(error) && error.code === "reminder_already_sent") {
        report.skipped.push({ ...about, reason: "already_sent" });
        continue;
      }
      getLogger().error({ err: error, ...about }, "payment reminder failed");
      report.failed.push({ ...about, error: error instanceof Error ? error.message : String(error) });
    }
  }
  return report;
}

async function sendReminder(reminder: DueReminder) {
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
  const texts = defaultSendTexts("REMINDER", {
    type: document.type,
    language: document.language,
    number: document.number,
    sellerName: seller?.tradeName || seller?.legalName || reminder.organizationName,
    totalInclVatCents: document.totalInclVatCents,
    currency: document.currency,
    balanceCents: balanceCents(document),
    dueDate: document.dueDate ? calendarFromDate(document.dueDate) : null,
    validUntil: null,
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
    meta: { ip: null, userAgent: "npm run reminders" },
  });
}
