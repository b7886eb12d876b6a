import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { PGlite } from "@electric-sql/pglite";
import { DEMO_USER_EMAIL } from "@/lib/demo/seed-demo-data";
import { usingPostgres } from "@/tests/support/test-database";

const run = promisify(execFile);

// The real CLI, as an operator would run it, against a throwaway embedded database.
// The commands run on their own PGlite directory whatever the pass: the PostgreSQL pass
// (TEST_DATABASE_URL) would only repeat them.
const describeOnce = usingPostgres() ? describe.skip : describe;

describeOnce("admin:grant / admin:revoke (scripts/db.ts)", () => {
  let dataDir: string;
  const env = () => ({ ...process.env, PGLITE_DATA_DIR: dataDir, DATABASE_URL: "", NODE_OPTIONS: "" });
  // tsx directly, not through npx: each run starts faster.
  const cli = (...args: string[]) =>
    run(path.resolve("node_modules/.bin/tsx"), ["--conditions=react-server", "scripts/db.ts", ...args], { env: env() });
  const cliFailure = (...args: string[]) =>
    cli(...args).then(
      () => {
        throw new Error(`expected "${args.join(" ")}" to fail`);
      },
      (error: { code: number; stderr: string }) => error,
    );

  async function query<T>(sql: string, params: unknown[] = []): Promise<T[]> {
    const pglite = new PGlite(dataDir);
    try {
      return (await pglite.query<T>(sql, params)).rows;
    } finally {
      await pglite.close();
    }
  }

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), "facturo-cli-"));
    await cli("migrate");
    await cli("seed");
  }, 120_000);

  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it("grants and revokes platform administration, and audits both", async () => {
    const granted = await cli("admin:grant", DEMO_USER_EMAIL.toUpperCase());
    expect(granted.stdout).toContain(`${DEMO_USER_EMAIL} is now a platform administrator`);
    expect(await query(`SELECT "isPlatformAdmin" FROM "User" WHERE email = $1`, [DEMO_USER_EMAIL])).toEqual([
      { isPlatformAdmin: true },
    ]);
    expect((await cli("admin:grant", DEMO_USER_EMAIL)).stdout).toContain("was already a platform administrator");

    expect((await cli("admin:revoke", DEMO_USER_EMAIL)).stdout).toContain("is no longer a platform administrator");
    expect(await query(`SELECT "isPlatformAdmin" FROM "User" WHERE email = $1`, [DEMO_USER_EMAIL])).toEqual([
      { isPlatformAdmin: false },
    ]);
    const audit = await query<{ action: string; actorId: string | null }>(
      `SELECT action, "actorId" FROM "AuditLog" WHERE action LIKE 'admin.platform_admin_%' ORDER BY "createdAt"`,
    );
    expect(audit).toEqual([
      { action: "admin.platform_admin_granted", actorId: null },
      { action: "admin.platform_admin_revoked", actorId: null },
    ]);
  }, 120_000);

  it("fails with one clear line for an unknown account, a bad email or no email", async () => {
    for (const [args, message] of [
      [["admin:grant", "nobody@example.test"], "No account with the email nobody@example.test"],
      [["admin:grant", "not-an-email"], "Not an email address"],
      [["admin:revoke"], "Give the account's email"],
    ] as const) {
      const failure = await cliFailure(...args);
      expect(failure.code).toBe(1);
      expect(failure.stderr).toContain(message);
    }
  }, 120_000);
});
