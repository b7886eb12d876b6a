import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { queueEmail } from "@/lib/email/queue-email";
import { resetEnvCache } from "@/lib/env/env";
import { QUEUES } from "@/lib/jobs/job-definitions";
import { getJobQueue } from "@/lib/jobs/job-queue";
import { appMetrics } from "@/lib/metrics/metrics-registry";
import { uniqueSuffix } from "@/tests/support/factories";
import { drainJobs } from "@/tests/support/jobs";
import { parseExposition, sampleValue } from "./prometheus-text";

// The email counters through the real resend SDK and a local stand-in for api.resend.com that
// accepts, refuses for good (422) or fails for now (500), one answer per email.

const saved = { key: process.env.RESEND_API_KEY, baseUrl: process.env.RESEND_BASE_URL };
let server: Server;

beforeAll(async () => {
  server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const { subject } = JSON.parse(Buffer.concat(chunks).toString("utf8")) as { subject: string };
      const [status, body] = subject.startsWith("refused")
        ? [422, { statusCode: 422, name: "validation_error", message: "Invalid `to` field" }]
        : subject.startsWith("unavailable")
          ? [500, { statusCode: 500, name: "internal_server_error", message: "Try again" }]
          : [200, { id: `re_${uniqueSuffix()}` }];
      response.writeHead(status, { "content-type": "application/json" });
      response.end(JSON.stringify(body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  process.env.RESEND_API_KEY = "re_metrics_test_key";
  process.env.RESEND_BASE_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  resetEnvCache();
  // On PostgreSQL the test files of a worker share one database: start from an empty queue.
  await (await getJobQueue()).purgeQueue(QUEUES.emailSend.name);
});

afterAll(async () => {
  for (const [name, value] of [
    ["RESEND_API_KEY", saved.key],
    ["RESEND_BASE_URL", saved.baseUrl],
  ] as const) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  resetEnvCache();
  await new Promise((resolve) => server.close(resolve));
});

async function counters() {
  const exposition = parseExposition(await appMetrics().registry.metrics());
  return {
    sent: sampleValue(exposition, "facturo_emails_sent_total", { transport: "resend" }) ?? 0,
    failedForGood: sampleValue(exposition, "facturo_emails_failed_total", { final: "true" }) ?? 0,
    failedForNow: sampleValue(exposition, "facturo_emails_failed_total", { final: "false" }) ?? 0,
  };
}

it("counts emails the provider accepted, refused for good, and failed for now (to be retried)", async () => {
  const before = await counters();
  for (const subject of ["accepted", "refused", "unavailable"]) {
    await queueEmail({
      to: [`metrics-${subject}-${uniqueSuffix()}@example.test`],
      subject: `${subject} ${uniqueSuffix()}`,
      html: "<p>Bonjour</p>",
      text: "Bonjour",
      template: "invoice-sent",
    });
  }

  const report = await drainJobs({ names: [QUEUES.emailSend.name] });

  expect(report).toEqual({ completed: 2, failed: 1 });
  expect(await counters()).toEqual({
    sent: before.sent + 1,
    failedForGood: before.failedForGood + 1,
    failedForNow: before.failedForNow + 1,
  });
});
