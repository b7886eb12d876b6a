/**
 * Database commands, in place of `prisma migrate …` (whose native engine cannot be
 * downloaded here; see lib/db/schema-engine.ts).
 *
 *   tsx scripts/db.ts migrate                   apply pending migrations to the configured database
 *   tsx scripts/db.ts migration:create <name>   write the next migration from schema.prisma changes
 *   tsx scripts/db.ts check                     fail when schema.prisma has changes no migration has
 *   tsx scripts/db.ts reset [--force]           empty the database, then migrate (--force: production)
 *   tsx scripts/db.ts seed [--clients N]        create the demo organization and user (idempotent);
 *                                               --clients N adds N generated clients to it
 *   tsx scripts/db.ts admin:grant <email>       make an account a platform administrator
 *   tsx scripts/db.ts admin:revoke <email>      take platform administration away from an account
 *
 * The database is the app's: DATABASE_URL (PostgreSQL) or PGlite at PGLITE_DATA_DIR.
 * PGlite has no file lock: run these while the app is stopped.
 */
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { setPlatformAdmin } from "@/lib/admin/set-platform-admin";
import { openAdapter, type OpenedAdapter } from "@/lib/db/adapter";
import { createDbClient } from "@/lib/db/create-client";
import { installDb } from "@/lib/db/prisma";
import { databaseTarget, describeTarget } from "@/lib/db/database-target";
import { DEMO_ORGANIZATION_SLUG, DEMO_USER_EMAIL, DEMO_USER_PASSWORD, seedDemoData } from "@/lib/demo/seed-demo-data";
import { seedClients } from "@/lib/clients/seed-clients";
import {
  applyMigrations,
  diffMigrationsToSchema,
  MIGRATION_LOCK,
  resetDatabase,
  SchemaEngineError,
} from "@/lib/db/schema-engine";
import { EnvError, getEnv } from "@/lib/env/env";
import { isAppError } from "@/lib/errors/app-error";
import { installJobQueue } from "@/lib/jobs/install-job-queue";

const ROOT = path.resolve(import.meta.dirname, "..");
const MIGRATIONS_DIR = path.join(ROOT, "prisma", "migrations");
const SCHEMA_PATH = path.join(ROOT, "prisma", "schema.prisma");

/** An expected failure: printed as one line, exit code 1, no stack trace. */
class CliError extends Error {}

type Command = {
  usage: string;
  summary: string;
  /** Returns the exit code; throws CliError (or SchemaEngineError, EnvError) to fail. */
  run: (args: string[], flags: Set<string>) => Promise<number>;
  flags?: string[];
};

const commands: Record<string, Command> = {
  migrate: {
    usage: "migrate",
    summary: "apply pending migrations to the configured database",
    run: async () => {
      await withDatabase(async (adapter, where) => {
        console.log(`Migrating ${where}…`);
        report(await timed(() => applyMigrations(adapter.factory, MIGRATIONS_DIR)));
        await installJobQueueReported(adapter);
      });
      return 0;
    },
  },

  "migration:create": {
    usage: "migration:create <name>",
    summary: "write prisma/migrations/<timestamp>_<name>/migration.sql from schema.prisma changes",
    run: async ([name]) => {
      const slug = toSnakeCase(name ?? "");
      if (!slug) throw new CliError("Give the migration a name: migration:create <name> (e.g. add_invoices)");
      const { value: sql, ms } = await timed(() => diffMigrationsToSchema(MIGRATIONS_DIR, SCHEMA_PATH));
      if (!sql) {
        console.log("schema is in sync, no migration created");
        return 0;
      }
      await ensureMigrationLock();
      const folder = `${timestamp(new Date())}_${slug}`;
      const dir = path.join(MIGRATIONS_DIR, folder);
      if (existsSync(dir)) throw new CliError(`${relative(dir)} already exists; wait a second and retry`);
      await mkdir(dir, { recursive: true });
      await writeFile(path.join(dir, "migration.sql"), sql);
      console.log(sql);
      console.log(`Created ${relative(path.join(dir, "migration.sql"))} (diff took ${seconds(ms)}).`);
      console.log("Review it, commit it with the schema change, then run the migrate command.");
      return 0;
    },
  },

  check: {
    usage: "check",
    summary: "exit 1 when schema.prisma has changes that no migration contains",
    run: async () => {
      const { value: sql, ms } = await timed(() => diffMigrationsToSchema(MIGRATIONS_DIR, SCHEMA_PATH));
      if (sql) {
        console.error(
          "Drift: prisma/schema.prisma has changes that no migration contains. " +
            "Create one with: migration:create <name>. Missing SQL:\n",
        );
        console.error(sql);
        return 1;
      }
      console.log(`No drift: prisma/migrations matches prisma/schema.prisma (checked in ${seconds(ms)}).`);
      return 0;
    },
  },

  seed: {
    usage: "seed [--clients N]",
    summary:
      "create the demo organization and its owner (idempotent; refused in production); " +
      "--clients N adds N generated clients to it (not idempotent: each run adds N more)",
    flags: ["--clients"],
    run: async (args, flags) => {
      if (getEnv().NODE_ENV === "production") throw new CliError("Refusing to seed demo data: NODE_ENV is production");
      const extraClients = flags.has("--clients") ? clientCount(args[0]) : 0;
      await withDatabase(async (adapter, where) => {
        // Installed as the process's database: the demo documents are made by the app's own
        // domain functions, which use it (a second client would open the embedded files twice).
        const client = installDb(adapter);
        try {
          const result = await seedDemoData(client);
          console.log(
            `${result.created ? "Seeded" : "Demo data already present in"} ${where}: ` +
              `organization "${DEMO_ORGANIZATION_SLUG}", owner ${DEMO_USER_EMAIL} / ${DEMO_USER_PASSWORD} ` +
              "(the login code is in the dev mailbox, /dev/mailbox).",
          );
          if (extraClients > 0) {
            // Continue the numbering after the clients already there, so names stay distinct.
            const offset = await client.client.count({ where: { organizationId: result.organizationId } });
            const { ms } = await timed(() =>
              seedClients(client, result.organizationId, extraClients, {
                offset,
                onProgress: (written) => process.stdout.write(`\r  ${written}/${extraClients} clients…`),
              }),
            );
            console.log(`\rAdded ${extraClients} clients to "${DEMO_ORGANIZATION_SLUG}" in ${seconds(ms)}.`);
          }
        } finally {
          await client.$disconnect();
        }
      });
      return 0;
    },
  },

  "admin:grant": {
    usage: "admin:grant <email>",
    summary: "make the account with this email a platform administrator (/admin)",
    run: async ([email]) => changePlatformAdmin(email, true),
  },

  "admin:revoke": {
    usage: "admin:revoke <email>",
    summary: "take platform administration away from the account with this email",
    run: async ([email]) => changePlatformAdmin(email, false),
  },

  reset: {
    usage: "reset [--force]",
    summary: "drop everything in the configured database, then migrate (--force required in production)",
    flags: ["--force"],
    run: async (_args, flags) => {
      if (getEnv().NODE_ENV === "production" && !flags.has("--force")) {
        throw new CliError("Refusing to reset: NODE_ENV is production (add --force if you really mean it)");
      }
      await withDatabase(async (adapter, where) => {
        console.log(`Resetting ${where}…`);
        await resetDatabase(adapter.factory);
        report(await timed(() => applyMigrations(adapter.factory, MIGRATIONS_DIR)));
        await installJobQueueReported(adapter);
      });
      return 0;
    },
  },
};

/** `--clients N`: a positive whole number (the flag parser leaves N among the arguments). */
function clientCount(raw: string | undefined): number {
  const count = Number(raw);
  if (!raw || !Number.isInteger(count) || count < 1 || count > 1_000_000) {
    throw new CliError("--clients needs a number of clients between 1 and 1000000, e.g. seed --clients 50000");
  }
  return count;
}

/** pg-boss's schema and our queues (lib/jobs): part of a migrated database. */
async function installJobQueueReported(adapter: OpenedAdapter): Promise<void> {
  const { ms } = await timed(() => installJobQueue(adapter));
  console.log(`job queue ready (pg-boss schema and queues, ${Math.round(ms)} ms)`);
}

async function withDatabase(work: (adapter: OpenedAdapter, where: string) => Promise<void>): Promise<void> {
  const target = databaseTarget(getEnv());
  const adapter = openAdapter(target);
  try {
    await work(adapter, describeTarget(target));
  } finally {
    await adapter.close();
  }
}

/** Platform admins are made only here, from a shell on the server: never from the web UI. */
async function changePlatformAdmin(email: string | undefined, grant: boolean): Promise<number> {
  if (!email) throw new CliError(`Give the account's email: admin:${grant ? "grant" : "revoke"} <email>`);
  await withDatabase(async (adapter, where) => {
    const client = createDbClient(adapter);
    try {
      const result = await setPlatformAdmin(client, email, grant);
      const outcome = grant
        ? result.changed
          ? "is now a platform administrator"
          : "was already a platform administrator"
        : result.changed
          ? "is no longer a platform administrator"
          : "was not a platform administrator";
      console.log(`${result.email} ${outcome} (${where}).`);
    } catch (error) {
      if (isAppError(error)) throw new CliError(error.message);
      throw error;
    } finally {
      await client.$disconnect();
    }
  });
  return 0;
}

function report({ value: applied, ms }: { value: string[]; ms: number }): void {
  if (applied.length === 0) {
    console.log(`Already up to date (${seconds(ms)}).`);
    return;
  }
  for (const name of applied) console.log(`  applied ${name}`);
  console.log(`Applied ${applied.length} migration(s) in ${seconds(ms)}.`);
}

/** prisma/migrations/migration_lock.toml, as the prisma CLI would write it. */
async function ensureMigrationLock(): Promise<void> {
  const lockPath = path.join(MIGRATIONS_DIR, "migration_lock.toml");
  const current = await readFile(lockPath, "utf8").catch(() => null);
  if (current === null) {
    await mkdir(MIGRATIONS_DIR, { recursive: true });
    await writeFile(lockPath, MIGRATION_LOCK);
  } else if (!/^provider\s*=\s*"postgresql"\s*$/m.test(current)) {
    throw new CliError(`${relative(lockPath)} names another provider than "postgresql"`);
  }
}

/** "Add invoice lines!" → "add_invoice_lines" */
function toSnakeCase(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "");
}

/** UTC YYYYMMDDHHMMSS, the prefix prisma migrate gives migration folders. */
function timestamp(date: Date): string {
  return date.toISOString().replace(/\D/g, "").slice(0, 14);
}

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const start = performance.now();
  const value = await work();
  return { value, ms: performance.now() - start };
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

function relative(file: string): string {
  return path.relative(process.cwd(), file) || ".";
}

function usage(): string {
  const width = Math.max(...Object.values(commands).map((command) => command.usage.length));
  return (
    "Usage: tsx scripts/db.ts <command>\n\n" +
    Object.values(commands)
      .map((command) => `  ${command.usage.padEnd(width)}  ${command.summary}`)
      .join("\n")
  );
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name) {
    console.error(usage());
    return 1;
  }
  if (name === "--help" || name === "-h") {
    console.log(usage());
    return 0;
  }
  const command = commands[name];
  if (!command) throw new CliError(`Unknown command "${name}". Commands: ${Object.keys(commands).join(", ")}`);
  const flags = new Set(rest.filter((arg) => arg.startsWith("--")));
  const unknown = [...flags].filter((flag) => !command.flags?.includes(flag));
  if (unknown.length > 0) throw new CliError(`Unknown option ${unknown.join(", ")} for ${command.usage}`);
  return command.run(
    rest.filter((arg) => !arg.startsWith("--")),
    flags,
  );
}

try {
  // Exit through exitCode, not process.exit(): PGlite must finish closing its data directory.
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  if (error instanceof EnvError) {
    console.error(`db: ${error.message}`); // one line per invalid variable
  } else if (error instanceof CliError || error instanceof SchemaEngineError) {
    console.error(`db: ${error.message.replace(/\s*\n\s*/g, " ")}`);
  } else {
    console.error(error);
  }
  process.exitCode = 1;
}
