import { hashToken } from "@/lib/auth/crypto/tokens";
import { db } from "@/lib/db/prisma";
import { addDays, calendarDate } from "@/lib/documents/calendar-date";
import { getSendDialogData, remindDocument, sendDocument } from "@/lib/sending/send-document";
import { listDocumentSends } from "@/lib/sending/list-document-sends";
import { AppError } from "@/lib/errors/app-error";
import { addClient, companyInput } from "../../support/client-factories";
import { documentWorkspace, makeDraft, makeIssuedInvoice } from "../../support/document-factories";
import { testMeta, uniqueSuffix } from "../../support/factories";
import { actingAs, addMember, expectAppError } from "../../support/member-factories";
import { listOutbox } from "@/lib/email/list-outbox";
import { QUEUES } from "@/lib/jobs/job-definitions";
import { drainJobs } from "../../support/jobs";
import { uploadLogo } from "@/lib/organization-settings/upload-logo";
import { pngOf } from "../organization-settings/settings-fixtures";

// Sending documents by email through the outbox transport (no RESEND_API_KEY in tests): what
// is recorded (DocumentSend, ShareLink per send, EmailMessage with the PDF), and what is refused.

type Attachment = { filename: string; contentType: string; size: number; sha256: string; contentBase64: string };

async function workspaceWithClient(emailCount = 2) {
  const workspace = await documentWorkspace("OWNER");
  const writer = await actingAs(workspace.user.id, workspace.organization.id, "clients.write");
  const emails = Array.from({ length: emailCount }, (_, index) => `client${index}-${uniqueSuffix()}@example.test`);
  const client = await addClient(writer, companyInput({ emails }));
  return { ...workspace, client, emails };
}

async function sendRecords(documentId: string) {
  const [sends, links, audits] = await Promise.all([
    db.documentSend.findMany({ where: { documentId } }),
    db.shareLink.findMany({ where: { documentId } }),
    db.auditLog.findMany({
      where: { targetId: documentId, action: { in: ["document.sent", "document.reminder_sent"] } },
    }),
  ]);
  return { sends, links, audits };
}

const input = (recipients: string[], overrides: Record<string, unknown> = {}) => ({
  recipients,
  subject: "Votre document",
  message: "Bonjour,\n\nVoici le document.",
  ...overrides,
});

describe("sendDocument", () => {
  it("sends an issued invoice: DocumentSend, a link for this send, the email with its PDF and link", async () => {
    const { member, client, emails, organization } = await workspaceWithClient();
    const invoice = await makeIssuedInvoice(member, client.id);
    const dialog = await getSendDialogData(member, invoice.id);
    expect(dialog.clientEmails).toEqual(emails);
    expect(dialog.send!.subject).toBe(`Facture ${invoice.number} — Atelier Test SARL`);
    expect(dialog.send!.message).toContain("120,00");
    expect(dialog.reminder).toBeNull();

    const sent = await sendDocument(
      member,
      invoice.id,
      input([emails[1]!.toUpperCase()], { subject: dialog.send!.subject }),
      testMeta(),
    );

    // The request queued the email with its send and link; it is not sent yet.
    const queued = await sendRecords(invoice.id);
    expect(queued.sends).toHaveLength(1);
    expect(queued.sends[0]!.emailMessageId).toBe(sent.emailMessageId);
    expect(queued.links).toHaveLength(1);
    expect(queued.audits).toEqual([]);
    expect(await db.emailMessage.findUniqueOrThrow({ where: { id: sent.emailMessageId } })).toMatchObject({
      status: "QUEUED",
    });
    expect((await db.document.findUniqueOrThrow({ where: { id: invoice.id } })).sentAt).toBeNull();

    // Its email.send job delivers it and records the send as done.
    await drainJobs({ names: [QUEUES.emailSend.name] });
    const { sends, links, audits } = await sendRecords(invoice.id);
    expect(sends).toHaveLength(1);
    expect(sends[0]).toMatchObject({
      id: sent.id,
      organizationId: organization.id,
      kind: "SEND",
      reminderStep: null,
      recipients: [emails[1]],
      subject: dialog.send!.subject,
      sentById: member.userId,
      emailMessageId: expect.any(String),
      providerMessageId: null,
    });
    expect(links).toHaveLength(1);
    expect(links[0]).toMatchObject({ sendId: sent.id, expiresAt: null, revokedAt: null });
    expect(audits.map((entry) => entry.action)).toEqual(["document.sent"]);
    expect(audits[0]).toMatchObject({ actorId: member.userId, organizationId: organization.id });

    const email = await db.emailMessage.findUniqueOrThrow({ where: { id: sends[0]!.emailMessageId! } });
    expect(email).toMatchObject({
      to: [emails[1]],
      template: "document-sent",
      organizationId: organization.id,
      status: "SENT",
    });
    const [attachment] = email.attachments as Attachment[];
    expect(attachment).toMatchObject({ filename: `${invoice.number}.pdf`, contentType: "application/pdf" });
    expect(attachment!.size).toBeGreaterThan(0);
    expect(Buffer.from(attachment!.contentBase64, "base64").subarray(0, 4).toString()).toBe("%PDF");
    expect(audits[0]!.metadata).toMatchObject({
      sendId: sent.id,
      emailMessageId: email.id,
      pdfSha256: attachment!.sha256,
    });

    const token = sent.url.match(/^https?:\/\/[^/]+\/p\/([A-Za-z0-9_-]+)$/)?.[1];
    expect(token).toBeDefined();
    expect(hashToken(token!)).toBe(links[0]!.tokenHash);
    expect(email.html).toContain(sent.url);
    expect(email.text).toContain(sent.url);
    expect(email.text).toContain("Voici le document.");

    const document = await db.document.findUniqueOrThrow({ where: { id: invoice.id } });
    expect(document.sentAt).not.toBeNull();

    // The history panel's rows.
    expect(await listDocumentSends(member, invoice.id)).toEqual([
      expect.objectContaining({ id: sent.id, kind: "SEND", recipients: [emails[1]], subject: dialog.send!.subject }),
    ]);
  });

  it("keeps the seller's logo as an inline attachment, shown in the mailbox from its own bytes", async () => {
    const { member, client, emails, organization, user } = await workspaceWithClient(1);
    const admin = await actingAs(user.id, organization.id, "organization.update");
    await uploadLogo(admin, { data: await pngOf(200, 100), fileName: "l.png", declaredType: "image/png" }, testMeta());
    const invoice = await makeIssuedInvoice(member, client.id);
    await sendDocument(member, invoice.id, input([emails[0]!]), testMeta());
    await drainJobs({ names: [QUEUES.emailSend.name] });
    const [message] = await listOutbox({ to: emails[0]!, limit: 1 });
    const logo = message!.attachments.find((file) => file.contentId === "seller-logo");
    expect(logo).toMatchObject({ filename: "logo.png", contentType: "image/png" });
    // The mail client shows cid:seller-logo; the mailbox frame gets the same bytes as data:.
    expect(message!.html).not.toContain("cid:seller-logo");
    expect(message!.html).toContain(`src="data:image/png;base64,${logo!.contentBase64}"`);
  });

  it("sends a draft quote through sendQuote: numbered, SENT, placeholders filled", async () => {
    const { member, client, emails } = await workspaceWithClient(1);
    const draft = await makeDraft(member, client.id, {}, "QUOTE");
    const dialog = await getSendDialogData(member, draft.id);
    expect(dialog.placeholders).toBe(true);
    expect(dialog.send!.subject).toBe("Devis {number} — Atelier Test SARL");

    const sent = await sendDocument(member, draft.id, input(emails, dialog.send!), testMeta());

    const quote = await db.document.findUniqueOrThrow({ where: { id: draft.id } });
    expect(quote.status).toBe("SENT");
    expect(quote.number).toMatch(/\d/);
    expect(sent.subject).toBe(`Devis ${quote.number} — Atelier Test SARL`);
    const email = await db.emailMessage.findUniqueOrThrow({ where: { id: sent.emailMessageId } });
    expect(email.subject).toBe(`Devis ${quote.number} — Atelier Test SARL`);
    expect(email.text).toContain(`le devis ${quote.number}`);
    expect(email.text).not.toContain("{validUntil}");
    expect((email.attachments as Attachment[])[0]!.filename).toBe(`${quote.number}.pdf`);
    // A quote's link ends with its validity.
    const link = await db.shareLink.findFirstOrThrow({ where: { sendId: sent.id } });
    expect(link.expiresAt).not.toBeNull();
  });

  it("refuses a recipient that is not one of the client's emails, writing nothing", async () => {
    const { member, client, emails } = await workspaceWithClient(1);
    const invoice = await makeIssuedInvoice(member, client.id);
    const error = await expectAppError(
      sendDocument(member, invoice.id, input([emails[0]!, "intruder@example.test"]), testMeta()),
      "recipient_not_client",
    );
    expect(error.details.fieldErrors).toMatchObject({
      recipients: ["recipient_not_client"],
      "recipients.1": ["recipient_not_client"],
    });
    expect(await sendRecords(invoice.id)).toEqual({ sends: [], links: [], audits: [] });
    expect(await db.emailMessage.count({ where: { to: { has: "intruder@example.test" } } })).toBe(0);
  });

  it("refuses a draft invoice", async () => {
    const { member, client, emails } = await workspaceWithClient(1);
    const draft = await makeDraft(member, client.id);
    await expectAppError(sendDocument(member, draft.id, input(emails), testMeta()), "document_not_issued");
    expect((await sendRecords(draft.id)).sends).toEqual([]);
    expect((await db.document.findUniqueOrThrow({ where: { id: draft.id } })).status).toBe("DRAFT");
  });

  it("gives field errors for bad input and writes nothing", async () => {
    const { member, client, emails } = await workspaceWithClient(1);
    const invoice = await makeIssuedInvoice(member, client.id);
    for (const [bad, field, code] of [
      [input([]), "recipients", "recipients_required"],
      [input(emails, { subject: "Ligne 1\nLigne 2" }), "subject", "subject_one_line"],
      [input(emails, { subject: "   " }), "subject", "subject_required"],
      [input(emails, { subject: "x".repeat(301) }), "subject", "subject_too_long"],
      [input(emails, { message: "x".repeat(5001) }), "message", "message_too_long"],
      [input(["not an email"]), "recipients.0", "recipient_invalid"],
    ] as const) {
      const error = await expectAppError(sendDocument(member, invoice.id, bad, testMeta()), "invalid_input");
      expect(error.details.fieldErrors?.[field]).toEqual([code]);
    }
    expect(await sendRecords(invoice.id)).toEqual({ sends: [], links: [], audits: [] });
  });

  it("another organization's member cannot send nor remind (NOT_FOUND); an accountant cannot (FORBIDDEN)", async () => {
    const { member, client, emails, organization } = await workspaceWithClient(1);
    const invoice = await makeIssuedInvoice(member, client.id, {}, {}, "INVOICE");
    const other = await documentWorkspace("OWNER");
    await expectAppError(sendDocument(other.member, invoice.id, input(emails), testMeta()), "document_not_found");
    await expectAppError(remindDocument(other.member, invoice.id, input(emails), testMeta()), "document_not_found");
    await expectAppError(getSendDialogData(other.member, invoice.id), "document_not_found");
    expect(await listDocumentSends(other.member, invoice.id)).toEqual([]);

    const { user } = await addMember(organization.id, "ACCOUNTANT");
    const accountant = await actingAs(user.id, organization.id, "documents.read");
    for (const attempt of [
      sendDocument(accountant, invoice.id, input(emails), testMeta()),
      remindDocument(accountant, invoice.id, input(emails), testMeta()),
    ]) {
      const error = await attempt.then(
        () => null,
        (caught: unknown) => caught,
      );
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).kind).toBe("FORBIDDEN");
    }
    expect(await sendRecords(invoice.id)).toEqual({ sends: [], links: [], audits: [] });
  });

  it("reminds an overdue invoice by hand (REMINDER, no step) and refuses one that is not overdue", async () => {
    const { member, client, emails } = await workspaceWithClient(1);
    const issueDate = addDays(calendarDate(), -40);
    const overdue = await makeIssuedInvoice(member, client.id, {}, { issueDate, dueDate: addDays(issueDate, 10) });
    const dialog = await getSendDialogData(member, overdue.id);
    expect(dialog.reminder!.subject).toBe(`Relance : facture ${overdue.number} — Atelier Test SARL`);

    const reminded = await remindDocument(member, overdue.id, input(emails, dialog.reminder!), testMeta());
    expect(reminded).toMatchObject({ kind: "REMINDER", reminderStep: null });
    const email = await db.emailMessage.findUniqueOrThrow({ where: { id: reminded.emailMessageId } });
    expect(email.template).toBe("payment-reminder");
    expect(email.text).toContain(reminded.url);
    // By hand, as often as wanted (no step).
    await remindDocument(member, overdue.id, input(emails, dialog.reminder!), testMeta());
    expect((await sendRecords(overdue.id)).sends.map((send) => send.kind)).toEqual(["REMINDER", "REMINDER"]);

    const notDue = await makeIssuedInvoice(member, client.id);
    await expectAppError(remindDocument(member, notDue.id, input(emails), testMeta()), "document_not_overdue");
    expect((await sendRecords(notDue.id)).sends).toEqual([]);
  });
});
