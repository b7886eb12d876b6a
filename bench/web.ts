/**
 * Web benchmark: `npm run bench:web [-- --seconds N --invoices N --no-build --profile DIR --only NAME]`.
 *
 * Builds (`next build`, skipped with --no-build), migrates and seeds a throwaway embedded PGlite
 * directory (or uses DATABASE_URL's migrated PostgreSQL) with the demo organization and 10,000
 * invoices (bench/web-seed.ts: the app's own functions), signs in, then starts `next start` on a
 * free port of 127.0.0.1 and loads, with autocannon (20 connections × N seconds, 10 by default):
 * `/api/health`, `/invoices`, an invoice page, its public page (a share link) and its stored PDF.
 * Each target's req/s is printed with p50/p95 latencies, the CPU time the server process spent per
 * request (from /proc: steadier than req/s when other work shares the machine), and as a ratio of
 * a raw Node `http` server (hello world, its own process) measured in the same run — machines
 * differ, ratios travel — next to the target of issue 11 for that ratio and whether it is met.
 * The public page is loaded as many visitors behind one trusted proxy (TRUSTED_PROXY_HOPS=1, a
 * different X-Forwarded-For address per request): from one address its rate limit (60 a minute)
 * would answer 429 after the first second and the figure would measure the refusal.
 * --api measures the public API instead (issue 14): `GET /api/v1/documents` (the first page of
 * the invoices list, 25 rows) and `POST /api/v1/documents` (a one-line draft invoice, written
 * through the same functions as the editor), with an API token, beside `/api/health` and raw Node
 * in the same run. The token's rate limit is raised for the run (API_RATE_LIMIT_PER_MINUTE): its
 * check still runs on every call, only its refusals would be measured otherwise.
 * --profile DIR starts next with `node --cpu-prof` (one .cpuprofile per process, written at stop;
 * summarize with `tsx bench/cpu-profile-summary.ts FILE`). --only NAME loads only that target.
 * Everything it starts is stopped at the end, on error too.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { freePort, ROOT, run, stopChild, waitFor } from "./processes";
import { seedWeb } from "./web-seed";
import { percentile } from "./percentile";

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
const API = args.includes("--api");
const AUTH_SECRET = "bench-web-secret-bench-web-secret-bench-web";

type Load = {
  rps: number;
  p50: number;
  p95: number;
  errors: number;
  non2xx: number;
  total: number;
  /** CPU time (user + system) of the server process per request, in ms; NaN off Linux. */
  cpuMs: number;
};

const CLOCK_TICKS = Number(spawnSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).stdout) || 100;

/** CPU seconds (user + system) a process has used so far, from /proc; NaN where there is none. */
function cpuSeconds(pid: number | undefined): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // Fields after the command name (which may hold spaces, inside parentheses): utime is the 14th.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
  } catch {
    return NaN;
  }
}

/** Issue 11's targets: req/s as a share of raw Node's in the same run. */
const TARGETS: Record<string, number> = {
  "/api/health": 5,
  "/invoices": 0.5,
  "invoice page": 0.5,
  "public page": 1,
};

/** A different client address per request: 10.x.y.z after the bench's trusted proxy. */
let visitor = 0;
function asManyVisitors(request: { headers?: Record<string, string> }) {
  visitor += 1;
  const address = `10.${(visitor >> 16) & 255}.${(visitor >> 8) & 255}.${visitor & 255}`;
  return { ...request, headers: { ...request.headers, "x-forwarded-for": address } };
}

type Target = {
  label: string;
  url: string;
  headers: Record<string, string>;
  manyVisitors?: boolean;
  method?: "GET" | "POST";
  body?: string;
  /** The status every answer must have (200 by default). */
  status?: number;
};

async function load(target: Target, server: ChildProcess): Promise<Load> {
  const latencies: number[] = [];
  const { url, headers } = target;
  const requests = target.manyVisitors ? [{ setupRequest: asManyVisitors }] : undefined;
  const cpuBefore = cpuSeconds(server.pid);
  const instance = autocannon({
    url,
    connections: CONNECTIONS,
    duration: SECONDS,
    headers,
    requests,
    method: target.method ?? "GET",
    body: target.body,
  });
  instance.on("response", (_client: unknown, _status: number, _bytes: number, responseTime: number) => {
    latencies.push(responseTime);
  });
  const result = await instance;
  const cpuMs = ((cpuSeconds(server.pid) - cpuBefore) * 1000) / Math.max(1, result.requests.total);
  latencies.sort((a, b) => a - b);
  return {
    rps: result.requests.total / SECONDS,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    total: result.requests.total,
    cpuMs,
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
    // One or the other: the env schema refuses an empty PGLITE_DATA_DIR.
    ...(dataDir ? { DATABASE_URL: "", PGLITE_DATA_DIR: dataDir } : {}),
    APP_URL: baseUrl,
    LOG_LEVEL: "warn",
    AUTH_SECRET,
    RESEND_API_KEY: "",
    // The bench stands for a reverse proxy: the public page's visitors come through it.
    TRUSTED_PROXY_HOPS: "1",
    API_RATE_LIMIT_PER_MINUTE: "100000",
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
    const bearer = { authorization: `Bearer ${seed.apiToken}` };
    const draft = JSON.stringify({
      type: "INVOICE",
      clientId: seed.clientId,
      lines: [{ description: "Bench", quantityMilli: 1000, unit: "h", unitPriceCents: 10_000, vatRateBps: 2000 }],
    });
    const pageTargets: Target[] = [
      { label: "/api/health", url: `${baseUrl}/api/health`, headers: {} },
      { label: "/invoices", url: `${baseUrl}/invoices`, headers: cookie },
      { label: "invoice page", url: `${baseUrl}/invoices/${seed.invoiceId}`, headers: cookie },
      { label: "public page", url: `${baseUrl}/p/${seed.shareToken}`, headers: {}, manyVisitors: true },
      { label: "stored PDF", url: `${baseUrl}/api/documents/${seed.invoiceId}/pdf`, headers: cookie },
    ];
    const apiTargets: Target[] = [
      { label: "/api/health", url: `${baseUrl}/api/health`, headers: {} },
      { label: "API GET documents", url: `${baseUrl}/api/v1/documents?type=INVOICE`, headers: bearer },
      {
        label: "API POST draft",
        url: `${baseUrl}/api/v1/documents`,
        headers: { ...bearer, "content-type": "application/json" },
        method: "POST",
        body: draft,
        status: 201,
      },
    ];
    const targets = (API ? apiTargets : pageTargets).filter((target) => !ONLY || target.label === ONLY);
    // Each target must answer as expected (signed in, found) before it is measured, and once warmed up.
    for (const { label, url, headers, method, body, status } of targets) {
      for (let i = 0; i < 5; i += 1) {
        const response = await fetch(url, { headers, redirect: "manual", method: method ?? "GET", body });
        await response.arrayBuffer();
        if (response.status !== (status ?? 200)) throw new Error(`${label}: ${url} answered ${response.status}`);
      }
    }

    console.log(
      `\nautocannon ${CONNECTIONS} connections × ${SECONDS} s per target, one after the other; ` +
        `CPU = the server process's CPU time per request; ratio = req/s ÷ raw Node's req/s (target: issue 11's).\n`,
    );
    const columns = ["req/s", "p50 ms", "p95 ms", "CPU ms", "ratio", "target", "errors"];
    console.log(`${"target".padEnd(24)} ${columns.map((column, i) => column.padStart(i === 5 ? 12 : 9)).join(" ")}`);
    const anchor = await load({ label: "raw", url: `http://127.0.0.1:${rawPort}/`, headers: {} }, raw);
    const print = (label: string, figures: Load, goal: string) =>
      console.log(
        `${label.padEnd(24)} ${[
          figures.rps.toFixed(1),
          figures.p50.toFixed(0),
          figures.p95.toFixed(0),
          figures.cpuMs.toFixed(figures.cpuMs < 1 ? 3 : 1),
          `${((figures.rps / anchor.rps) * 100).toFixed(2)} %`,
          goal,
          String(figures.errors + figures.non2xx),
        ]
          .map((cell, i) => cell.padStart(i === 5 ? 12 : 9))
          .join(" ")}`,
      );
    print("raw Node http (anchor)", anchor, "");
    for (const target of targets) {
      const figures = await load(target, next);
      const goal = TARGETS[target.label];
      const met =
        goal === undefined ? "" : `≥ ${goal} % ${(figures.rps / anchor.rps) * 100 >= goal ? "met" : "NOT met"}`;
      print(target.label, figures, met);
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
