import "server-only";
import { Gauge } from "prom-client";
import { databasePoolStats, db } from "@/lib/db/prisma";
import { EmailStatus, WebhookDeliveryStatus } from "@/lib/generated/prisma/enums";
import { JOB_SCHEMA } from "@/lib/jobs/boss-options";
import { jobQueuePoolStats } from "@/lib/jobs/job-queue";
import { getLogger } from "@/lib/log/logger";
import type { AppMetrics } from "./metrics-registry";

// Gauges read at scrape time: what the database says now (emails, jobs, webhook deliveries,
// all processes together) and this process's PostgreSQL pool. Each reading is one GROUP BY
// over a handful of states, bounded in time: a slow or failing one is counted in
// facturo_metrics_collect_errors_total and its gauge left out of that scrape, never a 500 or
// a scrape that hangs as long as the database does.
//
// Only the states that are work or trouble are counted (queued, pending, failed), never the
// delivered history, which grows without end: counting every EmailMessage took 250 ms at
// 500,000 rows on PostgreSQL, its QUEUED and FAILED ones 0.9 ms through the (status,
// createdAt) index. Deliveries over time are the counters' business (rate() of
// facturo_emails_sent_total).

const READING_TIMEOUT_MS = 2_000;

// pg-boss's states, as the label says them. Completed and cancelled jobs are history, not load.
const JOB_STATES: Record<string, string> = {
  created: "queued",
  retry: "retrying",
  active: "running",
  failed: "failed",
};

type Gauges = ReturnType<typeof databaseGauges>;

/** Reads the database and the pool into their gauges (created on the first scrape). */
export async function refreshDatabaseGauges(metrics: AppMetrics): Promise<void> {
  const gauges = databaseGauges(metrics);
  const read = boundedReader(metrics);
  // One after another: on the embedded database they would queue on its one connection anyway.
  await refreshEmails(gauges.emails, read);
  await refreshDeliveries(gauges.deliveries, read);
  await refreshJobs(gauges.jobs, read);
  refreshPool(gauges);
}

type Read = <T>(source: string, reading: () => Promise<T>) => Promise<T | null>;

const EMAIL_STATES = [EmailStatus.QUEUED, EmailStatus.FAILED];
const DELIVERY_STATES = [WebhookDeliveryStatus.PENDING, WebhookDeliveryStatus.FAILED];

async function refreshEmails(gauge: Gauge<"status">, read: Read): Promise<void> {
  const rows = await read("email_messages", () =>
    db.emailMessage.groupBy({ by: ["status"], where: { status: { in: EMAIL_STATES } }, _count: { _all: true } }),
  );
  gauge.reset();
  if (!rows) return;
  for (const status of EMAIL_STATES) gauge.set({ status }, 0);
  for (const row of rows) gauge.set({ status: row.status }, row._count._all);
}

async function refreshDeliveries(gauge: Gauge<"status">, read: Read): Promise<void> {
  const rows = await read("webhook_deliveries", () =>
    db.webhookDelivery.groupBy({ by: ["status"], where: { status: { in: DELIVERY_STATES } }, _count: { _all: true } }),
  );
  gauge.reset();
  if (!rows) return;
  for (const status of DELIVERY_STATES) gauge.set({ status }, 0);
  for (const row of rows) gauge.set({ status: row.status }, row._count._all);
}

async function refreshJobs(gauge: Gauge<"queue" | "state">, read: Read): Promise<void> {
  const rows = await read("jobs", countOpenJobs);
  gauge.reset();
  if (!rows) return;
  // Every queue shows all its states, zeros included: a series that vanishes at 0 leaves an
  // alert such as "failed > 0" without a value to go back to normal with.
  for (const queue of new Set(rows.map((row) => row.queue))) {
    for (const state of Object.values(JOB_STATES)) gauge.set({ queue, state }, 0);
  }
  for (const row of rows) {
    const state = row.state ? JOB_STATES[row.state] : undefined;
    if (state) gauge.set({ queue: row.queue, state }, row.count);
  }
}

/**
 * Open jobs per queue and state, plus one row per queue (null state) so that an idle queue is
 * listed with zeros. pgboss.job is partitioned by queue and only holds jobs not yet archived.
 * pg-boss's own queues (__pgboss__send-it…) are its internals, not our work.
 */
function countOpenJobs(): Promise<{ queue: string; state: string | null; count: number }[]> {
  return db.$queryRawUnsafe(
    `SELECT queue, state, count FROM (
       SELECT name AS queue, state::text AS state, count(*)::int AS count FROM ${JOB_SCHEMA}.job
         WHERE state IN ('created', 'retry', 'active', 'failed') GROUP BY 1, 2
       UNION ALL SELECT name, NULL, 0 FROM ${JOB_SCHEMA}.queue
     ) AS counts WHERE left(queue, 10) <> '__pgboss__'`,
  );
}

function refreshPool(gauges: Gauges): void {
  for (const gauge of [gauges.poolTotal, gauges.poolIdle, gauges.poolWaiting]) gauge.reset();
  // Only PostgreSQL has pools (PGlite is one connection in the process), and only once they
  // are open: Prisma's (queries of the app) and the job queue's own (pg-boss, max 4).
  for (const [pool, stats] of [
    ["prisma", databasePoolStats()],
    ["jobs", jobQueuePoolStats()],
  ] as const) {
    if (!stats) continue;
    gauges.poolTotal.set({ pool }, stats.total);
    gauges.poolIdle.set({ pool }, stats.idle);
    gauges.poolWaiting.set({ pool }, stats.waiting);
  }
}

/** The gauges on the process's registry, registered by the first scrape. */
function databaseGauges(metrics: AppMetrics) {
  const registers = [metrics.registry];
  const gauge = <L extends string>(name: string, help: string, labelNames: readonly L[]): Gauge<L> =>
    (metrics.registry.getSingleMetric(name) as Gauge<L> | undefined) ??
    new Gauge({ name, help, labelNames, registers });
  return {
    emails: gauge(
      "facturo_email_messages",
      "Email messages in the database waiting for their job (QUEUED) or refused for good (FAILED)",
      ["status"] as const,
    ),
    deliveries: gauge(
      "facturo_webhook_deliveries",
      "Webhook deliveries in the database waiting or being retried (PENDING) or given up (FAILED)",
      ["status"] as const,
    ),
    jobs: gauge(
      "facturo_jobs",
      "Jobs in the queue by queue name and state (queued, retrying: waiting for a retry's delay, running, failed)",
      ["queue", "state"] as const,
    ),
    poolTotal: gauge(
      "facturo_db_pool_connections",
      "PostgreSQL connections open in this process's pools (prisma, jobs)",
      ["pool"] as const,
    ),
    poolIdle: gauge("facturo_db_pool_idle_connections", "Open connections of the pool not running a query", [
      "pool",
    ] as const),
    poolWaiting: gauge("facturo_db_pool_waiting_queries", "Queries waiting for a connection of the pool", [
      "pool",
    ] as const),
  };
}

function boundedReader(metrics: AppMetrics): Read {
  return async (source, reading) => {
    let timer: NodeJS.Timeout | undefined;
    try {
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${READING_TIMEOUT_MS} ms`)), READING_TIMEOUT_MS);
      });
      return await Promise.race([reading(), timeout]);
    } catch (error) {
      metrics.collectErrors.inc({ source });
      getLogger().warn({ err: error, source }, "metrics: a scrape-time reading failed; its gauge is left out");
      return null;
    } finally {
      clearTimeout(timer);
    }
  };
}
