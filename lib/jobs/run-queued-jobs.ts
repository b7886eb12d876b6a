import "server-only";
import type { QueueName } from "./job-definitions";
import { jobContext, type HandlerTable } from "./job-handler";
import { getJobQueue } from "./job-queue";

export type QueueRunReport = { completed: number; failed: number };

/**
 * Works the queued jobs in this process until none is left, one at a time: `npm run worker
 * -- --once` and tests use it to run background work at a chosen moment. Jobs go through the
 * same fetch / complete / fail as the long-running workers (a failed one is retried later,
 * per its queue's backoff, unless `includeRetries` runs retries whose delay has not passed).
 */
export async function runQueuedJobs(
  handlers: HandlerTable,
  options: { names?: QueueName[]; includeRetries?: boolean; maxJobs?: number } = {},
): Promise<QueueRunReport> {
  const boss = await getJobQueue();
  const names = options.names ?? (Object.keys(handlers) as QueueName[]);
  const maxJobs = options.maxJobs ?? 10_000;
  const report: QueueRunReport = { completed: 0, failed: 0 };
  let found = true;
  while (found && report.completed + report.failed < maxJobs) {
    found = false;
    for (const name of names) {
      const handler = handlers[name];
      if (!handler) continue;
      const [job] = await boss.fetch(name, {
        batchSize: 1,
        includeMetadata: true,
        ignoreStartAfter: options.includeRetries ?? false,
      });
      if (!job) continue;
      found = true;
      try {
        await handler(job.data, jobContext(job));
        await boss.complete(name, job.id);
        report.completed += 1;
      } catch (error) {
        await boss.fail(name, job.id, { message: error instanceof Error ? error.message : String(error) });
        report.failed += 1;
      }
    }
  }
  return report;
}
