import { jobHandlers } from "@/lib/jobs/job-handlers";
import type { QueueName } from "@/lib/jobs/job-definitions";
import { runQueuedJobs, type QueueRunReport } from "@/lib/jobs/run-queued-jobs";

/**
 * Runs the background work queued so far, as a worker would, in this test's process (the
 * real queue on the test's database, the real handlers). Retries whose backoff has not
 * passed wait unless `includeRetries`.
 */
export function drainJobs(options: { names?: QueueName[]; includeRetries?: boolean } = {}): Promise<QueueRunReport> {
  return runQueuedJobs(jobHandlers, options);
}
