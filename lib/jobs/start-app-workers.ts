import "server-only";
import { currentDatabase } from "@/lib/db/prisma";
import { getEnv } from "@/lib/env/env";
import { getLogger } from "@/lib/log/logger";
import { jobHandlers } from "./job-handlers";
import { startWorkers, type RunningWorkers } from "./start-workers";

const holder = globalThis as unknown as { __facturoAppWorkers?: Promise<RunningWorkers | null> };

/**
 * The app process works the queue itself unless JOB_WORKERS=off: with the embedded PGlite it
 * is the only process that may open the database, so `npm run dev` needs nothing else. Idle
 * workers poll every 2 s; a job sent from this process wakes them at once (wakeWorkers).
 */
export function startAppWorkers(): Promise<RunningWorkers | null> {
  holder.__facturoAppWorkers ??= (async () => {
    const env = getEnv();
    if (env.JOB_WORKERS === "off") {
      if (currentDatabase().pglite) {
        getLogger().warn("JOB_WORKERS=off with the embedded database: nothing will send emails or run schedules");
      }
      return null;
    }
    const workers = await startWorkers({
      handlers: jobHandlers,
      concurrency: env.JOB_CONCURRENCY,
      pollingIntervalSeconds: 2,
    });
    // No signal handlers here: Next.js owns the process's shutdown. A job cut off by it stays
    // active until its queue's expireInSeconds, then another attempt runs it (handlers are
    // idempotent; emails carry the provider's idempotency key).
    return workers;
  })().catch((error: unknown) => {
    getLogger().error({ err: error }, "job workers could not start");
    holder.__facturoAppWorkers = undefined;
    return null;
  });
  return holder.__facturoAppWorkers;
}
