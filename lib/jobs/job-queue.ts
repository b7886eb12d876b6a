import "server-only";
import PgBoss from "pg-boss";
import type { OpenedAdapter, PoolStats } from "@/lib/db/adapter";
import { currentDatabase, onDbClose } from "@/lib/db/prisma";
import { getLogger } from "@/lib/log/logger";
import { bossOptions, installQueues } from "./boss-options";

// The process's job queue: pg-boss on the same database as everything else. One instance per
// process (globalThis, like the Prisma client), following the database: tests install a new
// database per file, and closing the database stops the queue first (it shares PGlite).
//
// A process either only sends jobs (an app process when dedicated workers run: JOB_WORKERS=off)
// or also works them (`npm run worker`, or the app itself by default): only working processes
// run pg-boss's maintenance (expiring jobs whose worker died, retention) and its cron clock.

type Slot = { boss: PgBoss; ready: Promise<PgBoss>; database: OpenedAdapter; workers: boolean };

const holder = globalThis as unknown as { __facturoJobs?: Slot };

function start(database: OpenedAdapter, workers: boolean): Slot {
  const boss = new PgBoss(bossOptions(database, { workers }));
  boss.on("error", (error: unknown) => getLogger().error({ err: error }, "job queue error"));
  const ready = (async () => {
    await boss.start();
    await installQueues(boss);
    return boss;
  })();
  const slot: Slot = { boss, ready, database, workers };
  onDbClose(() => stopJobQueue());
  return slot;
}

/**
 * The started queue for sending jobs. Starts it as a sender if nothing started it yet (a
 * working process calls startJobQueue({ workers: true }) first, at boot).
 */
export function getJobQueue(): Promise<PgBoss> {
  const database = currentDatabase();
  const slot = holder.__facturoJobs;
  if (slot && slot.database === database) return slot.ready;
  holder.__facturoJobs = start(database, false);
  return holder.__facturoJobs.ready;
}

/**
 * The process's pg-boss instance without waiting for its start: enough to insert a job with a
 * transaction's executor (pg-boss only builds the INSERT; its schema is there since migration).
 * Waiting for the start there would deadlock on PGlite's one connection, which the open
 * transaction holds while the start's queries wait behind it.
 */
export function jobQueueForTransaction(): PgBoss {
  const database = currentDatabase();
  const slot = holder.__facturoJobs;
  if (slot && slot.database === database) return slot.boss;
  holder.__facturoJobs = start(database, false);
  // Its start goes on in the background; a failure is logged by whoever awaits it next.
  holder.__facturoJobs.ready.catch(() => undefined);
  return holder.__facturoJobs.boss;
}

/** Starts the process's queue, as a working process when `workers` (maintenance and cron clock). */
export async function startJobQueue(options: { workers: boolean }): Promise<PgBoss> {
  const database = currentDatabase();
  const slot = holder.__facturoJobs;
  if (slot && slot.database === database && slot.workers === options.workers) return slot.ready;
  if (slot) await stopJobQueue();
  holder.__facturoJobs = start(database, options.workers);
  return holder.__facturoJobs.ready;
}

/**
 * Stops the queue: workers finish the jobs they hold (up to `timeoutMs`), no new ones are
 * fetched. A job cut off is retried by another process once it expires.
 */
export async function stopJobQueue(options: { timeoutMs?: number } = {}): Promise<void> {
  const slot = holder.__facturoJobs;
  holder.__facturoJobs = undefined;
  if (!slot) return;
  try {
    const boss = await slot.ready;
    // wait: resolves once the held jobs are done (or failed back to the queue after the timeout).
    await boss.stop({ graceful: true, wait: true, close: true, timeout: options.timeoutMs ?? 10_000 });
  } catch (error) {
    getLogger().warn({ err: error }, "job queue did not stop cleanly");
  }
}

/**
 * The queue's own PostgreSQL pool now (pg-boss opens it on start; max 4): for GET /api/metrics.
 * Null on PGlite (pg-boss then runs through our executor) and before the queue started.
 */
export function jobQueuePoolStats(): PoolStats | null {
  const pool = (holder.__facturoJobs?.boss.getDb() as { pool?: CountedPool } | undefined)?.pool;
  if (!pool || typeof pool.totalCount !== "number") return null;
  return { total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount };
}

type CountedPool = { totalCount: number; idleCount: number; waitingCount: number };

/** Whether this process runs workers (then a job sent here can be picked up at once). */
export function runsWorkersHere(): boolean {
  return holder.__facturoJobs?.workers === true;
}
