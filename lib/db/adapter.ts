import type { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import {
  DriverAdapterError,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import { PrismaPGlite } from "pglite-prisma-adapter";
import type { DatabaseTarget } from "./database-target";
import { createPglite } from "./pglite";

export type OpenedAdapter = {
  factory: SqlMigrationAwareDriverAdapterFactory;
  /** Releases the underlying connection(s); PGlite must be closed or the process hangs. */
  close: () => Promise<void>;
  pglite?: PGlite;
  /** PostgreSQL: the URL, for the job queue's own pool (lib/jobs/job-queue.ts). */
  url?: string;
  /** PostgreSQL: the Prisma pool's connections now (null until Prisma has connected). */
  poolStats?: () => PoolStats | null;
};

/** A pg.Pool's counts: connections open, of which idle, and queries waiting for one. */
export type PoolStats = { total: number; idle: number; waiting: number };

type CountedPool = { totalCount: number; idleCount: number; waitingCount: number };

export function openPglite(dataDir: string): PGlite {
  return createPglite(dataDir);
}

/** Wraps an already opened PGlite (tests load a migrated snapshot this way). */
export function adapterForPglite(pglite: PGlite): OpenedAdapter {
  return {
    factory: pgliteAdapterFactory(pglite),
    pglite,
    close: async () => {
      if (!pglite.closed) await pglite.close();
    },
  };
}

export function openAdapter(target: DatabaseTarget): OpenedAdapter {
  if (target.kind === "pglite") return adapterForPglite(openPglite(target.dataDir));
  let pool: CountedPool | undefined;
  const factory = pgAdapterFactory(target.url, (connected) => {
    pool = connected as CountedPool;
  });
  const poolStats = (): PoolStats | null =>
    pool ? { total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount } : null;
  return { factory, close: async () => {}, url: target.url, poolStats };
}

/**
 * PrismaPg (@prisma/adapter-pg 7.10.1) with its executeScript fixed. That adapter splits a
 * script on every ";" and runs the pieces one by one, which breaks any migration holding a
 * PL/pgSQL function body (the documents migration's triggers: "unterminated dollar-quoted
 * string"), and would leave a failed migration half applied. Here the whole script goes to
 * PostgreSQL as one simple-protocol query, as the native schema engine sends it: one implicit
 * transaction, all or nothing. The pool is the adapter's own `client` (a pg.Pool); everything
 * else is the adapter's own. `onPool` gets that pool when Prisma connects (its usage is a
 * metric: GET /api/metrics).
 */
export function pgAdapterFactory(url: string, onPool?: (pool: unknown) => void): SqlMigrationAwareDriverAdapterFactory {
  // jit=off: PostgreSQL compiles a query to machine code once its estimated cost passes
  // jit_above_cost, which the reports' aggregates over 100,000+ documents do — and compiling
  // took 1.4 s of a 3.4 s dashboard statement (EXPLAIN ANALYZE, bench/reports.ts), more than
  // it saved. An app of short statements gains nothing from it.
  const factory = new PrismaPg({ connectionString: url, connectionTimeoutMillis: 5_000, options: "-c jit=off" });
  const wholeScripts = (adapter: SqlDriverAdapter): SqlDriverAdapter => {
    const pool = (adapter as unknown as { client?: { query: (sql: string) => Promise<unknown> } }).client;
    if (typeof pool?.query !== "function") throw new Error("adapter-pg changed: its pool is no longer `client`");
    adapter.executeScript = async (script) => {
      try {
        await pool.query(script);
      } catch (error) {
        throw toDriverAdapterError(error);
      }
    };
    return adapter;
  };
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => {
      const adapter = wholeScripts(await factory.connect());
      onPool?.((adapter as unknown as { client: unknown }).client);
      return adapter;
    },
    connectToShadowDb: async () => wholeScripts(await factory.connectToShadowDb()),
  };
}

/**
 * PrismaPGlite (pglite-prisma-adapter 0.7.2) with its executeScript fixed. The schema engine
 * runs each migration.sql through executeScript, and that adapter starts `pglite.exec` without
 * awaiting it: a failing migration was recorded as applied and its error surfaced later as an
 * unhandled rejection. Everything else is the adapter's own.
 *
 * `shadow`: the database to hand out when the engine asks for a shadow database. Only
 * lib/db/schema-engine.ts needs one (a throwaway PGlite); the adapter's own default opens an
 * in-memory PGlite that nobody closes, so without `shadow` asking for one is an error.
 */
export function pgliteAdapterFactory(
  pglite: PGlite,
  options: { shadow?: PGlite } = {},
): SqlMigrationAwareDriverAdapterFactory {
  const connect = async (client: PGlite): Promise<SqlDriverAdapter> => {
    const adapter: SqlDriverAdapter = await new PrismaPGlite(client).connect();
    adapter.executeScript = async (script) => {
      try {
        await client.exec(script);
      } catch (error) {
        throw toDriverAdapterError(error);
      }
    };
    return adapter;
  };
  const { shadow } = options;
  return {
    provider: "postgres",
    adapterName: "pglite-prisma-adapter",
    connect: () => connect(pglite),
    connectToShadowDb: () =>
      shadow ? connect(shadow) : Promise.reject(new Error("This PGlite adapter has no shadow database")),
  };
}

/** PostgreSQL errors become the structured error the engine reports (e.g. "No such table"). */
function toDriverAdapterError(error: unknown): unknown {
  if (!(error instanceof Error) || !("code" in error) || typeof error.code !== "string") return error;
  const field = (name: string): string | undefined => {
    const value: unknown = (error as unknown as Record<string, unknown>)[name];
    return typeof value === "string" ? value : undefined;
  };
  return new DriverAdapterError({
    kind: "postgres",
    code: error.code,
    severity: field("severity") ?? "ERROR",
    message: error.message,
    detail: field("detail"),
    column: field("column"),
    hint: field("hint"),
  });
}
