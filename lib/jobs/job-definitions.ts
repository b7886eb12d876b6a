// Every queue of Facturo's background work, with its retry policy. pg-boss keeps the jobs in
// the same PostgreSQL (its own schema "pgboss"); these settings are written to its queue table
// by `npm run db:migrate` and by each process that starts the queue.
//
// Retries back off exponentially (pg-boss: retryDelay × 2^attempt, with jitter); a job out of
// retries is copied to the dead-letter queue (JOB_DEAD_LETTERS), where it stays for
// inspection (README "Background work": how to list and retry).

export const JOB_DEAD_LETTERS = "jobs.dead-letters";

export type QueueDefinition = {
  name: string;
  retryLimit: number;
  /** Seconds before the first retry (doubled for each further one when retryBackoff). */
  retryDelay: number;
  retryBackoff: boolean;
  /**
   * A job still active after this long is taken as lost (its worker crashed or hung) and
   * retried. Longer than the job can legitimately take, short enough that a crash costs
   * little: the provider's idempotency key makes the repeat of a send that did go out harmless.
   */
  expireInSeconds: number;
  /** Completed jobs are kept this long (minutes), then deleted by pg-boss's maintenance. */
  retentionMinutes: number;
};

const defaults = { retryBackoff: true, retentionMinutes: 7 * 24 * 60 } as const;

export const QUEUES = {
  /** One queued email (EmailMessage row) to hand to the provider. */
  emailSend: { name: "email.send", retryLimit: 5, retryDelay: 10, expireInSeconds: 120, ...defaults },
  /**
   * "Forgot password" for an address: the request only enqueues this job, whether or not an
   * account exists; the job looks the account up and queues the email (or nothing).
   */
  passwordReset: { name: "auth.password-reset", retryLimit: 3, retryDelay: 10, expireInSeconds: 120, ...defaults },
  /** Hourly: claims the day's reminder run of each organization whose local send hour has come. */
  remindersTick: { name: "reminders.tick", retryLimit: 2, retryDelay: 60, expireInSeconds: 600, ...defaults },
  /** One organization's reminders for one local day (claimed by ReminderRun). */
  remindersRun: { name: "reminders.run", retryLimit: 5, retryDelay: 60, expireInSeconds: 900, ...defaults },
  /** Every 15 minutes: enqueues the recurring profiles that have a period due. */
  recurringTick: { name: "recurring.tick", retryLimit: 2, retryDelay: 60, expireInSeconds: 600, ...defaults },
  /** One profile: generates its due periods, in order, one invoice each (claimed by RecurringRun). */
  recurringRun: { name: "recurring.run", retryLimit: 5, retryDelay: 60, expireInSeconds: 900, ...defaults },
  /**
   * One webhook delivery (WebhookDelivery row) to post. 12 retries from 20 s, doubling: the
   * last is ~23 h after the first attempt (the "about 24 h" of retries), then FAILED. A
   * request times out after 10 s: a job active for 60 s is lost.
   */
  webhooksDeliver: { name: "webhooks.deliver", retryLimit: 12, retryDelay: 20, expireInSeconds: 60, ...defaults },
  /** Daily: queues invoice.overdue for the invoices whose due date has just passed unpaid. */
  webhooksOverdueTick: {
    name: "webhooks.overdue-tick",
    retryLimit: 2,
    retryDelay: 60,
    expireInSeconds: 600,
    ...defaults,
  },
} as const satisfies Record<string, QueueDefinition>;

export type QueueName = (typeof QUEUES)[keyof typeof QUEUES]["name"];

export const QUEUE_LIST: readonly QueueDefinition[] = Object.values(QUEUES);

/** Cron schedules (UTC): the ticks look at each organization's own time zone themselves. */
export const SCHEDULES: readonly { name: QueueName; cron: string }[] = [
  { name: QUEUES.remindersTick.name, cron: "5 * * * *" },
  { name: QUEUES.recurringTick.name, cron: "*/15 * * * *" },
  // 06:10 UTC: the morning in France, a day after the due date has passed everywhere.
  { name: QUEUES.webhooksOverdueTick.name, cron: "10 6 * * *" },
];
