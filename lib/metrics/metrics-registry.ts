import { Counter, Histogram, Registry, collectDefaultMetrics } from "prom-client";

// The process's Prometheus registry and the metrics recorded as things happen (requests, PDF
// renders, email deliveries, jobs). One per process, kept on globalThis: Next.js compiles
// instrumentation.ts and each route into separate bundles (and dev reloads modules), and a
// second registry would split the counts or register every name twice.
//
// Not "server-only": the PDF renderer and the job workers also run in CLI scripts and
// benchmarks, where these counters simply go unread.

export type AppMetrics = ReturnType<typeof createAppMetrics>;

const holder = globalThis as unknown as { __facturoMetrics?: AppMetrics };

export function appMetrics(): AppMetrics {
  holder.__facturoMetrics ??= createAppMetrics();
  return holder.__facturoMetrics;
}

// Seconds. Requests: from a cached page (~1 ms) to a 12-page PDF or a report (several s).
const HTTP_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
// A one-page PDF renders warm in ~30 ms, a 200-line one in ~0.8 s (README, PDF documents).
const PDF_BUCKETS = [0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
const JOB_BUCKETS = [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60];

function createAppMetrics() {
  const registry = new Registry();
  // CPU, memory, event loop lag, GC, handles: the standard names dashboards expect.
  collectDefaultMetrics({ register: registry });
  const registers = [registry];
  return {
    registry,
    httpRequestDuration: new Histogram({
      name: "facturo_http_request_duration_seconds",
      help: "Requests answered by the server, by method, route template and status code",
      labelNames: ["method", "route", "status"] as const,
      buckets: HTTP_BUCKETS,
      registers,
    }),
    pdfRenders: new Counter({
      name: "facturo_pdf_renders_total",
      help: "Document PDFs rendered (drafts on each request, issued documents once), by outcome",
      labelNames: ["outcome"] as const,
      registers,
    }),
    pdfRenderDuration: new Histogram({
      name: "facturo_pdf_render_duration_seconds",
      help: "Time to render one document PDF (Factur-X embedding included), by outcome",
      labelNames: ["outcome"] as const,
      buckets: PDF_BUCKETS,
      registers,
    }),
    emailsSent: new Counter({
      name: "facturo_emails_sent_total",
      help: "Emails delivered by this process's email.send jobs, by transport (resend, outbox)",
      labelNames: ["transport"] as const,
      registers,
    }),
    emailsFailed: new Counter({
      name: "facturo_emails_failed_total",
      help: 'Failed email deliveries by this process: final="true" made the email FAILED, "false" will be retried',
      labelNames: ["final"] as const,
      registers,
    }),
    jobDuration: new Histogram({
      name: "facturo_job_duration_seconds",
      help: "Jobs worked by this process, by queue and outcome (completed, failed)",
      labelNames: ["queue", "outcome"] as const,
      buckets: JOB_BUCKETS,
      registers,
    }),
    collectErrors: new Counter({
      name: "facturo_metrics_collect_errors_total",
      help: "Scrape-time readings that failed or took too long (their gauges are then left out), by source",
      labelNames: ["source"] as const,
      registers,
    }),
  };
}

/** Times `work` into a histogram and a counter labelled by outcome ("ok" or "error"). */
export async function timed<T>(
  histogram: Histogram<"outcome">,
  counter: Counter<"outcome">,
  work: () => Promise<T>,
): Promise<T> {
  const stop = histogram.startTimer();
  let outcome = "error";
  try {
    const result = await work();
    outcome = "ok";
    return result;
  } finally {
    stop({ outcome });
    counter.inc({ outcome });
  }
}
