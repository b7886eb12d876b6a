import "server-only";
import { assertCan } from "@/lib/auth/access/assert-can";
import type { MemberContext } from "@/lib/auth/access/require-member";
import { db } from "@/lib/db/prisma";
import type { SendKind } from "./sending-texts";

/** Where the send's email stands (EmailMessage, delivered by the email.send job). */
export type SendEmailState = {
  /** QUEUED: waiting for (or between) the provider's attempts; FAILED: refused for good, retry by hand. */
  status: "QUEUED" | "SENT" | "FAILED";
  /** ISO instant the provider took it (SENT). */
  sentAt: string | null;
  /** The provider's refusal or last error (FAILED; also kept while a retry is QUEUED). */
  lastError: string | null;
};

export type DocumentSendView = {
  id: string;
  kind: SendKind;
  reminderStep: number | null;
  recipients: string[];
  subject: string;
  /** null: the email was never confirmed (a crash between recording the send and the provider's answer). */
  emailMessageId: string | null;
  /** null: no email row (a send recorded before emails were queued and never confirmed). */
  email: SendEmailState | null;
  providerMessageId: string | null;
  /** null: `npm run reminders`, or a member since removed. */
  sentByName: string | null;
  /** ISO instant. */
  createdAt: string;
};

/** Every email that carried a document of the member's organization (documents.read), newest first. */
export async function listDocumentSends(member: MemberContext, documentId: string): Promise<DocumentSendView[]> {
  assertCan(member, "documents.read");
  const rows = await db.documentSend.findMany({
    where: { organizationId: member.organizationId, documentId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 200,
    select: {
      id: true,
      kind: true,
      reminderStep: true,
      recipients: true,
      subject: true,
      emailMessageId: true,
      providerMessageId: true,
      sentById: true,
      createdAt: true,
    },
  });
  const senderIds = [...new Set(rows.flatMap((row) => (row.sentById ? [row.sentById] : [])))];
  const senders = senderIds.length
    ? await db.user.findMany({ where: { id: { in: senderIds } }, select: { id: true, name: true } })
    : [];
  const names = new Map(senders.map((user) => [user.id, user.name]));
  const emailIds = rows.flatMap((row) => (row.emailMessageId ? [row.emailMessageId] : []));
  const emails = emailIds.length
    ? await db.emailMessage.findMany({
        where: { id: { in: emailIds }, organizationId: member.organizationId },
        select: { id: true, status: true, sentAt: true, lastError: true },
      })
    : [];
  const states = new Map(
    emails.map((email) => [
      email.id,
      { status: email.status, sentAt: email.sentAt?.toISOString() ?? null, lastError: email.lastError },
    ]),
  );
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    reminderStep: row.reminderStep,
    recipients: row.recipients,
    subject: row.subject,
    emailMessageId: row.emailMessageId,
    email: row.emailMessageId ? (states.get(row.emailMessageId) ?? null) : null,
    providerMessageId: row.providerMessageId,
    sentByName: row.sentById ? (names.get(row.sentById) ?? null) : null,
    createdAt: row.createdAt.toISOString(),
  }));
}
