import { ZodError } from "zod";
import { db } from "@/lib/db/prisma";
import { sendEmail, type OutgoingEmail } from "@/lib/email/send-email";
import { resetEnvCache } from "@/lib/env/env";
import { uniqueSuffix } from "../../support/factories";

// Without RESEND_API_KEY every email lands in the outbox table, bodies included.

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

describe("sendEmail without a Resend key", () => {
  it("keeps the message in the outbox with its bodies and attachment metadata", async () => {
    const pdf = Buffer.from("%PDF-1.7 fake invoice");
    const input = message({
      attachments: [{ filename: "F-2026-0001.pdf", content: pdf, contentType: "application/pdf" }],
      replyTo: "owner@example.test",
    });

    const sent = await sendEmail(input);

    expect(sent).toEqual({ id: expect.any(String), transport: "OUTBOX", providerMessageId: null });
    const row = await db.emailMessage.findUniqueOrThrow({ where: { id: sent.id } });
    expect(row).toMatchObject({
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
        contentBase64: pdf.toString("base64"),
      },
    ]);
  });

  it("records the organization when given", async () => {
    const organization = await db.organization.create({
      data: { name: `Org ${uniqueSuffix()}`, slug: `org-${uniqueSuffix()}` },
    });
    const sent = await sendEmail(message({ organizationId: organization.id }));
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
    await expect(sendEmail(input)).rejects.toBeInstanceOf(ZodError);
    expect(await db.emailMessage.count({ where: { subject: { startsWith: marker } } })).toBe(0);
  });
});
