import PgBoss from "pg-boss";
import type { OpenedAdapter } from "@/lib/db/adapter";
import { bossOptions, installQueues } from "./boss-options";

/**
 * Creates (or upgrades) pg-boss's schema and our queues on a database, as one step of
 * migrating it: processes then start the queue without schema work, and tests' migrated
 * snapshots already hold it. A short-lived instance, not the process's queue.
 */
export async function installJobQueue(database: OpenedAdapter): Promise<void> {
  const boss = new PgBoss(bossOptions(database, { workers: false }));
  let failure: unknown;
  boss.on("error", (error: unknown) => {
    failure ??= error;
  });
  await boss.start();
  try {
    await installQueues(boss);
  } finally {
    await boss.stop({ graceful: false, wait: true, close: true });
  }
  if (failure) throw failure;
}
