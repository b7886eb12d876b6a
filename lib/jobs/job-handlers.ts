import "server-only";
import { sendPasswordReset } from "@/lib/auth/password-reset/send-password-reset";
import { deliverQueuedEmail } from "@/lib/email/deliver-queued-email";
import { remindersRunHandler, remindersTickHandler } from "@/lib/reminders/reminder-jobs";
import { QUEUES } from "./job-definitions";
import { recurringRun, recurringTick } from "./recurring-jobs";
import type { HandlerTable } from "./job-handler";
import { documentEmailReplyTo, recordSendDelivered } from "@/lib/sending/record-send-delivered";
import { deliverWebhookHandler } from "@/lib/webhooks/deliver-webhook";
import { webhooksOverdueTickHandler } from "@/lib/webhooks/queue-overdue-invoice-events";

// What each queue's jobs do: the one table the worker processes, the in-app workers and the
// tests' runQueuedJobs use. Each handler is idempotent: it claims its work in our own tables
// (unique keys), so a job run twice (a worker that died after the work, before pg-boss heard)
// does nothing the second time.
export const jobHandlers: HandlerTable = {
  // lib/email knows nothing of documents: what a delivered document email means for its send
  // (provider id, the invoice's sentAt, the audit) and its Reply-To are composed here.
  [QUEUES.emailSend.name]: (data, job) =>
    deliverQueuedEmail(data, job, { onSent: recordSendDelivered, replyTo: documentEmailReplyTo }),
  [QUEUES.passwordReset.name]: (data, job) => sendPasswordReset(data, job),
  [QUEUES.remindersTick.name]: remindersTickHandler,
  [QUEUES.remindersRun.name]: remindersRunHandler,
  [QUEUES.recurringTick.name]: recurringTick,
  [QUEUES.recurringRun.name]: recurringRun,
  [QUEUES.webhooksDeliver.name]: deliverWebhookHandler,
  [QUEUES.webhooksOverdueTick.name]: webhooksOverdueTickHandler,
};
