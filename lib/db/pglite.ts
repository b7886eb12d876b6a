import { mkdirSync } from "node:fs";
import { PGlite, type PGliteOptions } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";

// Every embedded database is opened here, with the PostgreSQL extensions our migrations
// create (trigram search indexes, accent-insensitive search). Real PostgreSQL ships them
// in its contrib package; PGlite needs them loaded into each instance.
const extensions = { pg_trgm, unaccent };

/** A PGlite on a directory, or in memory for "memory://" / no directory. */
export function createPglite(dataDir?: string, options: Omit<PGliteOptions, "extensions"> = {}): PGlite {
  if (dataDir && dataDir !== "memory://") mkdirSync(dataDir, { recursive: true });
  return new PGlite(dataDir ?? "memory://", { ...options, extensions });
}

/** Like createPglite, waiting until it is ready (e.g. after loading a dumped data directory). */
export function createPgliteReady(options: Omit<PGliteOptions, "extensions"> = {}): Promise<PGlite> {
  return PGlite.create({ ...options, extensions });
}
