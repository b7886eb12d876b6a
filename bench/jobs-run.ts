import { spawn, type ChildProcess } from "node:child_process";
import { createServer, request as httpRequest, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { installDb, closeDb, db } from "@/lib/db/prisma";
import { resetEnvCache } from "@/lib/env/env";
import { applyMigrations } from "@/lib/db/schema-engine";
import { queueEmail } from "@/lib/email/queue-email";
import { installJobQueue } from "@/lib/jobs/install-job-queue";
import { jobHandlers } from "@/lib/jobs/job-handlers";
import { startWorkers } from "@/lib/jobs/start-workers";
import { sendDocument } from "@/lib/sending/send-document";
import { testMeta } from "@/tests/support/factories";
import { documentWorkspace, makeIssuedInvoice } from "@/tests/support/document-factories";
import { openBenchDatabase } from "./open-bench-database";
import { percentile } from "./percentile";

// Background work, measured (issue 13):
// - jobs processed per second by one and by two `npm run worker` processes on PostgreSQL: real
//   email.send jobs against a local stand-in of Resend's API; the anchor is the same stand-in
//   called directly by one Node process over keep-alive HTTP in the same run (what sending
//   costs without a queue, a database or a worker);
// - what "send document" costs the user now that the email is a job: sendDocument() (PDF of
//   the issued invoice loaded, send + link + queued email + job written in one transaction),
//   p50/p95, next to a primary-key lookup on the same database (anchor). Target: p95 < 50 ms.
// Usage: DATABASE_URL=postgres://… npm run bench:jobs [-- --emails 2000]. Without DATABASE_URL
// only the send-document figure runs (throwaway PGlite; worker processes need PostgreSQL).

const args = process.argv.slice(2);
const emailsArg = args.indexOf("--emails");
const EMAILS = emailsArg >= 0 ? Number(args[emailsArg + 1]) : 2000;

const TSX_CLI = path.resolve(import.meta.dirname, "..", "node_modules", "tsx", "dist", "cli.mjs");

type StandIn = { url: string; received: () => number; close: () => Promise<void> };

async function startStandIn(): Promise<StandIn> {
  let received = 0;
  const server: Server = createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      received += 1;
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ id: `re_bench_${received}` }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received: () => received,
    close: () => new Promise((resolve) => (server.closeAllConnections(), server.close(() => resolve()))),
  };
}

/** The anchor: the stand-in's POST /emails called directly, 8 at a time, for `count` requests. */
async function directPostsPerSecond(url: string, count: number): Promise<number> {
  const { Agent } = await import("node:http");
  const agent = new Agent({ keepAlive: true, maxSockets: 8 });
  const body = JSON.stringify({ from: "a@b.c", to: ["x@y.z"], subject: "s", html: "<p>x</p>", text: "x" });
  const post = () =>
    new Promise<void>((resolve, reject) => {
      const req = httpRequest(
        `${url}/emails`,
        { method: "POST", agent, headers: { "content-type": "application/json" } },
        (res) => {
          res.resume();
          res.on("end", () => resolve());
        },
      );
      req.on("error", reject);
      req.end(body);
    });
  const started = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      while (next < count) {
        next += 1;
        await post();
      }
    }),
  );
  agent.destroy();
  return count / ((performance.now() - started) / 1000);
}

function startWorker(databaseUrl: string, standIn: StandIn): ChildProcess {
  // tsx itself (not npx, which would not pass SIGTERM on to the worker).
  const child = spawn(process.execPath, [TSX_CLI, "scripts/worker.ts", "--concurrency", "4"], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      RESEND_API_KEY: "re_bench",
      RESEND_BASE_URL: standIn.url,
      LOG_LEVEL: "warn",
    },
    stdio: ["ignore", "inherit", "inherit"],
  });
  return child;
}

async function queueBatch(count: number, label: string): Promise<string[]> {
  const ids: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const to = [`bench-${label}-${index}@jobs.test`];
    ids.push(
      (await queueEmail({ to, subject: `Bench ${index}`, html: "<p>Bonjour</p>", text: "Bonjour", template: "bench" }))
        .id,
    );
  }
  return ids;
}

async function jobsPerSecond(databaseUrl: string, standIn: StandIn, workers: number): Promise<number> {
  const ids = await queueBatch(EMAILS, `w${workers}`);
  const children = Array.from({ length: workers }, () => startWorker(databaseUrl, standIn));
  // Measured from the first email sent (process start-up, ~2 s of tsx, left out) to the last.
  let first = 0;
  for (;;) {
    const sent = await db.emailMessage.count({ where: { id: { in: ids }, status: "SENT" } });
    if (sent > 0 && first === 0) first = performance.now();
    if (sent === ids.length) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const seconds = (performance.now() - first) / 1000;
  for (const child of children) child.kill("SIGTERM");
  await Promise.all(children.map((child) => new Promise((resolve) => child.on("exit", resolve))));
  return ids.length / seconds;
}

async function sendDocumentFigures(runs: number) {
  // An invoice issued the normal way (legal identity, snapshots, stored PDF and Factur-X).
  const { organization, member, client } = await documentWorkspace("OWNER");
  const invoice = await makeIssuedInvoice(member, client.id);
  const { emails } = await db.client.findUniqueOrThrow({ where: { id: client.id }, select: { emails: true } });
  const input = { recipients: emails, subject: "Votre facture", message: "Bonjour," };
  await sendDocument(member, invoice.id, input, testMeta()); // renders and stores the PDF once
  const send: number[] = [];
  const anchor: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    let started = performance.now();
    await sendDocument(member, invoice.id, input, testMeta());
    send.push(performance.now() - started);
    started = performance.now();
    await db.organization.findUnique({ where: { id: organization.id }, select: { id: true } });
    anchor.push(performance.now() - started);
  }
  send.sort((a, b) => a - b);
  anchor.sort((a, b) => a - b);
  return { send, anchor };
}

const ms = (value: number) => `${value.toFixed(1)} ms`;

/**
 * From queueEmail() to the row SENT with this process working the queue (in-app workers, woken
 * by the enqueue): how long a login code waits for the queue. The anchor: one POST straight to
 * the provider stand-in, what sending inside the request used to add.
 */
async function queuedEmailLatency(standIn: StandIn, runs: number) {
  const workers = await startWorkers({
    handlers: jobHandlers,
    concurrency: 1,
    pollingIntervalSeconds: 2,
    schedules: false,
  });
  const latency: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    const { id } = await queueEmail({
      to: [`code-${run}@jobs.test`],
      subject: "Code",
      html: "<p>123456</p>",
      text: "123456",
      template: "bench",
    });
    while ((await db.emailMessage.findUniqueOrThrow({ where: { id }, select: { status: true } })).status !== "SENT") {
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    latency.push(performance.now() - started);
  }
  await workers.stop();
  const direct: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    await directPostsPerSecond(standIn.url, 1);
    direct.push(performance.now() - started);
  }
  latency.sort((a, b) => a - b);
  direct.sort((a, b) => a - b);
  return { latency, direct };
}

async function main(): Promise<void> {
  const databaseUrl = process.env.DATABASE_URL;
  const { adapter, where } = await openBenchDatabase();
  if (databaseUrl)
    await applyMigrations(adapter.factory, path.resolve(import.meta.dirname, "..", "prisma", "migrations"));
  await installJobQueue(adapter);
  installDb(adapter);
  const standIn = await startStandIn();
  process.env.RESEND_API_KEY = "re_bench";
  process.env.RESEND_BASE_URL = standIn.url;
  // This process only sends jobs: the workers measured are the separate processes.
  process.env.JOB_WORKERS = "off";
  resetEnvCache();
  console.log(`bench:jobs on ${where}`);

  const { send, anchor } = await sendDocumentFigures(60);
  const p95 = percentile(send, 95);
  console.log(
    `send document (action, email queued): p50 ${ms(percentile(send, 50))}, p95 ${ms(p95)} — ` +
      `anchor PK lookup p50 ${ms(percentile(anchor, 50))} (×${(percentile(send, 50) / percentile(anchor, 50)).toFixed(1)}); ` +
      `target p95 < 50 ms: ${p95 < 50 ? "met" : "NOT met"}`,
  );

  const codes = await queuedEmailLatency(standIn, 40);
  console.log(
    `queued email → sent, in-app worker woken at once (a login code's wait): p50 ${ms(percentile(codes.latency, 50))}, ` +
      `p95 ${ms(percentile(codes.latency, 95))} — anchor one direct POST to the stand-in p50 ${ms(percentile(codes.direct, 50))}`,
  );

  if (!databaseUrl) {
    console.log("jobs/s by worker processes: needs PostgreSQL (DATABASE_URL); skipped");
  } else {
    const direct = await directPostsPerSecond(standIn.url, EMAILS);
    const one = await jobsPerSecond(databaseUrl, standIn, 1);
    const two = await jobsPerSecond(databaseUrl, standIn, 2);
    console.log(`anchor: direct POSTs to the provider stand-in (8 in flight): ${direct.toFixed(0)}/s`);
    console.log(
      `email.send jobs, 1 worker process (concurrency 4): ${one.toFixed(0)}/s (${((one / direct) * 100).toFixed(1)} % of the anchor)`,
    );
    console.log(
      `email.send jobs, 2 worker processes (concurrency 4 each): ${two.toFixed(0)}/s (${((two / direct) * 100).toFixed(1)} % of the anchor; ×${(two / one).toFixed(2)} one worker)`,
    );
  }
  await standIn.close();
  await closeDb();
}

await main();
