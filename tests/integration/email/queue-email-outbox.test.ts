import { createHash } from "node:crypto";
import { ZodError } from "zod";
import { db } from "@/lib/db/prisma";
import { deliverQueuedEmail } from "@/lib/email/deliver-queued-email";
import { queueEmail, type OutgoingEmail } from "@/lib/email/queue-email";
import { resetEnvCache } from "@/lib/env/env";
import { QUEUES } from "@/lib/jobs/job-definitions";
import { uniqueSuffix } from "../../support/factories";
import { drainJobs } from "../../support/jobs";

// Without RESEND_API_KEY every email lands in the outbox table, bodies included: queued by
// the request, marked SENT by its email.send job.

const savedKey = process.env.RESEND_API_KEY;

beforeAll(() => {
  delete process.env.RESEND_API_KEY;
  resetEnvCache();
});

afterAll(() => {
  if (savedKey === undefined) delete process.env.RESEND_API_KEY;
  else process.env.RESEND_API_KEY = savedKey;
  resetEnvCache();
});

function message(overrides: Partial<OutgoingEmail> = {}): OutgoingEmail {
  return {
    to: [`outbox-${uniqueSuffix()}@example.test`],
    subject: "Votre facture F-2026-0001",
    html: "<p>Bonjour, voici votre facture.</p>",
    text: "Bonjour, voici votre facture.",
    template: "invoice-sent",
    ...overrides,
  };
}

describe("queueEmail without a Resend key", () => {
  it("queues the message (QUEUED), then its job keeps it in the outbox as SENT with its bodies and attachments", async () => {
    const pdf = Buffer.from("%PDF-1.7 fake invoice");
    const input = message({
      attachments: [{ filename: "F-2026-0001.pdf", content: pdf, contentType: "application/pdf" }],
    });

    const sent = await queueEmail(input);

    expect(sent).toEqual({ id: expect.any(String) });
    const queued = await db.emailMessage.findUniqueOrThrow({ where: { id: sent.id } });
    expect(queued).toMatchObject({ status: "QUEUED", transport: "OUTBOX", sentAt: null, attempts: 0 });

    expect((await drainJobs({ names: [QUEUES.emailSend.name] })).completed).toBeGreaterThanOrEqual(1);
    const row = await db.emailMessage.findUniqueOrThrow({ where: { id: sent.id } });
    expect(row.sentAt).toBeInstanceOf(Date);
    expect(row).toMatchObject({
      status: "SENT",
      to: input.to,
      from: "Facturo <no-reply@facturo.test>",
      subject: input.subject,
      template: "invoice-sent",
      html: input.html,
      text: input.text,
      transport: "OUTBOX",
      providerMessageId: null,
      organizationId: null,
    });
    expect(row.attachments).toEqual([
      {
        filename: "F-2026-0001.pdf",
        contentType: "application/pdf",
        size: pdf.length,
        sha256: createHash("sha256").update(pdf).digest("hex"),
        contentBase64: pdf.toString("base64"),
      },
    ]);
    // The same job again (a worker that died before pg-boss heard) changes nothing.
    await deliverQueuedEmail(
      { emailId: sent.id },
      { id: "again", name: QUEUES.emailSend.name, retryCount: 0, retryLimit: 5 },
    );
    expect(await db.emailMessage.findUniqueOrThrow({ where: { id: sent.id } })).toEqual(row);
  });

  it("queues nothing when the caller's transaction rolls back", async () => {
    const subject = `Rolled back ${uniqueSuffix()}`;
    await expect(
      db.$transaction(async (tx) => {
        await queueEmail(message({ subject }), { tx });
        throw new Error("the change that asked for it failed");
      }),
    ).rejects.toThrow("failed");
    expect(await db.emailMessage.count({ where: { subject } })).toBe(0);
    await drainJobs({ names: [QUEUES.emailSend.name] });
    expect(await db.emailMessage.count({ where: { subject } })).toBe(0);
  });

  it("records the organization when given", async () => {
    const organization = await db.organization.create({
      data: { name: `Org ${uniqueSuffix()}`, slug: `org-${uniqueSuffix()}` },
    });
    const sent = await queueEmail(message({ organizationId: organization.id }));
    const row = await db.emailMessage.findUniqueOrThrow({ where: { id: sent.id } });
    expect(row.organizationId).toBe(organization.id);
    expect(row.attachments).toBeNull();
  });

  // Each case carries a unique marker in its subject, so "nothing written" is checked on rows
  // this case alone could have created (the PostgreSQL run shares one database between files).
  it.each<[string, (marker: string) => Partial<OutgoingEmail>]>([
    ["an invalid address", () => ({ to: ["not-an-email"] })],
    ["no recipient", () => ({ to: [] })],
    ["too many recipients", () => ({ to: Array.from({ length: 51 }, (_, i) => `r${i}@example.test`) })],
    ["a subject over 300 characters", (marker) => ({ subject: marker + "x".repeat(300) })],
    ["a subject with a line break", (marker) => ({ subject: `${marker}\r\nBcc: victim@example.test` })],
    ["an empty text version", () => ({ text: "" })],
  ])("rejects %s and writes nothing", async (_case, overrides) => {
    const marker = `rejected ${uniqueSuffix()}`;
    const input = message({ subject: marker, ...overrides(marker) });
    await expect(queueEmail(input)).rejects.toBeInstanceOf(ZodError);
    expect(await db.emailMessage.count({ where: { subject: { startsWith: marker } } })).toBe(0);
  });
});
