import "server-only";
import { getEnv } from "@/lib/env/env";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { openAdapter, type OpenedAdapter, type PoolStats } from "./adapter";
import { createDbClient } from "./create-client";
import { databaseTarget } from "./database-target";

type DbSlot = { client: PrismaClient; adapter: OpenedAdapter };

// One client per process. Kept on globalThis so dev hot reloads reuse it: PGlite has no
// file lock, and two instances on the same directory would corrupt it.
const holder = globalThis as unknown as { __facturoDb?: DbSlot; __facturoDbCloseHooks?: Set<() => Promise<void>> };

export function getDb(): PrismaClient {
  if (!holder.__facturoDb) {
    const adapter = openAdapter(databaseTarget(getEnv()));
    holder.__facturoDb = { client: createDbClient(adapter), adapter };
  }
  return holder.__facturoDb.client;
}

/** Tests install their own database (a migrated PGlite snapshot or a PostgreSQL URL). */
export function installDb(adapter: OpenedAdapter): PrismaClient {
  const client = createDbClient(adapter);
  holder.__facturoDb = { client, adapter };
  return client;
}

/** What the process's database is (opening it if needed): the job queue shares it. */
export function currentDatabase(): OpenedAdapter {
  getDb();
  return holder.__facturoDb!.adapter;
}

/** The PostgreSQL pool's connections now; null on PGlite or before the first query (opens nothing). */
export function databasePoolStats(): PoolStats | null {
  return holder.__facturoDb?.adapter.poolStats?.() ?? null;
}

/** Runs before the database closes (the job queue stops first: it uses the same PGlite). */
const closeHooks = (holder.__facturoDbCloseHooks ??= new Set());

export function onDbClose(hook: () => Promise<void>): () => void {
  closeHooks.add(hook);
  return () => closeHooks.delete(hook);
}

export async function closeDb(): Promise<void> {
  for (const hook of [...closeHooks]) await hook();
  closeHooks.clear();
  const slot = holder.__facturoDb;
  holder.__facturoDb = undefined;
  if (!slot) return;
  await slot.client.$disconnect();
  await slot.adapter.close();
}

/**
 * The shared client, created on first use rather than at import: `next build` imports
 * route modules in several worker processes, and none of them should open the database.
 */
export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const client = getDb();
    const value: unknown = Reflect.get(client, property, client);
    return typeof value === "function" ? value.bind(client) : value;
  },
});
