import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaPGlite } from "pglite-prisma-adapter";
import type { DatabaseTarget } from "./database-target";

export type OpenedAdapter = {
  factory: SqlMigrationAwareDriverAdapterFactory;
  /** Releases the underlying connection(s); PGlite must be closed or the process hangs. */
  close: () => Promise<void>;
  pglite?: PGlite;
};

export function openPglite(dataDir: string): PGlite {
  if (dataDir !== "memory://") mkdirSync(dataDir, { recursive: true });
  return new PGlite(dataDir);
}

/** Wraps an already opened PGlite (tests load a migrated snapshot this way). */
export function adapterForPglite(pglite: PGlite): OpenedAdapter {
  return {
    factory: new PrismaPGlite(pglite),
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
