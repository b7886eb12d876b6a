import "server-only";
import type { HandlerTable } from "./job-handler";

// What each queue's jobs do: the one table the worker processes, the in-app workers and the
// tests' runQueuedJobs use. Each handler is idempotent: it claims its work in our own tables
// (unique keys), so a job run twice (a worker that died after the work, before pg-boss heard)
// does nothing the second time.
export const jobHandlers: HandlerTable = {};
