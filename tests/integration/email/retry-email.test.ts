import type { MemberContext } from "@/lib/auth/access/require-member";
import { db } from "@/lib/db/prisma";
import { listFailedEmails, retryEmail } from "@/lib/email/retry-email";
import { QUEUES } from "@/lib/jobs/job-definitions";
import { listDocumentSends } from "@/lib/sending/list-document-sends";
import { documentWorkspace, makeIssuedInvoice } from "../../support/document-factories";
import { testMeta, uniqueSuffix } from "../../support/factories";
import { drainJobs } from "../../support/jobs";
import { actingAs, addMember, expectAppError } from "../../support/member-factories";

// Sending a refused email again (the "Envois" panel's Réessayer) and the organization's
// refused emails (the dashboard's to-do). The FAILED rows are written directly, as the email.send
// job leaves them after the provider's final refusal; the retry's job runs through the real
// queue and handlers (drainJobs) with the outbox transport of the tests.

type EmailStatus = "QUEUED" | "SENT" | "FAILED";

async function emailRow(
  organizationId: string | null,
  status: EmailStatus,
  overrides: { failedAt?: Date; lastError?: string | null; subject?: string; to?: string[] } = {},
) {
  const failed = status === "FAILED";
  return db.emailMessage.create({
    data: {
      organizationId,
      to: overrides.to ?? [`client-${uniqueSuffix()}@example.test`],
      from: "Facturo <no-reply@facturo.test>",
      subject: overrides.subject ?? `Facture F-2026-${uniqueSuffix()}`,
      template: "document-sent",
      html: "<p>Bonjour, voici la facture.</p>",
      text: "Bonjour, voici la facture.",
      transport: "OUTBOX",
      status,
      attempts: failed ? 6 : status === "SENT" ? 1 : 0,
      lastError: failed ? (overrides.lastError === undefined ? "Invalid `to` field" : overrides.lastError) : null,
      failedAt: failed ? (overrides.failedAt ?? new Date()) : null,
      sentAt: status === "SENT" ? new Date() : null,
    },
  });
}

/** A send of the document carried by `emailId` (null: a send with no email row, as older ones). */
async function sendRow(member: MemberContext, documentId: string, emailId: string | null, createdAt = new Date()) {
  return db.documentSend.create({
    data: {
      organizationId: member.organizationId,
      documentId,
      kind: "SEND",
      recipients: ["compta@client.example"],
      subject: "Votre facture",
      emailMessageId: emailId,
      sentById: member.userId,
      createdAt,
    },
  });
}

/** The email.send jobs waiting for this email (pg-boss's own table, whatever else is queued). */
async function queuedJobsFor(emailId: string): Promise<number> {
  const rows = await db.$queryRaw<{ count: number }[]>`
    SELECT count(*)::int AS "count" FROM pgboss.job
    WHERE name = ${QUEUES.emailSend.name} AND state = 'created' AND data->>'emailId' = ${emailId}`;
  return rows[0]!.count;
}

async function workspaceWithInvoice(role: "OWNER" | "MEMBER" = "OWNER") {
  const workspace = await documentWorkspace(role);
  const invoice = await makeIssuedInvoice(workspace.member, workspace.client.id);
  return { ...workspace, invoice };
}

describe("retryEmail", () => {
  it("queues a FAILED email again with a new generation and its job, audited; the job sends it", async () => {
    const { member, invoice } = await workspaceWithInvoice();
    const email = await emailRow(member.organizationId, "FAILED");
    await sendRow(member, invoice.id, email.id);

    const retried = await retryEmail(member, email.id, testMeta("203.0.113.9"));
    expect(retried).toEqual({ id: email.id, generation: 1, documentId: invoice.id });
    const queued = await db.emailMessage.findUniqueOrThrow({ where: { id: email.id } });
    expect(queued).toMatchObject({
      status: "QUEUED",
      generation: 1,
      attempts: 0,
      // Kept until the next attempt says otherwise.
      lastError: "Invalid `to` field",
      failedAt: null,
    });
    expect(await queuedJobsFor(email.id)).toBe(1);
    const audits = await db.auditLog.findMany({ where: { targetId: email.id, action: "email.retried" } });
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({
      organizationId: member.organizationId,
      actorId: member.userId,
      targetType: "EmailMessage",
      ip: "203.0.113.9",
      metadata: { generation: 1, template: "document-sent", documentId: invoice.id },
    });

    await drainJobs({ names: [QUEUES.emailSend.name] });
    const sent = await db.emailMessage.findUniqueOrThrow({ where: { id: email.id } });
    expect(sent.status).toBe("SENT");
    expect(sent.sentAt).not.toBeNull();
    expect(await queuedJobsFor(email.id)).toBe(0);
    const [send] = await listDocumentSends(member, invoice.id);
    expect(send!.email).toMatchObject({ status: "SENT" });
  });

  it("refuses an email that did not fail, and a second retry of the same one (one job)", async () => {
    const { member } = await workspaceWithInvoice();
    const sent = await emailRow(member.organizationId, "SENT");
    const queued = await emailRow(member.organizationId, "QUEUED");
    await expectAppError(retryEmail(member, sent.id, testMeta()), "email_not_failed");
    await expectAppError(retryEmail(member, queued.id, testMeta()), "email_not_failed");
    expect(await db.emailMessage.findUniqueOrThrow({ where: { id: sent.id } })).toMatchObject({
      status: "SENT",
      generation: 0,
    });

    const failed = await emailRow(member.organizationId, "FAILED");
    const [first, second] = await Promise.allSettled([
      retryEmail(member, failed.id, testMeta()),
      retryEmail(member, failed.id, testMeta()),
    ]);
    const outcomes = [first, second].map((result) =>
      result.status === "fulfilled" ? "queued" : (result.reason as { code: string }).code,
    );
    expect(outcomes.sort()).toEqual(["email_not_failed", "queued"]);
    expect(await db.emailMessage.findUniqueOrThrow({ where: { id: failed.id } })).toMatchObject({
      status: "QUEUED",
      generation: 1,
    });
    expect(await queuedJobsFor(failed.id)).toBe(1);
    expect(await db.auditLog.count({ where: { targetId: failed.id, action: "email.retried" } })).toBe(1);
  });

  it("finds only the member's organization's emails: another's, one without organization or a bad id is not found", async () => {
    const mine = await workspaceWithInvoice();
    const theirs = await workspaceWithInvoice();
    const theirEmail = await emailRow(theirs.member.organizationId, "FAILED");
    const loginCode = await emailRow(null, "FAILED");

    await expectAppError(retryEmail(mine.member, theirEmail.id, testMeta()), "email_not_found");
    await expectAppError(retryEmail(mine.member, loginCode.id, testMeta()), "email_not_found");
    await expectAppError(retryEmail(mine.member, "x".repeat(65), testMeta()), "email_not_found");
    await expectAppError(retryEmail(mine.member, "bad\u0000id", testMeta()), "email_not_found");
    expect(await db.emailMessage.findUniqueOrThrow({ where: { id: theirEmail.id } })).toMatchObject({
      status: "FAILED",
      generation: 0,
    });
    expect(await queuedJobsFor(theirEmail.id)).toBe(0);

    const listed = await listFailedEmails(mine.member);
    expect(listed).toEqual({ count: 0, items: [] });
    expect((await listFailedEmails(theirs.member)).items.map((item) => item.id)).toEqual([theirEmail.id]);
  });

  it("follows the permission table: a MEMBER retries, an ACCOUNTANT lists but cannot retry", async () => {
    const { member, organization } = await workspaceWithInvoice("MEMBER");
    const failed = await emailRow(organization.id, "FAILED");
    const { user: accountantUser } = await addMember(organization.id, "ACCOUNTANT");
    const accountant = await actingAs(accountantUser.id, organization.id, "documents.read");

    expect((await listFailedEmails(accountant)).items.map((item) => item.id)).toEqual([failed.id]);
    await expectAppError(retryEmail(accountant, failed.id, testMeta()), "forbidden");
    expect(await db.emailMessage.findUniqueOrThrow({ where: { id: failed.id } })).toMatchObject({ status: "FAILED" });

    await retryEmail(member, failed.id, testMeta());
    expect(await db.emailMessage.findUniqueOrThrow({ where: { id: failed.id } })).toMatchObject({ status: "QUEUED" });
  });
});

describe("listFailedEmails", () => {
  it("lists the FAILED emails newest failure first, with the count beyond the limit and the document carried", async () => {
    const { member, invoice } = await workspaceWithInvoice();
    const day = (n: number) => new Date(Date.UTC(2026, 2, n, 10));
    const older = await emailRow(member.organizationId, "FAILED", { failedAt: day(1), lastError: null });
    const newest = await emailRow(member.organizationId, "FAILED", {
      failedAt: day(3),
      to: ["compta@client.example"],
      subject: "Facture à renvoyer",
    });
    const middle = await emailRow(member.organizationId, "FAILED", { failedAt: day(2) });
    await emailRow(member.organizationId, "SENT");
    await emailRow(member.organizationId, "QUEUED");
    await sendRow(member, invoice.id, newest.id);

    const all = await listFailedEmails(member);
    expect(all.count).toBe(3);
    expect(all.items.map((item) => item.id)).toEqual([newest.id, middle.id, older.id]);
    expect(all.items[0]).toEqual({
      id: newest.id,
      to: ["compta@client.example"],
      subject: "Facture à renvoyer",
      template: "document-sent",
      lastError: "Invalid `to` field",
      failedAt: day(3).toISOString(),
      document: { id: invoice.id, type: "INVOICE", number: invoice.number },
    });
    expect(all.items[2]).toMatchObject({ lastError: null, document: null });

    const firstTwo = await listFailedEmails(member, { limit: 2 });
    expect(firstTwo.count).toBe(3);
    expect(firstTwo.items.map((item) => item.id)).toEqual([newest.id, middle.id]);
  });
});

describe("listDocumentSends delivery states", () => {
  it("gives each send its email's state; a send without an email row has none", async () => {
    const { member, invoice } = await workspaceWithInvoice();
    const at = (minutes: number) => new Date(Date.UTC(2026, 2, 1, 10, minutes));
    const queued = await emailRow(member.organizationId, "QUEUED");
    const sent = await emailRow(member.organizationId, "SENT");
    const failed = await emailRow(member.organizationId, "FAILED", { lastError: "Domain not verified" });
    await sendRow(member, invoice.id, null, at(0));
    await sendRow(member, invoice.id, failed.id, at(1));
    await sendRow(member, invoice.id, sent.id, at(2));
    await sendRow(member, invoice.id, queued.id, at(3));

    const sends = await listDocumentSends(member, invoice.id);
    expect(sends.map((send) => send.email)).toEqual([
      { status: "QUEUED", sentAt: null, lastError: null },
      { status: "SENT", sentAt: sent.sentAt!.toISOString(), lastError: null },
      { status: "FAILED", sentAt: null, lastError: "Domain not verified" },
      null,
    ]);
  });
});
