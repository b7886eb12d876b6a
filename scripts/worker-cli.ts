import { getEnv, EnvError } from "@/lib/env/env";
import { closeDb, currentDatabase } from "@/lib/db/prisma";
import type { QueueName } from "@/lib/jobs/job-definitions";
import type { HandlerTable } from "@/lib/jobs/job-handler";
import { jobHandlers } from "@/lib/jobs/job-handlers";
import { countJobs, retryFailedJobs } from "@/lib/jobs/inspect-queue";
import { runQueuedJobs } from "@/lib/jobs/run-queued-jobs";
import { startWorkers } from "@/lib/jobs/start-workers";
import { serveMetrics, type MetricsServer } from "@/lib/metrics/serve-metrics";

// `npm run worker [-- --once] [--concurrency N]`: a process that works the job queue (emails,
// reminders, recurring invoices) on PostgreSQL. Run as many as needed, on one machine or many:
// each job is fetched by one of them (FOR UPDATE SKIP LOCKED) and claims its work in our tables.
// SIGTERM/SIGINT stop it gracefully: held jobs finish (10 s at most), none is fetched after.
//   --once            work what is queued now, then exit (cron-style use, scripts)
//   --concurrency N   jobs of one queue at the same time (default JOB_CONCURRENCY, 2)
//   --status          print the jobs per queue and state, then exit
//   --retry-failed [queue]  put failed jobs (of one queue, or all) back to run once more, then exit
//   --queues a,b      work only these queues (e.g. a process for email.send alone); the cron
//                     schedules are registered only by a process that works their queues
//   --metrics-port N  serve GET /metrics on port N for Prometheus (needs METRICS_TOKEN): the
//                     emails this worker sent and the jobs it worked, which no app process sees

const USAGE =
  "usage: npm run worker [-- --once | --status | --retry-failed [queue]] [--concurrency N] [--queues a,b] [--metrics-port N]";

/** The handler table, or the part of it --queues names (undefined: a name is not a queue). */
function chosenHandlers(argv: string[]): HandlerTable | undefined {
  const index = argv.indexOf("--queues");
  if (index < 0) return jobHandlers;
  const names = (argv[index + 1] ?? "").split(",").filter(Boolean);
  if (names.length === 0) return undefined;
  const chosen: HandlerTable = {};
  for (const name of names) {
    const handler = jobHandlers[name as QueueName];
    if (!handler) return undefined;
    chosen[name as QueueName] = handler;
  }
  return chosen;
}

async function main(argv: string[]): Promise<number> {
  const once = argv.includes("--once");
  const index = argv.indexOf("--concurrency");
  const env = getEnv();
  const concurrency = index >= 0 ? Number(argv[index + 1]) : env.JOB_CONCURRENCY;
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 50) {
    console.error(`--concurrency needs a whole number from 1 to 50\n${USAGE}`);
    return 2;
  }
  const metricsIndex = argv.indexOf("--metrics-port");
  const metricsPort = metricsIndex >= 0 ? Number(argv[metricsIndex + 1]) : undefined;
  if (metricsPort !== undefined && !(Number.isInteger(metricsPort) && metricsPort > 0 && metricsPort < 65536)) {
    console.error(`--metrics-port needs a port number\n${USAGE}`);
    return 2;
  }
  if (metricsPort !== undefined && !env.METRICS_TOKEN) {
    console.error("--metrics-port needs METRICS_TOKEN (the bearer token Prometheus sends)");
    return 2;
  }
  const handlers = chosenHandlers(argv);
  if (!handlers) {
    console.error(`--queues takes queue names separated by commas: ${Object.keys(jobHandlers).join(", ")}\n${USAGE}`);
    return 2;
  }
  if (currentDatabase().pglite) {
    // PGlite has no file lock: a second process on the app's directory would corrupt it.
    console.error(
      "npm run worker needs PostgreSQL (DATABASE_URL). With the embedded database the app process works the queue itself.",
    );
    await closeDb();
    return 2;
  }
  if (argv.includes("--status")) {
    const counts = await countJobs();
    if (counts.length === 0) console.log("no jobs");
    for (const row of counts) console.log(`${row.name.padEnd(24)} ${row.state.padEnd(10)} ${row.count}`);
    await closeDb();
    return 0;
  }
  const retryIndex = argv.indexOf("--retry-failed");
  if (retryIndex >= 0) {
    const queue = argv[retryIndex + 1]?.startsWith("--") ? undefined : argv[retryIndex + 1];
    const retried = await retryFailedJobs(queue);
    console.log(`${retried} failed job(s) put back to run${queue ? ` (${queue})` : ""}`);
    await closeDb();
    return 0;
  }
  if (once) {
    const report = await runQueuedJobs(handlers);
    console.log(`worked ${report.completed + report.failed} job(s): ${report.completed} done, ${report.failed} failed`);
    await closeDb();
    return report.failed > 0 ? 1 : 0;
  }
  const workers = await startWorkers({ handlers, concurrency });
  let metrics: MetricsServer | undefined;
  if (metricsPort !== undefined && env.METRICS_TOKEN) {
    metrics = await serveMetrics({ port: metricsPort, token: env.METRICS_TOKEN });
    console.log(`metrics on http://localhost:${metrics.port}/metrics`);
  }
  console.log(`worker ${process.pid} running (concurrency ${concurrency}); Ctrl-C to stop`);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once("SIGTERM", stop);
    process.once("SIGINT", stop);
  });
  console.log("stopping: finishing held jobs…");
  // A stop that hangs (a stuck connection) must not keep the process: its jobs expire and
  // another worker retries them.
  setTimeout(() => {
    console.error("worker: not stopped after 20 s, exiting");
    process.exit(1);
  }, 20_000).unref();
  await metrics?.close();
  await workers.stop({ timeoutMs: 10_000 });
  await closeDb();
  return 0;
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  if (error instanceof EnvError) {
    console.error(error.message);
    process.exitCode = 2;
  } else {
    throw error;
  }
}
