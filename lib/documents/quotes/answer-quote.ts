import "server-only";
import { recordAudit, type RequestMeta } from "@/lib/audit/record-audit";
import { assertCan } from "@/lib/auth/access/assert-can";
import type { MemberContext } from "@/lib/auth/access/require-member";
import { db } from "@/lib/db/prisma";
import type { Prisma } from "@/lib/generated/prisma/client";
import { calendarDate } from "../calendar-date";
import { documentIdInput } from "../document-schema";
import { quoteExpired, quoteNotFound, quoteNotSent } from "./quote-errors";
import { lockQuote, quoteDisplayStatus, quoteState, quoteStateSelect, type QuoteState } from "./quote-state";
import { allowsAction } from "../document-rules";
import { queueDocumentEvent } from "@/lib/webhooks/queue-webhook-event";

export type QuoteAnswer = "ACCEPTED" | "DECLINED";

/**
 * The client's answer to a sent quote: SENT → ACCEPTED (acceptedAt) or DECLINED (declinedAt).
 * Only a sent quote still valid: "quote_expired" past its validity date, "quote_not_sent"
 * otherwise (draft, already answered, invoiced). The row is locked, so two answers at once
 * cannot both apply. documents.write; audited quote.accepted / quote.declined.
 */
export async function answerQuote(
  member: MemberContext,
  rawQuoteId: unknown,
  answer: QuoteAnswer,
  meta: RequestMeta,
): Promise<QuoteState> {
  assertCan(member, "documents.write");
  const parsed = documentIdInput.shape.documentId.safeParse(rawQuoteId);
  if (!parsed.success) throw quoteNotFound();
  const organizationId = member.organizationId;
  return db.$transaction((tx) =>
    applyQuoteAnswer(tx, organizationId, parsed.data, answer, { actorId: member.userId, meta }),
  );
}

/**
 * The transition itself, inside the caller's transaction (a member on the quote's page, or
 * the client through a public link — lib/share-links/answer-quote.ts). Locks the quote row,
 * checks it is SENT and still valid, sets the status and its date, and audits with the
 * given actor (null for the client) and metadata.
 */
export async function applyQuoteAnswer(
  tx: Prisma.TransactionClient,
  organizationId: string,
  quoteId: string,
  answer: QuoteAnswer,
  audit: { actorId: string | null; meta: RequestMeta; metadata?: Record<string, string | null> },
): Promise<QuoteState> {
  const today = calendarDate();
  const quote = await lockQuote(tx, organizationId, quoteId);
  const status = quoteDisplayStatus(quote, today);
  if (status === "EXPIRED") throw quoteExpired(quoteState(quote, today).validUntil);
  if (!allowsAction("answerQuote", quote.type, status)) throw quoteNotSent(status);
  const now = new Date();
  const updated = await tx.document.update({
    where: { id: quote.id },
    data: answer === "ACCEPTED" ? { status: "ACCEPTED", acceptedAt: now } : { status: "DECLINED", declinedAt: now },
    select: quoteStateSelect,
  });
  await recordAudit(tx, {
    action: answer === "ACCEPTED" ? "quote.accepted" : "quote.declined",
    organizationId,
    actorId: audit.actorId,
    targetType: "Document",
    targetId: quote.id,
    ip: audit.meta.ip,
    userAgent: audit.meta.userAgent,
    metadata: { number: quote.number, ...audit.metadata },
  });
  await queueDocumentEvent(tx, organizationId, answer === "ACCEPTED" ? "quote.accepted" : "quote.declined", quote.id);
  return quoteState(updated, today);
}
