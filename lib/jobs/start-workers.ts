import "server-only";
import { getLogger } from "@/lib/log/logger";
import { appMetrics } from "@/lib/metrics/metrics-registry";
import { SCHEDULES, type QueueName } from "./job-definitions";
import { jobContext, type HandlerTable } from "./job-handler";
import { registerWaker } from "./enqueue-job";
import { startJobQueue, stopJobQueue } from "./job-queue";

export type WorkerOptions = {
  handlers: HandlerTable;
  /** Jobs of one queue this process works at the same time. */
  concurrency?: number;
  /** How often an idle worker looks for new jobs (pg-boss's minimum is 0.5 s). */
  pollingIntervalSeconds?: number;
  /** Register the cron schedules (SCHEDULES). */
  schedules?: boolean;
};

export type RunningWorkers = { stop: (options?: { timeoutMs?: number }) => Promise<void> };

/**
 * Makes this process a worker: one pg-boss worker per queue and slot of concurrency, each
 * taking one job at a time (FOR UPDATE SKIP LOCKED: two processes never get the same job).
 */
export async function startWorkers(options: WorkerOptions): Promise<RunningWorkers> {
  const boss = await startJobQueue({ workers: true });
  const concurrency = options.concurrency ?? 2;
  const unregister: (() => void)[] = [];
  for (const [name, handler] of Object.entries(options.handlers) as [
    QueueName,
    NonNullable<HandlerTable[QueueName]>,
  ][]) {
    for (let slot = 0; slot < concurrency; slot += 1) {
      let workerId = "";
      workerId = await boss.work(
        name,
        { batchSize: 1, includeMetadata: true, pollingIntervalSeconds: options.pollingIntervalSeconds ?? 1 },
        async ([job]) => {
          if (!job) return;
          const started = Date.now();
          const timer = appMetrics().jobDuration.startTimer({ queue: name });
          try {
            await handler(job.data, jobContext(job));
            timer({ outcome: "completed" });
            getLogger().debug({ job: job.name, jobId: job.id, ms: Date.now() - started }, "job done");
          } catch (error) {
            timer({ outcome: "failed" });
            getLogger().warn(
              { err: error, job: job.name, jobId: job.id, attempt: job.retryCount + 1, of: job.retryLimit + 1 },
              "job failed",
            );
            throw error;
          } finally {
            // pg-boss 10 waits a polling interval after every fetch, even one that found a job
            // (measured: 4 jobs/s for 4 workers polling each second). A worker that found one
            // looks again at once; only an empty fetch waits.
            boss.notifyWorker(workerId);
          }
        },
      );
      unregister.push(registerWaker(name, () => boss.notifyWorker(workerId)));
    }
  }
  if (options.schedules ?? true) {
    for (const schedule of SCHEDULES) {
      if (options.handlers[schedule.name]) await boss.schedule(schedule.name, schedule.cron, {}, { tz: "UTC" });
    }
  }
  getLogger().info({ queues: Object.keys(options.handlers), concurrency }, "job workers started");
  return {
    stop: async (stopOptions) => {
      for (const off of unregister) off();
      await stopJobQueue(stopOptions);
    },
  };
}
