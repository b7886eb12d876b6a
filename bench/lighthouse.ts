/**
 * Lighthouse benchmark: `npm run bench:lighthouse [-- --no-build --runs N --only PATH-LABEL --report DIR --against DIST-DIR]`.
 *
 * Builds (`next build` into .next-lighthouse, skipped with --no-build), migrates and seeds a
 * throwaway embedded PGlite with the demo organization (bench/web-seed.ts: a few hundred
 * invoices, a signed-in session and a share link), starts `next start` on a free port of
 * 127.0.0.1, and runs Lighthouse 12.2.3 in Debian's Chromium (chrome-launcher, headless) on
 * `/`, `/login`, the public page of the share link, `/invoices` and an invoice page (signed in
 * by sending the session cookie), with Lighthouse's mobile (default: Moto G Power, slow 4G,
 * 4× CPU slowdown, simulated) and desktop presets. Prints the performance, accessibility and
 * best-practices scores and the LCP of each page; with --runs N, the median run (by
 * performance) of N, with figures that do not move with the machine's load (bench/lighthouse-figures.ts:
 * JavaScript bytes and files, requests after the load event and how many are RSC prefetches) and
 * TBT. --report DIR writes each median run's HTML and JSON reports there. NEXT_DIST_DIR chooses
 * the build folder (default .next-lighthouse). --against DIST-DIR also serves another build (say,
 * of the previous commit, built with NEXT_DIST_DIR=DIST-DIR) on a copy of the same database and
 * measures both turn about, run by run: on a shared machine only such pairs compare.
 * A benchmark, not a test: the figures depend on the machine and its load (targets, issue 11:
 * accessibility and best practices 100, performance ≥ 95 on both presets).
 * Everything it starts is stopped at the end, on error too.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse, { desktopConfig, generateReport, type Flags, type Result } from "lighthouse";
import { formatJs, pageFigures, type PageFigures } from "./lighthouse-figures";
import { freePort, ROOT, run, stopChild, waitFor } from "./processes";
import { seedWeb } from "./web-seed";

const args = process.argv.slice(2);
const text = (name: string) => {
  const index = args.indexOf(`--${name}`);
  return index === -1 ? undefined : args[index + 1];
};
const RUNS = Math.max(1, Number(text("runs") ?? 1) || 1);
const ONLY = text("only");
const REPORT_DIR = text("report");
const BUILD = !args.includes("--no-build");
// Another build folder to measure turn about with this one (e.g. a build of the previous commit).
const AGAINST = text("against");
// Its own build folder (NEXT_DIST_DIR to choose another: several builds may share a checkout).
const DIST_DIR = process.env.NEXT_DIST_DIR || ".next-lighthouse";
const AUTH_SECRET = "bench-lighthouse-secret-bench-lighthouse-secret";
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const CATEGORIES = ["performance", "accessibility", "best-practices"] as const;

type Target = { label: string; url: string; cookie?: string };
type Figures = {
  performance: number;
  accessibility: number;
  bestPractices: number;
  lcpMs: number;
  page: PageFigures;
  report: Result;
};

async function audit(port: number, target: Target, preset: "mobile" | "desktop"): Promise<Figures> {
  const flags: Flags = {
    port,
    output: "json",
    logLevel: "error",
    onlyCategories: [...CATEGORIES],
    // The session cookie, on every request of the page (all same-origin).
    ...(target.cookie ? { extraHeaders: { Cookie: target.cookie } } : {}),
  };
  const result = await lighthouse(target.url, flags, preset === "desktop" ? desktopConfig : undefined);
  if (!result) throw new Error(`${target.label}: Lighthouse returned nothing`);
  const lhr = result.lhr;
  if (lhr.runtimeError) throw new Error(`${target.label}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const score = (id: string) => Math.round((lhr.categories[id]?.score ?? NaN) * 100);
  return {
    performance: score("performance"),
    accessibility: score("accessibility"),
    bestPractices: score("best-practices"),
    lcpMs: lhr.audits["largest-contentful-paint"]?.numericValue ?? NaN,
    page: pageFigures(lhr),
    report: lhr,
  };
}

/** The failing audits of a category (score < 1), for the line under a page that misses 100. */
function failing(lhr: Result, category: string): string[] {
  return (lhr.categories[category]?.auditRefs ?? [])
    .filter((ref) => ref.weight > 0)
    .map((ref) => lhr.audits[ref.id])
    .filter((audit) => audit && audit.score !== null && audit.score < 1)
    .map((audit) => audit!.id);
}

/** A `next start` of one build on its own copy of the seeded database. */
type Server = { name: string; baseUrl: string; child: ChildProcess };

async function startServer(name: string, distDir: string, dataDir: string, env: NodeJS.ProcessEnv): Promise<Server> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const child = spawn(
    process.execPath,
    [path.join(ROOT, "node_modules/next/dist/bin/next"), "start", "-H", "127.0.0.1", "-p", String(port)],
    {
      env: { ...env, NODE_ENV: "production", NEXT_DIST_DIR: distDir, PGLITE_DATA_DIR: dataDir, APP_URL: baseUrl },
      stdio: ["ignore", "inherit", "inherit"],
      cwd: ROOT,
    },
  );
  await waitFor(`${baseUrl}/api/health`, child);
  return { name, baseUrl, child };
}

/** The median run by performance, as one line of the table. */
function printLine(label: string, preset: string, runs: Figures[]): Figures {
  runs.sort((a, b) => a.performance - b.performance);
  const median = runs[Math.floor(runs.length / 2)]!;
  const misses = [
    ...(median.accessibility < 100 ? failing(median.report, "accessibility") : []),
    ...(median.bestPractices < 100 ? failing(median.report, "best-practices") : []),
  ];
  console.log(
    `${label.padEnd(24)} ${preset.padEnd(8)} ${String(median.performance).padStart(5)} ${String(median.accessibility).padStart(5)} ` +
      `${String(median.bestPractices).padStart(5)} ${(median.lcpMs / 1000).toFixed(2).padStart(6)} ` +
      `${String(Math.round(median.page.tbtMs)).padStart(6)} ${formatJs(median.page).padStart(19)} ` +
      `${`${median.page.requestsAfterLoad} (${median.page.rscAfterLoad})`.padStart(16)}  ${misses.join(", ")}`,
  );
  return median;
}

async function main() {
  const children: ChildProcess[] = [];
  const dataDir = await mkdtemp(path.join(tmpdir(), "facturo-bench-lighthouse-"));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: "1",
    NEXT_DIST_DIR: DIST_DIR,
    DATABASE_URL: "",
    PGLITE_DATA_DIR: dataDir,
    LOG_LEVEL: "warn",
    AUTH_SECRET,
    RESEND_API_KEY: "",
  };
  let chrome: chromeLauncher.LaunchedChrome | undefined;
  try {
    if (BUILD) {
      // next build adds its dist folder's type globs to tsconfig.json (exact strings, so every
      // NEXT_DIST_DIR gets its own): put the file back as it was, the benchmark changes no source.
      const tsconfig = readFileSync(path.join(ROOT, "tsconfig.json"), "utf8");
      try {
        run("npx", ["next", "build"], { ...env, NODE_ENV: "production" });
      } finally {
        writeFileSync(path.join(ROOT, "tsconfig.json"), tsconfig);
      }
    }
    // Migrate in its own process (the scripts refuse demo data in production), seed in this one,
    // close: only then may next start open the directory (PGlite is single-process).
    run("npm", ["run", "--silent", "db:migrate"], { ...env, NODE_ENV: "test" });
    Object.assign(process.env, { ...env, NODE_ENV: "test" });
    const seed = await seedWeb({ invoices: 300, clients: 100, authSecret: AUTH_SECRET });
    // The build compared with (--against): a copy of the same database (same ids, and the session
    // is a JWT), its own server; both are measured turn about, so the machine's load falls on both.
    if (AGAINST) await cp(dataDir, `${dataDir}-against`, { recursive: true });

    const servers: Server[] = [];
    const start = async (name: string, distDir: string, dir: string) => {
      const server = await startServer(name, distDir, dir, env);
      children.push(server.child);
      servers.push(server);
    };
    await start(DIST_DIR, DIST_DIR, dataDir);
    if (AGAINST) await start(AGAINST, AGAINST, `${dataDir}-against`);

    const targetsOf = (baseUrl: string): Target[] =>
      [
        { label: "/", url: `${baseUrl}/` },
        { label: "/login", url: `${baseUrl}/login` },
        { label: "public page", url: `${baseUrl}/p/${seed.shareToken}` },
        { label: "/invoices", url: `${baseUrl}/invoices`, cookie: seed.sessionCookie },
        { label: "invoice page", url: `${baseUrl}/invoices/${seed.invoiceId}`, cookie: seed.sessionCookie },
      ].filter((target) => !ONLY || target.label === ONLY);
    // Each page must answer 200 (signed in, found), and be warm (compiled routes, caches).
    for (const server of servers) {
      for (const target of targetsOf(server.baseUrl)) {
        for (let i = 0; i < 3; i += 1) {
          const response = await fetch(target.url, {
            headers: target.cookie ? { cookie: target.cookie } : {},
            redirect: "manual",
          });
          await response.arrayBuffer();
          if (response.status !== 200) throw new Error(`${target.label}: ${target.url} answered ${response.status}`);
        }
      }
    }

    chrome = await chromeLauncher.launch({
      chromePath: CHROMIUM,
      chromeFlags: [
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    });

    console.log(
      `\nLighthouse 12.2.3, ${CHROMIUM}, ${RUNS === 1 ? "one run" : `median of ${RUNS} runs`} per page and preset` +
        `${AGAINST ? `, ${DIST_DIR} and ${AGAINST} turn about` : ""}.\n`,
    );
    console.log(
      `${"page".padEnd(24)} ${"preset".padEnd(8)} ${"perf".padStart(5)} ${"a11y".padStart(5)} ${"b.p.".padStart(5)} ${"LCP s".padStart(6)} ` +
        `${"TBT ms".padStart(6)} ${"JS gzip/raw, files".padStart(19)} ${"after load (RSC)".padStart(16)}  below 100`,
    );
    const labels = targetsOf("").map((target) => target.label);
    for (const label of labels) {
      for (const preset of ["mobile", "desktop"] as const) {
        const runs = servers.map((): Figures[] => []);
        for (let i = 0; i < RUNS; i += 1) {
          for (const [index, server] of servers.entries()) {
            const target = targetsOf(server.baseUrl).find((candidate) => candidate.label === label)!;
            runs[index]!.push(await audit(chrome.port, target, preset));
          }
        }
        for (const [index, server] of servers.entries()) {
          const median = printLine(servers.length > 1 ? `${label} ${server.name}` : label, preset, runs[index]!);
          if (REPORT_DIR) {
            mkdirSync(REPORT_DIR, { recursive: true });
            const slug = `${label.replace(/[^a-z0-9]+/gi, "-").replace(/^-|-$/g, "") || "home"}`;
            const name = `${slug}${index > 0 ? "-against" : ""}-${preset}`;
            writeFileSync(path.join(REPORT_DIR, `${name}.html`), generateReport(median.report, "html"));
            // The same run as JSON, for reading its network requests and main-thread breakdown by script.
            writeFileSync(path.join(REPORT_DIR, `${name}.json`), JSON.stringify(median.report));
          }
        }
      }
    }
  } finally {
    chrome?.kill();
    for (const child of children.reverse()) await stopChild(child);
    await rm(dataDir, { recursive: true, force: true });
    await rm(`${dataDir}-against`, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
