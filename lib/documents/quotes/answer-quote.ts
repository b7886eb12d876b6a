import "server-only";
import { recordAudit, type RequestMeta } from "@/lib/audit/record-audit";
import { assertCan } from "@/lib/auth/access/assert-can";
import type { MemberContext } from "@/lib/auth/access/require-member";
import { db } from "@/lib/db/prisma";
import { calendarDate } from "../calendar-date";
import { documentIdInput } from "../document-schema";
import { quoteExpired, quoteNotFound, quoteNotSent } from "./quote-errors";
import { lockQuote, quoteDisplayStatus, quoteState, quoteStateSelect, type QuoteState } from "./quote-state";

/**
 * The client's answer to a sent quote: SENT → ACCEPTED (acceptedAt) or DECLINED (declinedAt).
 * Only a sent quote still valid: "quote_expired" past its validity date, "quote_not_sent"
 * otherwise (draft, already answered, invoiced). The row is locked, so two answers at once
 * cannot both apply. documents.write; audited quote.accepted / quote.declined.
 */
export async function answerQuote(
  member: MemberContext,
  rawQuoteId: unknown,
  answer: "ACCEPTED" | "DECLINED",
  meta: RequestMeta,
): Promise<QuoteState> {
  assertCan(member, "documents.write");
  const parsed = documentIdInput.shape.documentId.safeParse(rawQuoteId);
  if (!parsed.success) throw quoteNotFound();
  const organizationId = member.organizationId;
  const today = calendarDate();

  return db.$transaction(async (tx) => {
    const quote = await lockQuote(tx, organizationId, parsed.data);
    const status = quoteDisplayStatus(quote, today);
    if (status === "EXPIRED") throw quoteExpired(quoteState(quote, today).validUntil);
    if (status !== "SENT") throw quoteNotSent(status);
    const now = new Date();
    const updated = await tx.document.update({
      where: { id: quote.id },
      data: answer === "ACCEPTED" ? { status: "ACCEPTED", acceptedAt: now } : { status: "DECLINED", declinedAt: now },
      select: quoteStateSelect,
    });
    await recordAudit(tx, {
      action: answer === "ACCEPTED" ? "quote.accepted" : "quote.declined",
      organizationId,
      actorId: member.userId,
      targetType: "Document",
      targetId: quote.id,
      ip: meta.ip,
      userAgent: meta.userAgent,
      metadata: { number: quote.number },
    });
    return quoteState(updated, today);
  });
}
