/**
 * Web benchmark: `npm run bench:web [-- --seconds N --invoices N --no-build --profile DIR --only NAME]`.
 *
 * Builds (`next build`, skipped with --no-build), migrates and seeds a throwaway embedded PGlite
 * directory (or uses DATABASE_URL's migrated PostgreSQL) with the demo organization and 10,000
 * invoices (bench/web-seed.ts: the app's own functions), signs in, then starts `next start` on a
 * free port of 127.0.0.1 and loads, with autocannon (20 connections × N seconds, 10 by default):
 * `/api/health`, `/invoices`, an invoice page, its public page (a share link) and its stored PDF.
 * Each target's req/s is printed with p50/p95 latencies and as a ratio of a raw Node `http` server
 * (hello world, its own process) measured in the same run: machines differ, ratios travel.
 * --profile DIR starts next with `node --cpu-prof` (one .cpuprofile per process, written at stop;
 * summarize with `tsx bench/cpu-profile-summary.ts FILE`). --only NAME loads only that target.
 * Everything it starts is stopped at the end, on error too.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { seedWeb } from "./web-seed";

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const index = args.indexOf(`--${name}`);
  const value = index === -1 ? NaN : Number(args[index + 1]);
  return Number.isInteger(value) && value > 0 ? value : fallback;
};
const text = (name: string) => {
  const index = args.indexOf(`--${name}`);
  return index === -1 ? undefined : args[index + 1];
};
const SECONDS = option("seconds", 10);
const INVOICES = option("invoices", 10_000);
const CLIENTS = option("clients", 500);
const CONNECTIONS = 20;
const BUILD = !args.includes("--no-build");
const PROFILE_DIR = text("profile");
const ONLY = text("only");
const ROOT = path.resolve(import.meta.dirname, "..");
const AUTH_SECRET = "bench-web-secret-bench-web-secret-bench-web";

async function freePort(): Promise<number> {
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

function run(command: string, commandArgs: string[], env: NodeJS.ProcessEnv): void {
  const result = spawnSync(command, commandArgs, { env, stdio: "inherit", cwd: ROOT });
  if (result.status !== 0) throw new Error(`${command} ${commandArgs.join(" ")} exited with ${result.status}`);
}

async function waitFor(url: string, child: ChildProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${url}: server exited with ${child.exitCode}`);
    try {
      const response = await fetch(url);
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
  await exited;
  clearTimeout(timer);
}

type Load = { rps: number; p50: number; p95: number; errors: number; non2xx: number; total: number };

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)]!;
}

async function load(url: string, headers: Record<string, string> = {}): Promise<Load> {
  const latencies: number[] = [];
  const instance = autocannon({ url, connections: CONNECTIONS, duration: SECONDS, headers });
  instance.on("response", (_client: unknown, _status: number, _bytes: number, responseTime: number) => {
    latencies.push(responseTime);
  });
  const result = await instance;
  latencies.sort((a, b) => a - b);
  return {
    rps: result.requests.total / SECONDS,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    total: result.requests.total,
  };
}

async function main() {
  const children: ChildProcess[] = [];
  const dataDir = process.env.DATABASE_URL ? null : await mkdtemp(path.join(tmpdir(), "facturo-bench-web-"));
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: process.env.DATABASE_URL ?? "",
    PGLITE_DATA_DIR: dataDir ?? "",
    APP_URL: baseUrl,
    LOG_LEVEL: "warn",
    AUTH_SECRET,
    RESEND_API_KEY: "",
  };
  try {
    if (BUILD) run("npx", ["next", "build"], { ...env, NODE_ENV: "production" });
    // Migrate in its own process (the scripts refuse demo data in production), seed in this one,
    // close: only then may next start open the directory.
    run("npm", ["run", "--silent", "db:migrate"], { ...env, NODE_ENV: "test" });
    Object.assign(process.env, { ...env, NODE_ENV: "test" });
    let start = performance.now();
    const seed = await seedWeb({ invoices: INVOICES, clients: CLIENTS, authSecret: AUTH_SECRET });
    console.log(
      `Seeded ${INVOICES} invoices, ${CLIENTS} clients, the demo organization, a session and a share link in ` +
        `${((performance.now() - start) / 1000).toFixed(1)} s (${dataDir ? "PGlite " + dataDir : "DATABASE_URL"}).`,
    );

    // The anchor: a raw Node http server, in its own process like next.
    const rawPort = await freePort();
    const raw = spawn(
      process.execPath,
      [
        "-e",
        `require("node:http").createServer((q, s) => { s.writeHead(200, { "content-type": "text/plain" }); s.end("hello world"); }).listen(${rawPort}, "127.0.0.1")`,
      ],
      { stdio: "ignore" },
    );
    children.push(raw);
    const nodeArgs = PROFILE_DIR ? ["--cpu-prof", "--cpu-prof-dir", path.resolve(PROFILE_DIR)] : [];
    const next = spawn(
      process.execPath,
      [...nodeArgs, path.join(ROOT, "node_modules/next/dist/bin/next"), "start", "-H", "127.0.0.1", "-p", String(port)],
      { env: { ...env, NODE_ENV: "production" }, stdio: ["ignore", "inherit", "inherit"], cwd: ROOT },
    );
    children.push(next);
    start = performance.now();
    await Promise.all([waitFor(`http://127.0.0.1:${rawPort}/`, raw), waitFor(`${baseUrl}/api/health`, next)]);
    console.log(`next start answered in ${((performance.now() - start) / 1000).toFixed(1)} s.`);

    const cookie = { cookie: seed.sessionCookie };
    const targets: [string, string, Record<string, string>][] = [
      ["raw Node http (anchor)", `http://127.0.0.1:${rawPort}/`, {}],
      ["/api/health", `${baseUrl}/api/health`, {}],
      ["/invoices", `${baseUrl}/invoices`, cookie],
      ["invoice page", `${baseUrl}/invoices/${seed.invoiceId}`, cookie],
      ["public page", `${baseUrl}/p/${seed.shareToken}`, {}],
      ["stored PDF", `${baseUrl}/api/documents/${seed.invoiceId}/pdf`, cookie],
    ];
    // Each target must answer 200 (signed in, found) before it is measured, and once warmed up.
    for (const [label, url, headers] of targets) {
      for (let i = 0; i < 5; i += 1) {
        const response = await fetch(url, { headers, redirect: "manual" });
        await response.arrayBuffer();
        if (response.status !== 200) throw new Error(`${label}: ${url} answered ${response.status}`);
      }
    }

    console.log(
      `\nautocannon ${CONNECTIONS} connections × ${SECONDS} s per target, one after the other; ratio = req/s ÷ raw Node's req/s.\n`,
    );
    console.log(
      `${"target".padEnd(24)} ${"req/s".padStart(9)} ${"p50 ms".padStart(8)} ${"p95 ms".padStart(8)} ${"ratio".padStart(8)} ${"errors".padStart(7)}`,
    );
    let anchor = NaN;
    for (const [label, url, headers] of targets) {
      if (ONLY && label !== ONLY && !label.startsWith("raw")) continue;
      const figures = await load(url, headers);
      if (Number.isNaN(anchor)) anchor = figures.rps;
      console.log(
        `${label.padEnd(24)} ${figures.rps.toFixed(1).padStart(9)} ${figures.p50.toFixed(0).padStart(8)} ${figures.p95.toFixed(0).padStart(8)} ` +
          `${`${((figures.rps / anchor) * 100).toFixed(2)} %`.padStart(8)} ${String(figures.errors + figures.non2xx).padStart(7)}`,
      );
    }
  } finally {
    for (const child of children.reverse()) await stopChild(child);
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
