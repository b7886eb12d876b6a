import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

// Starts the production build (`next start`) on a free port with a fresh embedded database,
// migrated and seeded through the same npm scripts a person uses.

export type RunningApp = { baseUrl: string; stop: () => Promise<void> };

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): void {
  const result = spawnSync(command, args, { env, stdio: "inherit" });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} exited with ${result.status}`);
}

export async function startApp(
  extraEnv: Partial<NodeJS.ProcessEnv> = {},
  options: { seed?: boolean; platformAdmins?: string[] } = {},
): Promise<RunningApp> {
  const dataDir = await mkdtemp(path.join(tmpdir(), "facturo-e2e-"));
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: "",
    PGLITE_DATA_DIR: dataDir,
    APP_URL: `http://127.0.0.1:${port}`,
    LOG_LEVEL: "warn",
    // Production refuses the development secret.
    AUTH_SECRET: "e2e-secret-e2e-secret-e2e-secret-e2e-secret",
    ...extraEnv,
  };
  if (!extraEnv.DATABASE_URL) {
    // The scripts run as in a test environment (seeding demo data is refused in production).
    const scriptEnv = { ...env, NODE_ENV: "test" as const };
    run("npm", ["run", "--silent", "db:migrate"], scriptEnv);
    if (options.seed !== false) {
      run("npm", ["run", "--silent", "db:seed"], scriptEnv);
      await turnDemoRemindersOff(dataDir);
    }
    // Platform administrators are made from a shell only, before the server opens the directory.
    for (const email of options.platformAdmins ?? [])
      run("npm", ["run", "--silent", "admin:grant", "--", email], scriptEnv);
  }
  const child: ChildProcess = spawn(
    process.execPath,
    [require.resolve("next/dist/bin/next"), "start", "--hostname", "127.0.0.1", "--port", String(port)],
    { env, stdio: ["ignore", "inherit", "inherit"] },
  );
  const baseUrl = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null) {
      child.kill("SIGTERM");
      await new Promise((resolve) => child.once("exit", resolve));
    }
    await rm(dataDir, { recursive: true, force: true });
  };
  try {
    await waitForServer(`${baseUrl}/`, child);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl, stop };
}

/**
 * The demo organization has automatic reminders on, and its overdue invoice would get one at
 * the in-app scheduler's first hourly tick after 9 h in Paris — an email to a demo client in
 * the middle of tests that count that client's emails. Off for the test server (before it
 * opens the directory); the reminder settings test turns them on itself.
 */
async function turnDemoRemindersOff(dataDir: string): Promise<void> {
  // In a child process, as the npm scripts above: jest runs some e2e files' own servers from
  // test context, where PGlite's dynamic imports need --experimental-vm-modules.
  const script = `
    import { PGlite } from "@electric-sql/pglite";
    import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
    const pglite = new PGlite(process.argv[1], { extensions: { pg_trgm } });
    await pglite.query('UPDATE "ReminderSettings" SET "enabled" = false');
    await pglite.close();`;
  run(process.execPath, ["--input-type=module", "-e", script, dataDir], process.env);
}

async function waitForServer(url: string, child: ChildProcess, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}`);
    try {
      const response = await fetch(url);
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`server at ${url} did not answer within ${timeoutMs} ms`);
}
