import type PgBoss from "pg-boss";
import type { QueueName } from "./job-definitions";

/** What a job's handler gets: its data and where it stands in its retries. */
export type JobContext = {
  id: string;
  name: string;
  /** 0 on the first attempt. */
  retryCount: number;
  retryLimit: number;
};

/** Throwing fails the attempt: pg-boss retries it (backoff) until retryLimit, then dead-letters it. */
export type JobHandler = (data: unknown, job: JobContext) => Promise<void>;

export type HandlerTable = Partial<Record<QueueName, JobHandler>>;

/** The last attempt: a handler records a permanent failure before throwing. */
export function isLastAttempt(job: JobContext): boolean {
  return job.retryCount >= job.retryLimit;
}

export function jobContext(job: PgBoss.JobWithMetadata<unknown>): JobContext {
  return { id: job.id, name: job.name, retryCount: job.retryCount, retryLimit: job.retryLimit };
}
