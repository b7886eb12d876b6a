import path from "node:path";
import { adapterForPglite, openAdapter, type OpenedAdapter } from "@/lib/db/adapter";
import { createPgliteReady } from "@/lib/db/pglite";
import { applyMigrations } from "@/lib/db/schema-engine";

// The database a benchmark runs on: the PostgreSQL of DATABASE_URL (the bench works in its own
// organization there), or a throwaway in-memory PGlite with the committed migrations applied.

export async function openBenchDatabase(): Promise<{ adapter: OpenedAdapter; where: string }> {
  const url = process.env.DATABASE_URL;
  if (url) return { adapter: openAdapter({ kind: "postgres", url }), where: "PostgreSQL (DATABASE_URL)" };
  const pglite = await createPgliteReady({ dataDir: "memory://" });
  const adapter = adapterForPglite(pglite);
  await applyMigrations(adapter.factory, path.resolve(import.meta.dirname, "..", "prisma", "migrations"));
  return { adapter, where: "throwaway PGlite (memory://)" };
}
