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
};

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
  const factory = new PrismaPg({ connectionString: target.url, connectionTimeoutMillis: 5_000 });
  return { factory, close: async () => {} };
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
