import http from "node:http";
import type { AddressInfo } from "node:net";
import { enqueueJob } from "@/lib/jobs/enqueue-job";
import { QUEUES } from "@/lib/jobs/job-definitions";
import { stopJobQueue } from "@/lib/jobs/job-queue";
import { startWorkers } from "@/lib/jobs/start-workers";
import { installHttpRequestMetrics } from "@/lib/metrics/http-request-metrics";
import { appMetrics } from "@/lib/metrics/metrics-registry";
import { parseExposition, sampleValue, type Exposition } from "./prometheus-text";

async function exposition(): Promise<Exposition> {
  return parseExposition(await appMetrics().registry.metrics());
}

async function until(condition: () => Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe("job metrics", () => {
  afterAll(() => stopJobQueue({ timeoutMs: 2_000 }));

  it("times the jobs a worker runs, by queue and outcome", async () => {
    const queue = QUEUES.remindersTick.name;
    const workers = await startWorkers({
      handlers: {
        [queue]: async (data: unknown) => {
          if ((data as { fail?: boolean }).fail) throw new Error("this job fails");
        },
      },
      concurrency: 1,
      pollingIntervalSeconds: 0.5,
      schedules: false,
    });
    try {
      await enqueueJob(queue, { fail: false });
      await enqueueJob(queue, { fail: true });
      const count = async (outcome: string) =>
        sampleValue(await exposition(), "facturo_job_duration_seconds_count", { queue, outcome }) ?? 0;
      await until(async () => (await count("completed")) >= 1 && (await count("failed")) >= 1);
      expect(await count("completed")).toBe(1);
      expect(await count("failed")).toBe(1);
    } finally {
      await workers.stop({ timeoutMs: 2_000 });
    }
  });
});

describe("HTTP request metrics", () => {
  let server: http.Server;
  let base = "";

  beforeAll(async () => {
    installHttpRequestMetrics();
    // A real HTTP server in this process, as `next start` is: what it answers is what counts.
    server = http.createServer((request, response) => {
      const known = request.url?.startsWith("/invoices/") || request.url?.startsWith("/api/health");
      response.statusCode = known ? 200 : 404;
      if (request.url?.includes("slow")) setTimeout(() => response.end("slow"), 60);
      else response.end(known ? "ok" : "not found");
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("records every answered request under its route template and status", async () => {
    for (const path of [
      "/invoices/cmf3k2v9x0001abcd1234efgh/edit",
      "/invoices/cmf9zzzz00002wxyz5678ijkl/edit?tab=lines",
      "/invoices/slow-cmf9zzzz00003wxyz5678ijkl/edit",
      "/api/health",
      "/wp-login.php",
      "/.env",
    ]) {
      await (await fetch(base + path)).text();
    }
    await (await fetch(`${base}/api/health`, { method: "POST" })).text();

    const metrics = await exposition();
    const count = (labels: Record<string, string>) =>
      sampleValue(metrics, "facturo_http_request_duration_seconds_count", labels);
    expect(count({ method: "GET", route: "/invoices/:id/edit", status: "200" })).toBe(3);
    expect(count({ method: "GET", route: "/api/health", status: "200" })).toBe(1);
    expect(count({ method: "POST", route: "/api/health", status: "200" })).toBe(1);
    // Paths no request has ever succeeded on stay out of the labels: a scanner adds no series.
    expect(count({ method: "GET", route: "unmatched", status: "404" })).toBe(2);
    const routes = new Set(
      metrics.samples.filter((s) => s.name.startsWith("facturo_http_")).map((s) => s.labels.route),
    );
    expect([...routes].sort()).toEqual(["/api/health", "/invoices/:id/edit", "unmatched"]);
    // The slow answer (60 ms) is in the sum: durations are measured, not just counted.
    expect(
      sampleValue(metrics, "facturo_http_request_duration_seconds_sum", {
        method: "GET",
        route: "/invoices/:id/edit",
        status: "200",
      }),
    ).toBeGreaterThanOrEqual(0.05);
  });
});
