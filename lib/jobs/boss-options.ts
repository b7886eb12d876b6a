import type PgBoss from "pg-boss";
import type { OpenedAdapter } from "@/lib/db/adapter";
import { JOB_DEAD_LETTERS, QUEUE_LIST } from "./job-definitions";
import { pgliteExecutor } from "./sql-executors";

// How Facturo configures pg-boss, for the process's queue (job-queue.ts) and for migrations
// (install-job-queue.ts, also run by the tests' global setup, hence no server-only here).

export const JOB_SCHEMA = "pgboss";

export function bossOptions(database: OpenedAdapter, options: { workers: boolean }): PgBoss.ConstructorOptions {
  const base: PgBoss.ConstructorOptions = {
    schema: JOB_SCHEMA,
    migrate: true,
    supervise: options.workers,
    schedule: options.workers,
    // How often a working process looks for jobs whose worker died (expireInSeconds passed).
    maintenanceIntervalSeconds: 15,
  };
  if (database.pglite) return { ...base, db: pgliteExecutor(database.pglite) };
  if (database.url) return { ...base, connectionString: database.url, max: 4, application_name: "facturo-jobs" };
  throw new Error("The job queue needs the process's database (PGlite or a PostgreSQL URL)");
}

/** Creates pg-boss's schema (first start) and our queues with their retry policies. Idempotent. */
export async function installQueues(boss: PgBoss): Promise<void> {
  const existing = new Set((await boss.getQueues()).map((queue) => queue.name));
  if (!existing.has(JOB_DEAD_LETTERS)) {
    await boss.createQueue(JOB_DEAD_LETTERS, { name: JOB_DEAD_LETTERS, retryLimit: 0, retentionMinutes: 30 * 24 * 60 });
  }
  for (const queue of QUEUE_LIST) {
    const options = {
      name: queue.name,
      retryLimit: queue.retryLimit,
      retryDelay: queue.retryDelay,
      retryBackoff: queue.retryBackoff,
      expireInSeconds: queue.expireInSeconds,
      retentionMinutes: queue.retentionMinutes,
      deadLetter: JOB_DEAD_LETTERS,
    };
    if (existing.has(queue.name)) await boss.updateQueue(queue.name, options);
    else await boss.createQueue(queue.name, options);
  }
}
