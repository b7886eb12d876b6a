import { appMetrics } from "@/lib/metrics/metrics-registry";
import { serveMetrics, type MetricsServer } from "@/lib/metrics/serve-metrics";
import { parseExposition, sampleValue } from "./prometheus-text";

// The metrics port of a process without Next.js (npm run worker -- --metrics-port N).

const TOKEN = "worker-metrics-token-0123456789";
let server: MetricsServer;
let base = "";

beforeAll(async () => {
  server = await serveMetrics({ port: 0, host: "127.0.0.1", token: TOKEN });
  base = `http://127.0.0.1:${server.port}`;
});

afterAll(() => server.close());

it("answers GET /metrics with the token: this process's counters and the database gauges", async () => {
  appMetrics().emailsSent.inc({ transport: "resend" }, 3);
  const response = await fetch(`${base}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("text/plain; version=0.0.4; charset=utf-8");
  const exposition = parseExposition(await response.text());
  expect(sampleValue(exposition, "facturo_emails_sent_total", { transport: "resend" })).toBe(3);
  expect(sampleValue(exposition, "facturo_email_messages", { status: "QUEUED" })).toBeGreaterThanOrEqual(0);
});

it.each([
  ["no token", undefined],
  ["a wrong token", "Bearer worker-metrics-token-0123456780"],
])("answers 401 problem+json to %s", async (_case, authorization) => {
  const response = await fetch(`${base}/metrics`, { headers: authorization ? { authorization } : {} });
  expect(response.status).toBe(401);
  expect(response.headers.get("content-type")).toBe("application/problem+json");
  expect(await response.json()).toMatchObject({ status: 401, code: "invalid_metrics_token" });
});

it("answers 404 to any other path or method", async () => {
  const headers = { authorization: `Bearer ${TOKEN}` };
  expect((await fetch(`${base}/`, { headers })).status).toBe(404);
  expect((await fetch(`${base}/api/metrics`, { headers })).status).toBe(404);
  expect((await fetch(`${base}/metrics`, { method: "POST", headers })).status).toBe(404);
});
