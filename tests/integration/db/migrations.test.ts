import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createPglite } from "@/lib/db/pglite";
import pg from "pg";
import { adapterForPglite, openAdapter } from "@/lib/db/adapter";
import { applyMigrations, diffMigrationsToSchema, resetDatabase, SchemaEngineError } from "@/lib/db/schema-engine";

// Guards lib/db/schema-engine.ts, our wrapper around Prisma's internal wasm schema engine:
// committed migrations must build the schema on PGlite and on PostgreSQL, and must match
// prisma/schema.prisma exactly (drift check).

const MIGRATIONS_DIR = path.resolve("prisma/migrations");
const SCHEMA_PATH = path.resolve("prisma/schema.prisma");
const TABLES = ["AuditLog", "Membership", "Organization", "User"];

async function committedMigrations(): Promise<string[]> {
  const entries = await readdir(MIGRATIONS_DIR, { withFileTypes: true });
  return entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

let scratch: string;
beforeAll(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), "facturo-migrations-test-"));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe("migrations on a fresh in-memory PGlite", () => {
  it("create every table, record each migration once, and applying again is a no-op", async () => {
    const adapter = adapterForPglite(createPglite());
    try {
      expect(await applyMigrations(adapter.factory, MIGRATIONS_DIR)).toEqual(await committedMigrations());

      const tables = await adapter.pglite!.query<{ tablename: string }>(
        "SELECT tablename FROM pg_tables WHERE schemaname = 'public'",
      );
      expect(tables.rows.map((row) => row.tablename)).toEqual(
        expect.arrayContaining([...TABLES, "_prisma_migrations"]),
      );

      expect(await applyMigrations(adapter.factory, MIGRATIONS_DIR)).toEqual([]);

      // reset empties the database; the migrations then apply again from scratch.
      await resetDatabase(adapter.factory);
      const left = await adapter.pglite!.query("SELECT 1 FROM pg_tables WHERE schemaname = 'public'");
      expect(left.rows).toHaveLength(0);
      expect(await applyMigrations(adapter.factory, MIGRATIONS_DIR)).toEqual(await committedMigrations());
    } finally {
      await adapter.close();
    }
  });

  it("report a failing migration and do not record it as applied", async () => {
    const migrations = path.join(scratch, "failing-migrations");
    await cp(MIGRATIONS_DIR, migrations, { recursive: true });
    await mkdir(path.join(migrations, "99990101000000_broken"));
    await writeFile(path.join(migrations, "99990101000000_broken", "migration.sql"), "SELECT * FROM missing_table;\n");

    const adapter = adapterForPglite(createPglite());
    try {
      const applying = applyMigrations(adapter.factory, migrations);
      await expect(applying).rejects.toThrow(SchemaEngineError);
      await expect(applying).rejects.toThrow(/99990101000000_broken failed: .*missing_table/);
      const broken = await adapter.pglite!.query<{ finished_at: Date | null }>(
        `SELECT finished_at FROM "_prisma_migrations" WHERE migration_name = '99990101000000_broken'`,
      );
      expect(broken.rows).toEqual([{ finished_at: null }]);
    } finally {
      await adapter.close();
    }
  });
});

const serverUrl = process.env.TEST_DATABASE_URL;
const describeWithPostgres = serverUrl ? describe : describe.skip;

describeWithPostgres("migrations on a fresh PostgreSQL database (TEST_DATABASE_URL)", () => {
  const database = `facturo_migrations_${Date.now()}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = (sql: string) => withClient(serverUrl!, (client) => client.query(sql));

  beforeAll(() => admin(`CREATE DATABASE "${database}"`));
  afterAll(() => admin(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`));

  it("create every table, and applying again is a no-op", async () => {
    const url = new URL(serverUrl!);
    url.pathname = `/${database}`;
    const adapter = openAdapter({ kind: "postgres", url: url.toString() });
    try {
      expect(await applyMigrations(adapter.factory, MIGRATIONS_DIR)).toEqual(await committedMigrations());

      const tables = await withClient(url.toString(), (client) =>
        client.query<{ table_name: string }>(
          "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'",
        ),
      );
      expect(tables.rows.map((row) => row.table_name)).toEqual(
        expect.arrayContaining([...TABLES, "_prisma_migrations"]),
      );

      expect(await applyMigrations(adapter.factory, MIGRATIONS_DIR)).toEqual([]);
    } finally {
      await adapter.close();
    }
  });
});

describe("drift check: committed migrations against prisma/schema.prisma", () => {
  it("finds no difference for the committed schema", async () => {
    // If this fails: schema.prisma changed without a migration (npm run db:migration:create -- <name>).
    expect(await diffMigrationsToSchema(MIGRATIONS_DIR, SCHEMA_PATH)).toBe("");
  });

  it("reports the SQL of a schema change that has no migration", async () => {
    const schema = await readFile(SCHEMA_PATH, "utf8");
    const edited = schema.replace(/^model User \{\n/m, "model User {\n  phone String?\n");
    expect(edited).not.toBe(schema);
    const editedPath = path.join(scratch, "schema.prisma");
    await writeFile(editedPath, edited);

    const sql = await diffMigrationsToSchema(MIGRATIONS_DIR, editedPath);
    expect(sql).toMatch(/ALTER TABLE "User" ADD COLUMN\s+"phone" TEXT;/);
  });
});

async function withClient<T>(connectionString: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
