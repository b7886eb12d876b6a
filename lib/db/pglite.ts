import { mkdirSync } from "node:fs";
import { PGlite, type PGliteOptions } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";

// Every embedded database is opened here, with the PostgreSQL extension our migrations
// create (pg_trgm, for substring search indexes). Real PostgreSQL ships it in its contrib
// package; PGlite needs it loaded into each instance.
const extensions = { pg_trgm };

/** A PGlite on a directory, or in memory for "memory://" / no directory. */
export function createPglite(dataDir?: string, options: Omit<PGliteOptions, "extensions"> = {}): PGlite {
  if (dataDir && dataDir !== "memory://") mkdirSync(dataDir, { recursive: true });
  return new PGlite(dataDir ?? "memory://", { ...options, extensions });
}

/** Like createPglite, waiting until it is ready (e.g. after loading a dumped data directory). */
export function createPgliteReady(options: Omit<PGliteOptions, "extensions"> = {}): Promise<PGlite> {
  return PGlite.create({ ...options, extensions });
}
