import { GET } from "@/app/api/metrics/route";
import { openAdapter } from "@/lib/db/adapter";
import { closeDb, currentDatabase, db, installDb } from "@/lib/db/prisma";
import { queueEmail } from "@/lib/email/queue-email";
import { resetEnvCache } from "@/lib/env/env";
import { countJobs } from "@/lib/jobs/inspect-queue";
import { QUEUES } from "@/lib/jobs/job-definitions";
import { getDocumentPdf } from "@/lib/pdf/document-pdf";
import { documentWorkspace, makeDraft } from "@/tests/support/document-factories";
import { uniqueSuffix } from "@/tests/support/factories";
import { drainJobs } from "@/tests/support/jobs";
import { openTestDatabase } from "@/tests/support/test-database";
import { parseExposition, sampleValue, type Exposition } from "./prometheus-text";

const TOKEN = "metrics-token-for-tests-0123456789";
const saved = { token: process.env.METRICS_TOKEN, resend: process.env.RESEND_API_KEY };

function setToken(token: string | undefined): void {
  if (token === undefined) delete process.env.METRICS_TOKEN;
  else process.env.METRICS_TOKEN = token;
  resetEnvCache();
}

beforeAll(() => {
  // Emails go to the outbox: delivering them needs no provider.
  delete process.env.RESEND_API_KEY;
  setToken(TOKEN);
});

afterAll(() => {
  if (saved.resend !== undefined) process.env.RESEND_API_KEY = saved.resend;
  setToken(saved.token);
});

function scrape(authorization?: string): Promise<Response> {
  const headers = authorization ? { authorization } : undefined;
  return GET(new Request("http://localhost/api/metrics", { headers }));
}

async function metrics(): Promise<Exposition> {
  const response = await scrape(`Bearer ${TOKEN}`);
  expect(response.status).toBe(200);
  return parseExposition(await response.text());
}

describe("GET /api/metrics access", () => {
  it("does not exist without METRICS_TOKEN: Next's own 404", async () => {
    setToken(undefined);
    try {
      // notFound() throws what Next.js answers with its 404 page.
      await expect(scrape(`Bearer ${TOKEN}`)).rejects.toMatchObject({ digest: "NEXT_HTTP_ERROR_FALLBACK;404" });
    } finally {
      setToken(TOKEN);
    }
  });

  it.each([
    ["no Authorization header", undefined],
    ["a wrong token", "Bearer metrics-token-for-tests-0123456780"],
    ["a prefix of the token", `Bearer ${TOKEN.slice(0, -1)}`],
    ["the token as Basic credentials", `Basic ${TOKEN}`],
  ])("answers 401 problem+json to %s", async (_case, authorization) => {
    const response = await scrape(authorization);
    expect(response.status).toBe(401);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect(response.headers.get("www-authenticate")).toBe('Bearer realm="metrics"');
    expect(await response.json()).toMatchObject({ status: 401, code: "invalid_metrics_token" });
  });

  it("answers the exposition format 0.0.4 with the token, uncached", async () => {
    const response = await scrape(`Bearer ${TOKEN}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/plain; version=0.0.4; charset=utf-8");
    expect(response.headers.get("cache-control")).toBe("no-store");
    const exposition = parseExposition(await response.text());
    expect(Object.fromEntries(exposition.types)).toMatchObject({
      process_cpu_user_seconds_total: "counter",
      nodejs_eventloop_lag_seconds: "gauge",
      facturo_http_request_duration_seconds: "histogram",
      facturo_pdf_renders_total: "counter",
      facturo_pdf_render_duration_seconds: "histogram",
      facturo_emails_sent_total: "counter",
      facturo_emails_failed_total: "counter",
      facturo_job_duration_seconds: "histogram",
      facturo_email_messages: "gauge",
      facturo_webhook_deliveries: "gauge",
      facturo_jobs: "gauge",
      facturo_db_pool_connections: "gauge",
    });
    expect(exposition.samples.length).toBeGreaterThan(20);
  });
});

describe("what the metrics count", () => {
  it("counts a PDF render and its duration", async () => {
    const { member, client } = await documentWorkspace();
    const draft = await makeDraft(member, client.id);
    const before = await metrics();
    const renders = sampleValue(before, "facturo_pdf_renders_total", { outcome: "ok" }) ?? 0;

    await getDocumentPdf(member, draft.id);

    const after = await metrics();
    expect(sampleValue(after, "facturo_pdf_renders_total", { outcome: "ok" })).toBe(renders + 1);
    expect(sampleValue(after, "facturo_pdf_render_duration_seconds_count", { outcome: "ok" })).toBe(renders + 1);
    expect(sampleValue(after, "facturo_pdf_render_duration_seconds_sum", { outcome: "ok" })).toBeGreaterThan(0);
    // Cumulative buckets: +Inf holds every render.
    expect(sampleValue(after, "facturo_pdf_render_duration_seconds_bucket", { outcome: "ok", le: "+Inf" })).toBe(
      renders + 1,
    );
  });

  it("counts emails delivered by the job, and shows queued jobs and queued emails from the database", async () => {
    // The PostgreSQL pass shares one database between the files of a jest worker: work earlier
    // files left queued is done first, and the job counts are compared with what was there before.
    await drainJobs({ names: [QUEUES.emailSend.name] });
    const before = await metrics();
    const sent = sampleValue(before, "facturo_emails_sent_total", { transport: "outbox" }) ?? 0;
    const queuedEmails = sampleValue(before, "facturo_email_messages", { status: "QUEUED" }) ?? 0;
    const queuedJobs = sampleValue(before, "facturo_jobs", { queue: QUEUES.emailSend.name, state: "queued" }) ?? 0;
    const failedJobs = sampleValue(before, "facturo_jobs", { queue: QUEUES.emailSend.name, state: "failed" }) ?? 0;

    for (const index of [1, 2]) {
      await queueEmail({
        to: [`metrics-${index}-${uniqueSuffix()}@example.test`],
        subject: "Votre facture",
        html: "<p>Bonjour</p>",
        text: "Bonjour",
        template: "invoice-sent",
      });
    }

    const queued = await metrics();
    expect(sampleValue(queued, "facturo_email_messages", { status: "QUEUED" })).toBe(queuedEmails + 2);
    expect(sampleValue(queued, "facturo_jobs", { queue: QUEUES.emailSend.name, state: "queued" })).toBe(queuedJobs + 2);
    expect(sampleValue(queued, "facturo_jobs", { queue: QUEUES.emailSend.name, state: "failed" })).toBe(failedJobs);

    expect((await drainJobs({ names: [QUEUES.emailSend.name] })).completed).toBe(2);

    const after = await metrics();
    expect(sampleValue(after, "facturo_emails_sent_total", { transport: "outbox" })).toBe(sent + 2);
    expect(sampleValue(after, "facturo_email_messages", { status: "QUEUED" })).toBe(queuedEmails);
    expect(sampleValue(after, "facturo_email_messages", { status: "FAILED" })).toBeGreaterThanOrEqual(0);
    // Delivered emails are history: counted by facturo_emails_sent_total, not read from the table.
    expect(sampleValue(after, "facturo_email_messages", { status: "SENT" })).toBeUndefined();
    expect(sampleValue(after, "facturo_jobs", { queue: QUEUES.emailSend.name, state: "queued" })).toBe(0);
    // Every queue of ours is listed, idle ones with zeros; pg-boss's internal ones are not.
    const queues = new Set(after.samples.filter((s) => s.name === "facturo_jobs").map((s) => s.labels.queue));
    expect(queues).toContain(QUEUES.recurringRun.name);
    expect([...queues].filter((queue) => queue?.startsWith("__pgboss__"))).toEqual([]);
  });

  it("shows pending and failed webhook deliveries from the database", async () => {
    const { organization } = await documentWorkspace();
    const before = await metrics();
    const pending = sampleValue(before, "facturo_webhook_deliveries", { status: "PENDING" }) ?? 0;
    const failed = sampleValue(before, "facturo_webhook_deliveries", { status: "FAILED" }) ?? 0;
    const endpoint = await db.webhookEndpoint.create({
      data: {
        organizationId: organization.id,
        url: "http://127.0.0.1:9/hook",
        events: ["document.issued"],
        secret: "x",
      },
    });
    const delivery = {
      organizationId: organization.id,
      endpointId: endpoint.id,
      eventType: "document.issued",
      payload: {},
    };
    await db.webhookDelivery.createMany({
      data: [delivery, delivery, { ...delivery, status: "FAILED" }, { ...delivery, status: "SUCCEEDED" }],
    });

    const after = await metrics();
    expect(sampleValue(after, "facturo_webhook_deliveries", { status: "PENDING" })).toBe(pending + 2);
    expect(sampleValue(after, "facturo_webhook_deliveries", { status: "FAILED" })).toBe(failed + 1);
    expect(sampleValue(after, "facturo_webhook_deliveries", { status: "SUCCEEDED" })).toBeUndefined();
  });

  it.each(["prisma", "jobs"])(
    "shows the %s pool's PostgreSQL connections (none on the embedded database)",
    async (name) => {
      await db.$queryRawUnsafe("SELECT 1");
      await countJobs();
      const exposition = await metrics();
      const pool = { pool: name };
      const total = sampleValue(exposition, "facturo_db_pool_connections", pool);
      if (currentDatabase().url) {
        expect(total).toBeGreaterThanOrEqual(1);
        expect(sampleValue(exposition, "facturo_db_pool_idle_connections", pool)).toBeLessThanOrEqual(total!);
        expect(sampleValue(exposition, "facturo_db_pool_waiting_queries", pool)).toBeGreaterThanOrEqual(0);
      } else {
        expect(total).toBeUndefined();
      }
    },
  );
});

describe("with the database unreachable", () => {
  beforeAll(async () => {
    await closeDb();
    // Port 1 on loopback: nothing listens there, so the connection is refused at once.
    installDb(openAdapter({ kind: "postgres", url: "postgres://facturo:secret@127.0.0.1:1/facturo" }));
  });
  afterAll(async () => {
    await closeDb();
    installDb(await openTestDatabase());
  });

  it("still answers 200: the database gauges are left out and their failures counted", async () => {
    const exposition = await metrics();
    expect(sampleValue(exposition, "facturo_email_messages", { status: "QUEUED" })).toBeUndefined();
    expect(sampleValue(exposition, "facturo_jobs", { queue: QUEUES.emailSend.name, state: "queued" })).toBeUndefined();
    for (const source of ["email_messages", "webhook_deliveries", "jobs"]) {
      expect(sampleValue(exposition, "facturo_metrics_collect_errors_total", { source })).toBeGreaterThanOrEqual(1);
    }
    expect(sampleValue(exposition, "process_cpu_user_seconds_total")).toBeGreaterThan(0);
  });
});
