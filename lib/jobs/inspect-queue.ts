import "server-only";
import { JOB_SCHEMA } from "./boss-options";
import { getJobQueue } from "./job-queue";

// The queue seen from a shell (`npm run worker -- --status | --retry-failed [queue]`): pg-boss
// keeps every job as a row of pgboss.job until its retention ends, so both are plain SQL.

export type QueueCount = { name: string; state: string; count: number };

/** Jobs per queue and state (created, retry, active, completed, cancelled, failed). */
export async function countJobs(): Promise<QueueCount[]> {
  const boss = await getJobQueue();
  const { rows } = await boss
    .getDb()
    .executeSql(
      `SELECT name, state::text AS state, count(*)::int AS count FROM ${JOB_SCHEMA}.job GROUP BY 1, 2 ORDER BY 1, 2`,
      [],
    );
  return rows as QueueCount[];
}

/**
 * Puts the failed jobs (out of retries) of one queue, or of all, back to run once more. Safe
 * because every handler claims its work: a job whose work was done in the meantime does nothing.
 * A FAILED email is not sent again this way (its job only acts on a QUEUED row): retry it from
 * its document's "Envois" panel, which gives the provider a new idempotency key.
 */
export async function retryFailedJobs(name?: string): Promise<number> {
  const boss = await getJobQueue();
  const { rows } = await boss.getDb().executeSql(
    `SELECT name, array_agg(id::text) AS ids FROM ${JOB_SCHEMA}.job
        WHERE state = 'failed' AND ($1::text IS NULL OR name = $1) GROUP BY name`,
    [name ?? null],
  );
  let retried = 0;
  for (const row of rows as { name: string; ids: string[] }[]) {
    await boss.retry(row.name, row.ids);
    retried += row.ids.length;
  }
  return retried;
}
