import { readFile, writeFile, rm, mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { adapterForPglite, openAdapter, type OpenedAdapter } from "@/lib/db/adapter";
import { createPglite, createPgliteReady } from "@/lib/db/pglite";
import { applyMigrations } from "@/lib/db/schema-engine";
import { installJobQueue } from "@/lib/jobs/install-job-queue";

// How the integration suite gets a real, migrated database:
// - default: one PGlite migrated once per run, dumped to a tarball; every test file loads
//   its own copy into memory (PGlite is single-process, jest runs files in workers);
// - TEST_DATABASE_URL set: one fresh database on that PostgreSQL server for the whole
//   run, shared by all files. Tests create their own organizations, so sharing is safe.

export const MIGRATIONS_DIR = path.resolve("prisma/migrations");
const SNAPSHOT_VAR = "FACTURO_TEST_PGLITE_SNAPSHOT";
const PG_URL_VAR = "FACTURO_TEST_PG_URL";

export async function prepareTestDatabase(workers = 1): Promise<() => Promise<void>> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (serverUrl) {
    // One database per jest worker: files running side by side never share one (some empty a
    // job queue or start worker processes on it), files of one worker run one after another.
    const stamp = `${Date.now()}_${Math.random().toString(36).slice(2, 8)}`;
    const names = Array.from({ length: Math.max(1, workers) }, (_, index) => `facturo_test_${stamp}_${index + 1}`);
    const urls: string[] = [];
    for (const name of names) {
      await adminQuery(serverUrl, `CREATE DATABASE "${name}"`);
      const url = withDatabase(serverUrl, name);
      const adapter = openAdapter({ kind: "postgres", url });
      await applyMigrations(adapter.factory, MIGRATIONS_DIR);
      await installJobQueue(adapter);
      await adapter.close();
      urls.push(url);
    }
    process.env[PG_URL_VAR] = JSON.stringify(urls);
    return async () => {
      for (const name of names) await adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    };
  }
  const pglite = createPglite();
  await applyMigrations(adapterForPglite(pglite).factory, MIGRATIONS_DIR);
  await installJobQueue(adapterForPglite(pglite));
  const dump = await pglite.dumpDataDir("gzip");
  await pglite.close();
  const dir = await mkdtemp(path.join(tmpdir(), "facturo-test-"));
  const file = path.join(dir, "snapshot.tar.gz");
  await writeFile(file, Buffer.from(await dump.arrayBuffer()));
  process.env[SNAPSHOT_VAR] = file;
  return async () => rm(dir, { recursive: true, force: true });
}

/** Opens this test file's database (see prepareTestDatabase). */
export async function openTestDatabase(): Promise<OpenedAdapter> {
  const url = testDatabaseUrl();
  if (url) return openAdapter({ kind: "postgres", url });
  const snapshot = process.env[SNAPSHOT_VAR];
  if (!snapshot) throw new Error(`${SNAPSHOT_VAR} is not set: run integration tests through jest's globalSetup`);
  const pglite = await createPgliteReady({ loadDataDir: new Blob([await readFile(snapshot)]) });
  return adapterForPglite(pglite);
}

/** This jest worker's PostgreSQL database (TEST_DATABASE_URL runs), else undefined. */
export function testDatabaseUrl(): string | undefined {
  const urls = process.env[PG_URL_VAR];
  if (!urls) return undefined;
  const list = JSON.parse(urls) as string[];
  const worker = Number(process.env.JEST_WORKER_ID ?? "1");
  return list[(worker - 1) % list.length];
}

export function usingPostgres(): boolean {
  return Boolean(process.env.TEST_DATABASE_URL);
}

function withDatabase(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

async function adminQuery(serverUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
