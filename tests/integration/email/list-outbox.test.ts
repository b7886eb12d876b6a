import { db } from "@/lib/db/prisma";
import { listOutbox } from "@/lib/email/list-outbox";
import { queueEmail } from "@/lib/email/queue-email";
import { QUEUES } from "@/lib/jobs/job-definitions";
import { drainJobs } from "../../support/jobs";
import { uniqueSuffix } from "../../support/factories";

// Rows are written directly (fixed timestamps) so the order does not depend on timing.

async function outboxRow(
  to: string[],
  subject: string,
  createdAt: Date,
  extra: { transport?: "OUTBOX" | "RESEND" } = {},
) {
  return db.emailMessage.create({
    data: {
      to,
      from: "Facturo <no-reply@facturo.test>",
      subject,
      template: "test",
      html: extra.transport === "RESEND" ? null : `<p>${subject}</p>`,
      text: extra.transport === "RESEND" ? null : subject,
      transport: extra.transport ?? "OUTBOX",
      providerMessageId: extra.transport === "RESEND" ? `re_${uniqueSuffix()}` : null,
      createdAt,
      attachments:
        extra.transport === "RESEND"
          ? undefined
          : [
              {
                filename: "a.txt",
                contentType: "text/plain",
                size: 2,
                contentBase64: Buffer.from("hi").toString("base64"),
              },
            ],
    },
  });
}

describe("listOutbox", () => {
  it("shows a queued email once its email.send job has delivered it", async () => {
    const to = `queued-${uniqueSuffix()}@example.test`;
    const queued = await queueEmail({ to: [to], subject: "Queued", html: "<p>Q</p>", text: "Q", template: "test" });
    expect(await listOutbox({ to })).toEqual([]);
    await drainJobs({ names: [QUEUES.emailSend.name] });
    expect((await listOutbox({ to })).map((message) => message.id)).toEqual([queued.id]);
  });

  it("lists outbox messages newest first, with bodies and attachments", async () => {
    const to = `list-${uniqueSuffix()}@example.test`;
    const older = await outboxRow([to], "older", new Date("2030-01-01T10:00:00Z"));
    const newer = await outboxRow([to], "newer", new Date("2030-01-01T11:00:00Z"));

    const messages = await listOutbox({ to });

    expect(messages.map((message) => message.id)).toEqual([newer.id, older.id]);
    expect(messages[0]).toMatchObject({
      to: [to],
      subject: "newer",
      template: "test",
      html: "<p>newer</p>",
      text: "newer",
      attachments: [{ filename: "a.txt", contentType: "text/plain", size: 2, contentBase64: "aGk=" }],
      createdAt: new Date("2030-01-01T11:00:00Z"),
    });
  });

  it("filters by recipient, ignoring case, among several recipients", async () => {
    const suffix = uniqueSuffix();
    const alice = `alice-${suffix}@example.test`;
    const bob = `bob-${suffix}@example.test`;
    const both = await outboxRow([alice, bob], "to both", new Date());
    const onlyBob = await outboxRow([bob], "to bob", new Date());

    expect((await listOutbox({ to: alice })).map((message) => message.id)).toEqual([both.id]);
    expect((await listOutbox({ to: `  ${alice.toUpperCase()} ` })).map((message) => message.id)).toEqual([both.id]);
    expect((await listOutbox({ to: bob })).map((message) => message.id).sort()).toEqual([both.id, onlyBob.id].sort());
    expect(await listOutbox({ to: `nobody-${suffix}@example.test` })).toEqual([]);
  });

  it("leaves out messages that went through Resend", async () => {
    const to = `resend-${uniqueSuffix()}@example.test`;
    await outboxRow([to], "delivered", new Date(), { transport: "RESEND" });
    expect(await listOutbox({ to })).toEqual([]);
  });

  it("lists every recipient's messages without a filter, within the limit", async () => {
    const mine = await outboxRow(
      [`any-${uniqueSuffix()}@example.test`],
      "unfiltered",
      new Date("2099-01-01T00:00:00Z"),
    );
    const messages = await listOutbox({ limit: 1 });
    expect(messages).toHaveLength(1);
    // Dated far in the future, it is the newest row of any test sharing this database.
    expect(messages[0]!.id).toBe(mine.id);
  });
});
