import "server-only";
import { z } from "zod";
import type { RequestMeta } from "@/lib/audit/record-audit";
import { assertCan } from "@/lib/auth/access/assert-can";
import type { MemberContext } from "@/lib/auth/access/require-member";
import { db } from "@/lib/db/prisma";
import { parseInput } from "@/lib/errors/validation";
import { calendarDate, calendarFromDate } from "@/lib/documents/calendar-date";
import { documentNotFound } from "@/lib/documents/document-errors";
import type { SellerSnapshot } from "@/lib/documents/document-snapshots";
import { balanceCents } from "@/lib/documents/document-status";
import { statusFieldsSelect, statusOfRow } from "@/lib/documents/document-view-fields";
import { sendQuote } from "@/lib/documents/quotes/send-quote";
import { deliverDocument, type DeliveredSend } from "./deliver-document";
import { sendDocumentInput } from "./send-document-schema";
import { clientHasNoEmail, documentNotIssued, documentNotOverdue, recipientNotClient } from "./sending-errors";
import { defaultSendTexts, fillPlaceholders, type SendKind } from "./sending-texts";

// Sending a document to its client by email, and reminding an overdue invoice by hand
// (documents.issue: sending a draft quote numbers it). Both are scoped by the member's
// organization: another organization's document is NOT_FOUND, like a missing one.

const documentId = z.string().trim().min(1).max(64);

const sendableSelect = {
  ...statusFieldsSelect,
  id: true,
  number: true,
  language: true,
  currency: true,
  sellerSnapshot: true,
  organization: { select: { name: true } },
  client: { select: { emails: true } },
} as const;

async function findSendable(organizationId: string, rawId: unknown) {
  const id = documentId.safeParse(rawId);
  if (!id.success) throw documentNotFound();
  const document = await db.document.findFirst({ where: { id: id.data, organizationId }, select: sendableSelect });
  if (!document) throw documentNotFound();
  return document;
}

type Sendable = Awaited<ReturnType<typeof findSendable>>;

/**
 * The recipients as the client's own addresses (compared without regard to case, duplicates
 * dropped). Anything else is a field error: a document only goes to its client.
 */
function clientRecipients(requested: string[], clientEmails: string[]): string[] {
  if (clientEmails.length === 0) throw clientHasNoEmail();
  const known = new Map(clientEmails.map((email) => [email.toLowerCase(), email]));
  const unknown = requested.flatMap((email, index) => (known.has(email.toLowerCase()) ? [] : [index]));
  if (unknown.length > 0) throw recipientNotClient(unknown);
  return [...new Set(requested.map((email) => known.get(email.toLowerCase())!))];
}

/** Overdue as users see it: the one status rule (displayStatus), not a copy of it. */
function isOverdue(document: Sendable, today: string): boolean {
  return statusOfRow(document, today) === "OVERDUE";
}

/**
 * Sends a quote, invoice, deposit invoice or credit note to some of its client's addresses:
 * the PDF attached, a public link of its own (see deliverDocument). A DRAFT quote is sent
 * with sendQuote first (numbered, SENT), and the placeholders {number} and {validUntil} of
 * its texts are filled in; an invoice, deposit invoice or credit note must be issued already
 * ("document_not_issued"). Field errors and refusals write nothing. The email is queued: the
 * send is recorded at once and its email goes out in the background (a provider's refusal
 * shows on the send as FAILED, to retry).
 */
export async function sendDocument(
  member: MemberContext,
  rawDocumentId: unknown,
  rawInput: unknown,
  meta: RequestMeta,
): Promise<DeliveredSend> {
  assertCan(member, "documents.issue");
  const input = parseInput(sendDocumentInput, rawInput ?? {});
  let document = await findSendable(member.organizationId, rawDocumentId);
  const recipients = clientRecipients(input.recipients, document.client.emails);
  let { subject, message } = input;
  if (document.status === "DRAFT") {
    if (document.type !== "QUOTE") throw documentNotIssued();
    await sendQuote(member, document.id, {}, meta);
    document = await findSendable(member.organizationId, document.id);
    const values = {
      number: document.number!,
      validUntil: document.validUntil ? calendarFromDate(document.validUntil) : null,
      language: document.language,
    };
    subject = fillPlaceholders(subject, values);
    message = fillPlaceholders(message, values);
  }
  return deliverDocument({
    organizationId: member.organizationId,
    documentId: document.id,
    kind: "SEND",
    reminderStep: null,
    recipients,
    subject,
    message,
    sentById: member.userId,
    meta,
  });
}

/**
 * A payment reminder, by hand, for an overdue invoice or deposit invoice (issued, something
 * left to pay, past its due date): kind REMINDER without a step (steps belong to
 * `npm run reminders`, which this does not hold back).
 */
export async function remindDocument(
  member: MemberContext,
  rawDocumentId: unknown,
  rawInput: unknown,
  meta: RequestMeta,
): Promise<DeliveredSend> {
  assertCan(member, "documents.issue");
  const input = parseInput(sendDocumentInput, rawInput ?? {});
  const document = await findSendable(member.organizationId, rawDocumentId);
  const recipients = clientRecipients(input.recipients, document.client.emails);
  if (!isOverdue(document, calendarDate())) throw documentNotOverdue();
  return deliverDocument({
    organizationId: member.organizationId,
    documentId: document.id,
    kind: "REMINDER",
    reminderStep: null,
    recipients,
    subject: input.subject,
    message: input.message,
    sentById: member.userId,
    meta,
  });
}

export type SendDialogData = {
  /** The client's current addresses (the only possible recipients). */
  clientEmails: string[];
  send: { subject: string; message: string } | null;
  /** Only for an overdue invoice. */
  reminder: { subject: string; message: string } | null;
  /** A draft quote: {number} and {validUntil} in the texts are filled in when it is sent. */
  placeholders: boolean;
};

/** What the send and reminder dialogs start with (documents.issue). */
export async function getSendDialogData(member: MemberContext, rawDocumentId: unknown): Promise<SendDialogData> {
  assertCan(member, "documents.issue");
  const document = await findSendable(member.organizationId, rawDocumentId);
  const sellerName = await sellerNameOf(member.organizationId, document);
  const facts = {
    type: document.type,
    language: document.language,
    number: document.number,
    sellerName,
    totalInclVatCents: document.totalInclVatCents,
    currency: document.currency,
    balanceCents: balanceCents(document),
    dueDate: document.dueDate ? calendarFromDate(document.dueDate) : null,
    validUntil: document.validUntil ? calendarFromDate(document.validUntil) : null,
  };
  const sendable = document.status !== "DRAFT" || document.type === "QUOTE";
  const text = (kind: SendKind) => defaultSendTexts(kind, facts);
  return {
    clientEmails: document.client.emails,
    send: sendable ? text("SEND") : null,
    reminder: isOverdue(document, calendarDate()) ? text("REMINDER") : null,
    placeholders: document.status === "DRAFT",
  };
}

/** The seller's name as the client will read it: the frozen one, else (a draft quote) the current settings'. */
async function sellerNameOf(organizationId: string, document: Sendable): Promise<string> {
  const seller = document.sellerSnapshot as SellerSnapshot | null;
  if (seller) return seller.tradeName || seller.legalName || document.organization.name;
  const settings = await db.organizationSettings.findUnique({
    where: { organizationId },
    select: { tradeName: true, legalName: true },
  });
  return settings?.tradeName || settings?.legalName || document.organization.name;
}
