import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { db } from "@/lib/db/prisma";
import { deliverQueuedEmail } from "@/lib/email/deliver-queued-email";
import { queueEmail } from "@/lib/email/queue-email";
import { resetEnvCache } from "@/lib/env/env";
import { QUEUES } from "@/lib/jobs/job-definitions";
import { getJobQueue } from "@/lib/jobs/job-queue";
import { uniqueSuffix } from "../../support/factories";
import { drainJobs } from "../../support/jobs";

// The real resend SDK, called by the email.send job, talks to a local HTTP server standing in
// for api.resend.com, so the request it builds (auth header, idempotency key, JSON payload) is
// checked, not a mock of it. Like Resend, the stand-in answers a repeated Idempotency-Key with
// the first request's id without sending again.

type Recorded = { method: string; url: string; headers: IncomingHttpHeaders; body: Record<string, unknown> };

const API_KEY = "re_test_key_123";
const saved = { key: process.env.RESEND_API_KEY, baseUrl: process.env.RESEND_BASE_URL };
/** Emails the stand-in accepted (a deduplicated repeat is not one). */
const received: Recorded[] = [];
/** Every POST, answered or refused. */
let requests = 0;
const idsByKey = new Map<string, string>();
// What the stand-in answers to the next POSTs: each answer is used once, then 200 with a fresh id.
let replies: { status: number; body: unknown }[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      requests += 1;
      const key = request.headers["idempotency-key"];
      const send = (status: number, body: unknown) => {
        response.writeHead(status, { "content-type": "application/json" });
        response.end(JSON.stringify(body));
      };
      const seen = typeof key === "string" ? idsByKey.get(key) : undefined;
      if (seen) return send(200, { id: seen });
      const reply = replies.shift();
      if (reply) return send(reply.status, reply.body);
      const id = `re_test_${uniqueSuffix()}`;
      if (typeof key === "string") idsByKey.set(key, id);
      received.push({
        method: request.method ?? "",
        url: request.url ?? "",
        headers: request.headers,
        body: JSON.parse(Buffer.concat(chunks).toString("utf8") || "{}") as Record<string, unknown>,
      });
      send(200, { id });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  process.env.RESEND_API_KEY = API_KEY;
  process.env.RESEND_BASE_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  resetEnvCache();
});

let server: Server;

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

beforeEach(async () => {
  received.length = 0;
  requests = 0;
  replies = [];
  // On PostgreSQL the test files share one database: start from an empty email queue.
  await (await getJobQueue()).purgeQueue(QUEUES.emailSend.name);
});

const emailSend = { names: [QUEUES.emailSend.name] };

function simpleEmail(subject = `Hello ${uniqueSuffix()}`) {
  return { to: [`client-${uniqueSuffix()}@example.test`], subject, html: "<p>Hi</p>", text: "Hi", template: "test" };
}

describe("queued email with a Resend key", () => {
  it("is handed to Resend by its job with the idempotency key; the row keeps no body once sent", async () => {
    const to = `client-${uniqueSuffix()}@example.test`;
    const pdf = Buffer.from("%PDF-1.7 fake invoice with bytes \u00e9\u20ac");

    const queued = await queueEmail({
      to: [to],
      subject: "Votre code Facturo",
      html: "<p>Code <strong>123456</strong></p>",
      text: "Code 123456",
      template: "login-code",
      attachments: [{ filename: "facture.pdf", content: pdf, contentType: "application/pdf" }],
    });
    // Queued: the request called nobody, and the row holds what the job will send.
    expect(requests).toBe(0);
    expect(await db.emailMessage.findUniqueOrThrow({ where: { id: queued.id } })).toMatchObject({
      status: "QUEUED",
      transport: "RESEND",
      html: "<p>Code <strong>123456</strong></p>",
      text: "Code 123456",
    });

    expect(await drainJobs(emailSend)).toEqual({ completed: 1, failed: 0 });
    expect(received).toHaveLength(1);
    const [request] = received;
    expect(request).toMatchObject({ method: "POST", url: "/emails" });
    expect(request!.headers.authorization).toBe(`Bearer ${API_KEY}`);
    expect(request!.headers["content-type"]).toContain("application/json");
    expect(request!.headers["idempotency-key"]).toBe(`email/${queued.id}/0`);
    expect(request!.body).toMatchObject({
      from: "Facturo <no-reply@facturo.test>",
      to: [to],
      subject: "Votre code Facturo",
      html: "<p>Code <strong>123456</strong></p>",
      text: "Code 123456",
      attachments: [{ filename: "facture.pdf", content: pdf.toString("base64"), content_type: "application/pdf" }],
    });

    const row = await db.emailMessage.findUniqueOrThrow({ where: { id: queued.id } });
    expect(row).toMatchObject({
      status: "SENT",
      transport: "RESEND",
      providerMessageId: idsByKey.get(`email/${queued.id}/0`),
      to: [to],
      html: null,
      text: null,
      attempts: 1,
      lastError: null,
    });
    expect(row.sentAt).toBeInstanceOf(Date);
    // Metadata only: the bytes are gone, the fingerprint stays.
    expect(row.attachments).toEqual([
      { filename: "facture.pdf", contentType: "application/pdf", size: pdf.length, sha256: expect.any(String) },
    ]);
  });

  it("retries a failing provider with backoff: three 500s then an OK is one email, 4 attempts, SENT", async () => {
    replies = Array.from({ length: 3 }, () => ({
      status: 500,
      body: { statusCode: 500, name: "internal_server_error", message: "Resend is having a bad day" },
    }));
    const queued = await queueEmail(simpleEmail());

    expect(await drainJobs(emailSend)).toEqual({ completed: 0, failed: 1 });
    const afterFirst = await db.emailMessage.findUniqueOrThrow({ where: { id: queued.id } });
    expect(afterFirst).toMatchObject({ status: "QUEUED", attempts: 1, lastError: "500 Resend is having a bad day" });
    // The retry waits for its backoff: nothing runs until retries are included.
    expect(await drainJobs(emailSend)).toEqual({ completed: 0, failed: 0 });
    expect(await drainJobs({ ...emailSend, includeRetries: true })).toEqual({ completed: 1, failed: 2 });

    expect(requests).toBe(4);
    expect(received).toHaveLength(1);
    expect(received[0]!.headers["idempotency-key"]).toBe(`email/${queued.id}/0`);
    expect(await db.emailMessage.findUniqueOrThrow({ where: { id: queued.id } })).toMatchObject({
      status: "SENT",
      attempts: 4,
      lastError: null,
      html: null,
    });
  });

  it("marks a refusal for good (422) FAILED at once with Resend's message, without retrying", async () => {
    replies = [
      {
        status: 422,
        body: { statusCode: 422, name: "validation_error", message: "The `to` field must be a valid email." },
      },
    ];
    const queued = await queueEmail(simpleEmail());

    expect(await drainJobs({ ...emailSend, includeRetries: true })).toEqual({ completed: 1, failed: 0 });
    expect(requests).toBe(1);
    expect(received).toHaveLength(0);
    const row = await db.emailMessage.findUniqueOrThrow({ where: { id: queued.id } });
    expect(row).toMatchObject({
      status: "FAILED",
      attempts: 1,
      lastError: "422 The `to` field must be a valid email.",
      providerMessageId: null,
      sentAt: null,
    });
    expect(row.failedAt).toBeInstanceOf(Date);
    // The body stays: a retry by hand sends it again.
    expect(row.html).toBe("<p>Hi</p>");
  });

  it("marks FAILED on the last attempt when every retry failed, and the job is dead-lettered", async () => {
    replies = Array.from({ length: QUEUES.emailSend.retryLimit + 1 }, () => ({
      status: 503,
      body: { statusCode: 503, name: "internal_server_error", message: "Unavailable" },
    }));
    const queued = await queueEmail(simpleEmail());
    expect(await drainJobs(emailSend)).toEqual({ completed: 0, failed: 1 });
    expect(await drainJobs({ ...emailSend, includeRetries: true })).toEqual({
      completed: 0,
      failed: QUEUES.emailSend.retryLimit,
    });
    expect(await db.emailMessage.findUniqueOrThrow({ where: { id: queued.id } })).toMatchObject({
      status: "FAILED",
      attempts: QUEUES.emailSend.retryLimit + 1,
      lastError: "503 Unavailable",
    });
    expect(received).toHaveLength(0);
  });

  it("an unreachable provider is retried like a 5xx", async () => {
    const reachable = process.env.RESEND_BASE_URL;
    const queued = await queueEmail(simpleEmail());
    // Port 1 on loopback: nothing listens there, so the connection is refused at once.
    process.env.RESEND_BASE_URL = "http://127.0.0.1:1/";
    resetEnvCache();
    try {
      expect(await drainJobs(emailSend)).toEqual({ completed: 0, failed: 1 });
    } finally {
      process.env.RESEND_BASE_URL = reachable;
      resetEnvCache();
    }
    expect(await db.emailMessage.findUniqueOrThrow({ where: { id: queued.id } })).toMatchObject({
      status: "QUEUED",
      attempts: 1,
    });
    expect(await drainJobs({ ...emailSend, includeRetries: true })).toEqual({ completed: 1, failed: 0 });
    expect(received).toHaveLength(1);
  });

  it("a worker that died after Resend's OK: the job's repeat uses the same key, and Resend sends one email", async () => {
    const queued = await queueEmail(simpleEmail());
    const row = await db.emailMessage.findUniqueOrThrow({ where: { id: queued.id } });
    const job = { id: "crashed", name: QUEUES.emailSend.name, retryCount: 0, retryLimit: QUEUES.emailSend.retryLimit };
    // The first attempt reaches Resend, then the process "dies" before its update: the row is
    // put back as the crash leaves it (QUEUED, same generation), and the job runs again.
    await deliverQueuedEmail({ emailId: queued.id }, job);
    await db.emailMessage.update({
      where: { id: queued.id },
      data: { status: "QUEUED", sentAt: null, providerMessageId: null, attempts: 0, html: row.html, text: row.text },
    });
    expect(await drainJobs(emailSend)).toEqual({ completed: 1, failed: 0 });

    expect(requests).toBe(2);
    expect(received).toHaveLength(1);
    const key = `email/${queued.id}/0`;
    expect(await db.emailMessage.findUniqueOrThrow({ where: { id: queued.id } })).toMatchObject({
      status: "SENT",
      providerMessageId: idsByKey.get(key),
    });
  });

  it("a retry by hand (next generation) is a new request for Resend", async () => {
    replies = [{ status: 422, body: { statusCode: 422, name: "validation_error", message: "Refused" } }];
    const queued = await queueEmail(simpleEmail());
    await drainJobs(emailSend);
    // What retryEmail does: QUEUED again, next generation, and a new job.
    await db.emailMessage.update({
      where: { id: queued.id },
      data: { status: "QUEUED", generation: 1, failedAt: null },
    });
    await deliverQueuedEmail(
      { emailId: queued.id },
      { id: "retry", name: QUEUES.emailSend.name, retryCount: 0, retryLimit: QUEUES.emailSend.retryLimit },
    );
    expect(received.map((request) => request.headers["idempotency-key"])).toEqual([`email/${queued.id}/1`]);
    expect(await db.emailMessage.findUniqueOrThrow({ where: { id: queued.id } })).toMatchObject({ status: "SENT" });
  });

  it("does not queue an invalid message", async () => {
    await expect(queueEmail({ ...simpleEmail(), to: ["nope"] })).rejects.toThrow();
    expect(await drainJobs(emailSend)).toEqual({ completed: 0, failed: 0 });
    expect(requests).toBe(0);
  });
});
