import "server-only";
import type PgBoss from "pg-boss";
import type { QueueName } from "./job-definitions";
import { getJobQueue, jobQueueForTransaction, runsWorkersHere } from "./job-queue";
import { transactionExecutor } from "./sql-executors";

type RawQueryClient = Parameters<typeof transactionExecutor>[0];

export type EnqueueOptions = {
  /** Insert the job in this Prisma transaction: it exists only if the transaction commits. */
  tx?: RawQueryClient;
  /** Not before this instant (scheduled work). */
  startAfter?: Date;
  /**
   * pg-boss singleton key: with startAfter/singletonSeconds, one such job per slot. It is a
   * convenience only — every job's handler still claims its work in our own tables (unique
   * keys), which is what guarantees "once".
   */
  singletonKey?: string;
  /** With singletonKey: at most one job of that key per slot of this many seconds. */
  singletonSeconds?: number;
};

/** Puts a job on a queue; returns its id (null when pg-boss dropped it as a duplicate singleton). */
export async function enqueueJob(name: QueueName, data: object, options: EnqueueOptions = {}): Promise<string | null> {
  const boss = options.tx ? jobQueueForTransaction() : await getJobQueue();
  const sendOptions: PgBoss.SendOptions = {};
  if (options.startAfter) sendOptions.startAfter = options.startAfter;
  if (options.singletonKey) sendOptions.singletonKey = options.singletonKey;
  if (options.singletonSeconds) sendOptions.singletonSeconds = options.singletonSeconds;
  if (options.tx) sendOptions.db = transactionExecutor(options.tx);
  const id = await boss.send(name, data, sendOptions);
  if (!options.tx) wakeWorkers(name);
  return id;
}

// On globalThis: in `next dev` the instrumentation hook (which starts the workers) and the
// route modules (which send) are separate module instances of this file.
const wakers = ((globalThis as unknown as { __facturoJobWakers?: Map<string, Set<() => void>> }).__facturoJobWakers ??=
  new Map());

/** Working processes register how to wake their workers of a queue (start-workers.ts). */
export function registerWaker(name: string, wake: () => void): () => void {
  const set = wakers.get(name) ?? new Set();
  set.add(wake);
  wakers.set(name, set);
  return () => set.delete(wake);
}

/**
 * Wakes this process's workers of a queue now rather than at their next poll: a job sent in
 * a transaction is visible once it commits, so callers wake after the commit. Other processes
 * find it at their next poll (1 s).
 */
export function wakeWorkers(name: QueueName): void {
  if (!runsWorkersHere()) return;
  for (const wake of wakers.get(name) ?? []) wake();
}
