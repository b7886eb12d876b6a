import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { db } from "@/lib/db/prisma";
import { sendDocument } from "@/lib/sending/send-document";
import { resetEnvCache } from "@/lib/env/env";
import { QUEUES } from "@/lib/jobs/job-definitions";
import { getJobQueue } from "@/lib/jobs/job-queue";
import { addClient, companyInput } from "../../support/client-factories";
import { documentWorkspace, makeIssuedInvoice } from "../../support/document-factories";
import { testMeta, uniqueSuffix } from "../../support/factories";
import { actingAs } from "../../support/member-factories";
import { drainJobs } from "../../support/jobs";
import { uploadLogo } from "@/lib/organization-settings/upload-logo";
import { pngOf } from "../organization-settings/settings-fixtures";

// Sending a document through the real resend SDK, to a local HTTP stand-in for api.resend.com
// (as tests/integration/email/queue-email-resend.test.ts does), by the email.send job: the
// request carries the PDF and the link, the provider's id lands on the DocumentSend, and a
// refusal leaves the send with its email FAILED (visible, to retry), nothing recorded as sent.

type Posted = {
  to: string[];
  subject: string;
  html: string;
  text: string;
  reply_to?: string;
  attachments: { filename: string; content: string; content_type: string; content_id?: string }[];
};

const saved = { key: process.env.RESEND_API_KEY, baseUrl: process.env.RESEND_BASE_URL };
const received: Posted[] = [];
let server: Server;
let reply: { status: number; body: unknown } = { status: 200, body: { id: "re_doc_1" } };

beforeAll(async () => {
  server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      if (request.method === "POST" && request.url === "/emails") {
        received.push(JSON.parse(Buffer.concat(chunks).toString("utf8")) as Posted);
      }
      response.writeHead(reply.status, { "content-type": "application/json" });
      response.end(JSON.stringify(reply.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  process.env.RESEND_API_KEY = "re_test_sending";
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

beforeEach(async () => {
  received.length = 0;
  // On PostgreSQL the test files share one database: start from an empty email queue.
  await (await getJobQueue()).purgeQueue(QUEUES.emailSend.name);
});

const deliver = () => drainJobs({ names: [QUEUES.emailSend.name] });

async function invoiceToSend() {
  const space = await documentWorkspace("OWNER");
  const writer = await actingAs(space.user.id, space.organization.id, "clients.write");
  const email = `compta-${uniqueSuffix()}@example.test`;
  const client = await addClient(writer, companyInput({ emails: [email] }));
  // The seller's address (frozen at issue) becomes the reply-to.
  await db.organizationSettings.update({
    where: { organizationId: space.organization.id },
    data: { email: "factures@atelier-test.example" },
  });
  const invoice = await makeIssuedInvoice(space.member, client.id);
  return { ...space, email, invoice };
}

describe("sendDocument through Resend", () => {
  it("posts the PDF (base64 %PDF) and the public link, and keeps the provider's id", async () => {
    const providerId = `re_${uniqueSuffix()}`;
    reply = { status: 200, body: { id: providerId } };
    const { member, email, invoice } = await invoiceToSend();

    const sent = await sendDocument(
      member,
      invoice.id,
      { recipients: [email], subject: `Facture ${invoice.number}`, message: "Bonjour,\n\nCi-joint." },
      testMeta(),
    );
    expect(received).toHaveLength(0);
    expect(await deliver()).toEqual({ completed: 1, failed: 0 });

    expect(received).toHaveLength(1);
    const [posted] = received;
    expect(posted).toMatchObject({
      to: [email],
      subject: `Facture ${invoice.number}`,
      reply_to: "factures@atelier-test.example",
    });
    expect(posted!.attachments).toHaveLength(1);
    expect(posted!.attachments[0]).toMatchObject({
      filename: `${invoice.number}.pdf`,
      content_type: "application/pdf",
    });
    expect(posted!.attachments[0]!.content.startsWith("JVBER")).toBe(true);
    expect(sent.url).toMatch(/^https?:\/\/.+\/p\/[A-Za-z0-9_-]+$/);
    expect(posted!.html).toContain(sent.url);
    expect(posted!.text).toContain(sent.url);

    const send = await db.documentSend.findUniqueOrThrow({ where: { id: sent.id } });
    expect(send).toMatchObject({ providerMessageId: providerId, emailMessageId: expect.any(String) });
    const row = await db.emailMessage.findUniqueOrThrow({ where: { id: send.emailMessageId! } });
    expect(row).toMatchObject({ transport: "RESEND", providerMessageId: providerId, html: null });
  });

  it("carries the seller's brand: its logo inline (cid:) at the top with its name, Facturo a line at the bottom", async () => {
    reply = { status: 200, body: { id: `re_${uniqueSuffix()}` } };
    const space = await documentWorkspace("OWNER");
    const admin = await actingAs(space.user.id, space.organization.id, "organization.update");
    await uploadLogo(
      admin,
      { data: await pngOf(240, 80), fileName: "logo.png", declaredType: "image/png" },
      testMeta(),
    );
    const writer = await actingAs(space.user.id, space.organization.id, "clients.write");
    const email = `compta-${uniqueSuffix()}@example.test`;
    const client = await addClient(writer, companyInput({ emails: [email] }));
    const invoice = await makeIssuedInvoice(space.member, client.id);

    await sendDocument(
      space.member,
      invoice.id,
      { recipients: [email], subject: "Facture", message: "Bonjour" },
      testMeta(),
    );
    await deliver();
    const [posted] = received;
    const logo = posted!.attachments.find((file) => file.content_id === "seller-logo");
    expect(logo).toMatchObject({ filename: "logo.png", content_type: "image/png" });
    expect(Buffer.from(logo!.content, "base64").subarray(1, 4).toString()).toBe("PNG");
    expect(posted!.html).toContain('src="cid:seller-logo"');
    expect(posted!.html).toContain('alt="Atelier Test SARL"');
    expect(posted!.html).toContain("Envoyé avec Facturo");
    expect(posted!.html.indexOf("cid:seller-logo")).toBeLessThan(posted!.html.indexOf("Envoyé avec Facturo"));
  });

  it("without a logo: the seller's name at the top, no image", async () => {
    reply = { status: 200, body: { id: `re_${uniqueSuffix()}` } };
    const { member, email, invoice } = await invoiceToSend();
    await sendDocument(member, invoice.id, { recipients: [email], subject: "Facture", message: "Bonjour" }, testMeta());
    await deliver();
    const [posted] = received;
    expect(posted!.attachments.map((file) => file.content_type)).toEqual(["application/pdf"]);
    expect(posted!.html).not.toContain("<img");
    expect(posted!.html).toContain("Atelier Test SARL");
    expect(posted!.html).toContain("Envoyé avec Facturo");
  });

  it("a refusal leaves the send with its email FAILED and the reason, nothing recorded as sent", async () => {
    reply = { status: 422, body: { statusCode: 422, name: "validation_error", message: "Invalid `to` field." } };
    const { member, email, invoice } = await invoiceToSend();

    const sent = await sendDocument(
      member,
      invoice.id,
      { recipients: [email], subject: "Facture", message: "" },
      testMeta(),
    );
    expect(await deliver()).toEqual({ completed: 1, failed: 0 });
    expect(received).toHaveLength(1);
    // The send and its link stay, showing the failure (the owner may retry it).
    expect(await db.documentSend.findUniqueOrThrow({ where: { id: sent.id } })).toMatchObject({
      emailMessageId: sent.emailMessageId,
      providerMessageId: null,
    });
    expect(await db.shareLink.count({ where: { documentId: invoice.id } })).toBe(1);
    expect(await db.emailMessage.findUniqueOrThrow({ where: { id: sent.emailMessageId } })).toMatchObject({
      status: "FAILED",
      lastError: "422 Invalid `to` field.",
    });
    expect(await db.auditLog.count({ where: { targetId: invoice.id, action: "document.sent" } })).toBe(0);
    expect((await db.document.findUniqueOrThrow({ where: { id: invoice.id } })).sentAt).toBeNull();
  });
});
