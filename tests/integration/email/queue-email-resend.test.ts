import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { db } from "@/lib/db/prisma";
import { EmailDeliveryError, sendEmail } from "@/lib/email/send-email";
import { resetEnvCache } from "@/lib/env/env";
import { uniqueSuffix } from "../../support/factories";

// The real resend SDK talks to a local HTTP server standing in for api.resend.com, so the
// request it builds (auth header, JSON payload) is checked, not a mock of it.

type Recorded = { method: string; url: string; headers: IncomingHttpHeaders; body: Record<string, unknown> };

const API_KEY = "re_test_key_123";
const saved = { key: process.env.RESEND_API_KEY, baseUrl: process.env.RESEND_BASE_URL };
const received: Recorded[] = [];
let server: Server;
// What the stand-in answers to the next POST /emails.
let reply: { status: number; body: unknown } = { status: 200, body: { id: "re_test_1" } };

beforeAll(async () => {
  server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      received.push({
        method: request.method ?? "",
        url: request.url ?? "",
        headers: request.headers,
        body: JSON.parse(Buffer.concat(chunks).toString("utf8") || "{}") as Record<string, unknown>,
      });
      response.writeHead(reply.status, { "content-type": "application/json" });
      response.end(JSON.stringify(reply.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  process.env.RESEND_API_KEY = API_KEY;
  process.env.RESEND_BASE_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  resetEnvCache();
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

beforeEach(() => {
  received.length = 0;
});

describe("sendEmail with a Resend key", () => {
  it("posts the email through the SDK and records it without its bodies", async () => {
    const id = `re_test_${uniqueSuffix()}`;
    reply = { status: 200, body: { id } };
    const to = `client-${uniqueSuffix()}@example.test`;
    const pdf = Buffer.from("%PDF-1.7 fake invoice with bytes \u00e9\u20ac");

    const sent = await sendEmail({
      to: [to],
      subject: "Votre code Facturo",
      html: "<p>Code <strong>123456</strong></p>",
      text: "Code 123456",
      template: "login-code",
      replyTo: "support@example.test",
      attachments: [{ filename: "facture.pdf", content: pdf, contentType: "application/pdf" }],
    });

    expect(received).toHaveLength(1);
    const [request] = received;
    expect(request).toMatchObject({ method: "POST", url: "/emails" });
    expect(request!.headers.authorization).toBe(`Bearer ${API_KEY}`);
    expect(request!.headers["content-type"]).toContain("application/json");
    expect(request!.body).toMatchObject({
      from: "Facturo <no-reply@facturo.test>",
      to: [to],
      subject: "Votre code Facturo",
      html: "<p>Code <strong>123456</strong></p>",
      text: "Code 123456",
      reply_to: "support@example.test",
      attachments: [{ filename: "facture.pdf", content: pdf.toString("base64"), content_type: "application/pdf" }],
    });

    expect(sent).toEqual({ id: expect.any(String), transport: "RESEND", providerMessageId: id });
    const row = await db.emailMessage.findUniqueOrThrow({ where: { id: sent.id } });
    expect(row).toMatchObject({ transport: "RESEND", providerMessageId: id, to: [to], html: null, text: null });
    expect(row.attachments).toEqual([{ filename: "facture.pdf", contentType: "application/pdf", size: pdf.length }]);
  });

  it("turns a provider error into EmailDeliveryError and records nothing", async () => {
    reply = {
      status: 422,
      body: { statusCode: 422, name: "validation_error", message: "The `to` field must be a valid email." },
    };
    const subject = `Refused ${uniqueSuffix()}`;

    const attempt = sendEmail({
      to: ["someone@example.test"],
      subject,
      html: "<p>Hi</p>",
      text: "Hi",
      template: "test",
    });

    await expect(attempt).rejects.toBeInstanceOf(EmailDeliveryError);
    await expect(attempt).rejects.toMatchObject({
      message: "The `to` field must be a valid email.",
      details: { statusCode: 422, code: "validation_error" },
    });
    expect(received).toHaveLength(1);
    expect(await db.emailMessage.count({ where: { subject } })).toBe(0);
  });

  it("reports an unreachable provider as EmailDeliveryError", async () => {
    const reachable = process.env.RESEND_BASE_URL;
    // Port 1 on loopback: nothing listens there, so the connection is refused at once.
    process.env.RESEND_BASE_URL = "http://127.0.0.1:1/";
    resetEnvCache();
    try {
      const subject = `Unreachable ${uniqueSuffix()}`;
      const attempt = sendEmail({
        to: ["someone@example.test"],
        subject,
        html: "<p>Hi</p>",
        text: "Hi",
        template: "test",
      });
      await expect(attempt).rejects.toMatchObject({ name: "EmailDeliveryError", details: { statusCode: null } });
      expect(await db.emailMessage.count({ where: { subject } })).toBe(0);
    } finally {
      process.env.RESEND_BASE_URL = reachable;
      resetEnvCache();
    }
  });

  it("does not call the provider for an invalid message", async () => {
    await expect(
      sendEmail({ to: ["nope"], subject: "x", html: "<p>x</p>", text: "x", template: "test" }),
    ).rejects.toThrow();
    expect(received).toHaveLength(0);
  });
});
