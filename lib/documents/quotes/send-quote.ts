import "server-only";
import { z } from "zod";
import { recordAudit, type RequestMeta } from "@/lib/audit/record-audit";
import { assertCan } from "@/lib/auth/access/assert-can";
import type { MemberContext } from "@/lib/auth/access/require-member";
import { db } from "@/lib/db/prisma";
import { parseInput } from "@/lib/errors/validation";
import { optional } from "@/lib/organization-settings/schema-helpers";
import { addDays, calendarDate, calendarFromDate, dateFromCalendar } from "../calendar-date";
import { withDocumentDbErrors } from "../document-db-errors";
import { documentTotalNegative, issueDateFuture } from "../document-errors";
import { takeNextNumber } from "../document-numbering";
import { buildSnapshots } from "../document-snapshots";
import { draftContent, lineContentSelect } from "../draft-content";
import { vatExemptOf } from "../draft-defaults";
import { quoteEmpty, quoteNotDraft, quoteNotFound, quoteValidUntilPast } from "./quote-errors";
import { lockQuote, quoteDisplayStatus, quoteState, quoteStateSelect, type QuoteState } from "./quote-state";
import { allowsAction } from "../document-rules";

const dateSchema = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "date_invalid")
  .refine((value) => calendarFromDate(dateFromCalendar(value)) === value, "date_invalid");

/** Optional overrides when sending: blank → the draft's date, else today / from the validity days. */
export const sendQuoteInput = z.object({
  issueDate: optional(dateSchema),
  validUntil: optional(dateSchema),
});

/**
 * Sends a DRAFT quote of the acting organization: DRAFT → SENT (documents.issue: it numbers
 * and freezes the quote; audited quote.sent). In one transaction holding the quote's row lock:
 * - its date: `issueDate`, else the draft's, else today (Paris); never in the future;
 * - its validity: `validUntil`, else the draft's, else the date + the organization's
 *   quoteValidityDays (30 by default); not already past ("quote_valid_until_past");
 * - the next number of the QUOTE series (takeNextNumber: gapless, chronological,
 *   "issue_date_before_last");
 * - what it states about the seller and the client is frozen (buildSnapshots, as for an
 *   issue: "seller_identity_incomplete" until the legal identity is complete), totals
 *   recomputed with the organization's current VAT regime, sentAt.
 * Any failure rolls everything back, the number included. Only the status changes here: the
 * email to the client is sent by the caller (next issue).
 */
export async function sendQuote(
  member: MemberContext,
  quoteId: unknown,
  rawInput: unknown,
  meta: RequestMeta,
): Promise<QuoteState> {
  assertCan(member, "documents.issue");
  const id = z.string().trim().min(1).max(64).safeParse(quoteId);
  if (!id.success) throw quoteNotFound();
  const input = parseInput(sendQuoteInput, rawInput ?? {});
  const organizationId = member.organizationId;
  const today = calendarDate();

  return withDocumentDbErrors(() =>
    db.$transaction(async (tx) => {
      const state = await lockQuote(tx, organizationId, id.data);
      const status = quoteDisplayStatus(state, today);
      if (!allowsAction("sendQuote", state.type, status)) throw quoteNotDraft(status);
      const quote = await tx.document.findUniqueOrThrow({
        where: { id: state.id },
        select: {
          clientId: true,
          language: true,
          deliveryAddress: true,
          issueDate: true,
          validUntil: true,
          pricesIncludeVat: true,
          discountKind: true,
          discountValue: true,
          lines: { select: { id: true, netCents: true, ...lineContentSelect }, orderBy: { position: "asc" } },
        },
      });
      if (quote.lines.length === 0) throw quoteEmpty();

      const settings = await tx.organizationSettings.findUnique({
        where: { organizationId },
        select: { vatRegime: true, quoteValidityDays: true },
      });
      const content = draftContent(quote.lines, {
        discountKind: quote.discountKind,
        discountValue: quote.discountValue,
        pricesIncludeVat: quote.pricesIncludeVat,
        vatExempt: vatExemptOf(settings ?? { vatRegime: "NORMAL" }),
      });
      if (content.totals.totalInclVatCents < 0) throw documentTotalNegative(content.totals.totalInclVatCents);

      const issueDate = input.issueDate ?? (quote.issueDate ? calendarFromDate(quote.issueDate) : today);
      if (issueDate > today) throw issueDateFuture();
      const validUntil =
        input.validUntil ??
        (quote.validUntil ? calendarFromDate(quote.validUntil) : addDays(issueDate, settings?.quoteValidityDays ?? 30));
      // The date is never after today, so this also keeps the validity after the date.
      if (validUntil < today) throw quoteValidUntilPast(validUntil);

      const snapshots = await buildSnapshots(tx, { organizationId, ...quote });
      const taken = await takeNextNumber(tx, { organizationId, type: "QUOTE", issueDate });

      for (const [index, line] of quote.lines.entries()) {
        const netCents = content.lines[index]!.netCents;
        if (line.netCents !== netCents) await tx.documentLine.update({ where: { id: line.id }, data: { netCents } });
      }
      const sent = await tx.document.update({
        where: { id: state.id },
        data: {
          ...content.columns,
          status: "SENT",
          series: taken.series,
          sequence: taken.sequence,
          number: taken.number,
          issueDate: dateFromCalendar(issueDate),
          validUntil: dateFromCalendar(validUntil),
          sentAt: new Date(),
          sellerSnapshot: snapshots.sellerSnapshot,
          clientSnapshot: snapshots.clientSnapshot,
        },
        select: quoteStateSelect,
      });
      await recordAudit(tx, {
        action: "quote.sent",
        organizationId,
        actorId: member.userId,
        targetType: "Document",
        targetId: state.id,
        ip: meta.ip,
        userAgent: meta.userAgent,
        metadata: { number: taken.number, issueDate, validUntil, totalInclVatCents: sent.totalInclVatCents },
      });
      return quoteState(sent, today);
    }),
  );
}
