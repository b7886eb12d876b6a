import "server-only";
import { z } from "zod";
import { recordAudit, type RequestMeta } from "@/lib/audit/record-audit";
import { assertCan } from "@/lib/auth/access/assert-can";
import type { MemberContext } from "@/lib/auth/access/require-member";
import { db } from "@/lib/db/prisma";
import { parseInput } from "@/lib/errors/validation";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { DocumentType } from "@/lib/generated/prisma/enums";
import { optional } from "@/lib/organization-settings/schema-helpers";
import { calendarDate, calendarFromDate, dateFromCalendar, dueDateFromTerms } from "./calendar-date";
import { withDocumentDbErrors } from "./document-db-errors";
import {
  creditExceedsInvoice,
  creditNoteEmpty,
  creditNoteTargetNotIssued,
  creditNoteWithoutInvoice,
  documentEmpty,
  documentNotIssuable,
  documentTotalNegative,
  dueBeforeIssue,
  issueDateFuture,
} from "./document-errors";
import { takeNextNumber } from "./document-numbering";
import { documentNotReady, issueReadinessProblems } from "./check-issue-readiness";
import { einvoiceProblems } from "@/lib/facturx/einvoice-problems";
import { buildSnapshots } from "./document-snapshots";
import { loadDocumentDetail } from "./get-document";
import { exchangeRateSchema, toEurCents } from "./exchange-rate";
import { queueDocumentEvent } from "@/lib/webhooks/queue-webhook-event";
import { draftContent, lineContentSelect, stickySupplyKind } from "./draft-content";
import { vatExemptOf } from "./draft-defaults";
import { lockDocument } from "./lifecycle/lock-document";
import { lockDraft } from "./lifecycle/lock-draft";
import { allowsAction } from "./document-rules";

const dateSchema = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "date_invalid")
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)), "date_invalid");

/** Optional overrides of the issue: blank → the draft's date, else today (Paris) / from the terms. */
export const issueInput = z.object({
  issueDate: optional(dateSchema),
  dueDate: optional(dateSchema),
  // Documents in another currency than EUR: EUR for one unit of it (required for those).
  exchangeRate: optional(exchangeRateSchema),
});

export type IssuedDocument = {
  id: string;
  type: DocumentType;
  number: string;
  series: string;
  sequence: number;
  /** "YYYY-MM-DD" */
  issueDate: string;
  dueDate: string | null;
  totalInclVatCents: number;
};

/**
 * Issues of one series queue on its NumberSequence row lock (and wait for a pooled
 * connection): a burst must wait its turn, not fail after Prisma's defaults (2 s to start,
 * 5 s to finish), which refused part of 400 concurrent issues on PostgreSQL 15 here; with
 * these, all 400 went through in ≈ 4.5 s.
 */
export const ISSUE_TRANSACTION = { maxWait: 15_000, timeout: 30_000 } as const;

const draftSelect = {
  type: true,
  status: true,
  clientId: true,
  currency: true,
  language: true,
  deliveryAddress: true,
  issueDate: true,
  dueDate: true,
  paymentTermsDays: true,
  paymentTermsEndOfMonth: true,
  pricesIncludeVat: true,
  vatExempt: true,
  discountKind: true,
  discountValue: true,
  creditedInvoiceId: true,
  sourceQuoteId: true,
  supplyKind: true,
  lines: { select: { id: true, netCents: true, ...lineContentSelect }, orderBy: { position: "asc" } },
} as const satisfies Prisma.DocumentSelect;

/**
 * Issues a DRAFT invoice, deposit invoice or credit note of the acting organization
 * (documents.issue; audited document.issued), all in one transaction holding the document's
 * row lock: checks it again (lines, total ≥ 0, a credit note > 0 and within what is left of an
 * ISSUED invoice of the organization), fixes its dates — issue date: `issueDate`, else the
 * draft's, else today in Paris, never in the future; due date (not for credit notes):
 * `dueDate`, else the draft's, else from its payment terms — takes the next number of its
 * series (takeNextNumber: chronological, "issue_date_before_last"), freezes what it states
 * about the seller and the client (buildSnapshots: "seller_identity_incomplete" until the
 * legal name, address and SIREN are set) and its totals, recomputed with the organization's
 * current VAT regime (a credit note keeps its invoice's). Any failure rolls everything back,
 * the number included: series stay gapless.
 */
export async function issueDocument(
  member: MemberContext,
  documentId: string,
  rawInput: unknown,
  meta: RequestMeta,
): Promise<IssuedDocument> {
  assertCan(member, "documents.issue");
  const input = parseInput(issueInput, rawInput ?? {});
  return withDocumentDbErrors(() =>
    db.$transaction((tx) => issueDraftInTransaction(tx, member, documentId, input, meta), ISSUE_TRANSACTION),
  );
}

export type IssueInput = z.output<typeof issueInput>;

/**
 * issueDocument's work inside the caller's transaction (input already parsed): the recurring
 * invoices issue the draft they created in the transaction that claims the period, so the
 * claim, the draft and its number commit together or not at all. The caller's transaction
 * should take ISSUE_TRANSACTION's waits (issues of a series queue on its row lock).
 */
export async function issueDraftInTransaction(
  tx: Prisma.TransactionClient,
  member: MemberContext,
  documentId: string,
  input: IssueInput,
  meta: RequestMeta,
): Promise<IssuedDocument> {
  assertCan(member, "documents.issue");
  const organizationId = member.organizationId;
  const draft = await lockDraft(tx, organizationId, documentId, draftSelect);
  if (!allowsAction("issue", draft.type, "DRAFT")) throw documentNotIssuable(draft.type);
  if (draft.lines.length === 0) throw documentEmpty();

  const settings = await tx.organizationSettings.findUnique({
    where: { organizationId },
    select: { vatRegime: true, paymentTermsDays: true, paymentTermsEndOfMonth: true },
  });
  const isCreditNote = draft.type === "CREDIT_NOTE";
  const content = draftContent(draft.lines, {
    discountKind: draft.discountKind,
    discountValue: draft.discountValue,
    pricesIncludeVat: draft.pricesIncludeVat,
    vatExempt: isCreditNote ? draft.vatExempt : vatExemptOf(settings ?? { vatRegime: "NORMAL" }),
    supplyKind: stickySupplyKind(draft),
  });
  const total = content.totals.totalInclVatCents;
  if (isCreditNote) {
    if (total <= 0) throw creditNoteEmpty();
    await assertCreditable(tx, organizationId, draft.creditedInvoiceId, total);
  } else if (total < 0) {
    throw documentTotalNegative(total);
  }

  const today = calendarDate();
  const issueDate = input.issueDate ?? (draft.issueDate ? calendarFromDate(draft.issueDate) : today);
  if (issueDate > today) throw issueDateFuture();
  let dueDate: string | null = null;
  if (!isCreditNote) {
    dueDate =
      input.dueDate ??
      (draft.dueDate ? calendarFromDate(draft.dueDate) : null) ??
      dueDateFromTerms(issueDate, {
        days: draft.paymentTermsDays ?? settings?.paymentTermsDays ?? 30,
        endOfMonth:
          draft.paymentTermsDays !== null ? draft.paymentTermsEndOfMonth : (settings?.paymentTermsEndOfMonth ?? false),
      });
    if (dueDate < issueDate) throw dueBeforeIssue();
  }

  const snapshots = await buildSnapshots(tx, { organizationId, ...draft });
  const exchangeRate = draft.currency === "EUR" ? null : input.exchangeRate;
  const problems = issueReadinessProblems({
    type: draft.type,
    currency: draft.currency,
    exchangeRate,
    seller: snapshots.sellerSnapshot,
    client: snapshots.clientSnapshot,
    lines: draft.lines,
    vatExempt: content.columns.vatExempt ?? false,
  });
  if (problems.length > 0) throw documentNotReady(problems, draft.clientId);
  const taken = await takeNextNumber(tx, { organizationId, type: draft.type, issueDate });

  // Line nets as the rule computes them (they never depend on the VAT regime; a line
  // written by another path with a wrong net is corrected before it is frozen).
  for (const [index, line] of draft.lines.entries()) {
    const netCents = content.lines[index]!.netCents;
    if (line.netCents !== netCents) await tx.documentLine.update({ where: { id: line.id }, data: { netCents } });
  }
  const issued = await tx.document.update({
    where: { id: documentId },
    data: {
      ...content.columns,
      status: "ISSUED",
      series: taken.series,
      sequence: taken.sequence,
      number: taken.number,
      issueDate: dateFromCalendar(issueDate),
      dueDate: dueDate ? dateFromCalendar(dueDate) : null,
      issuedAt: new Date(),
      sellerSnapshot: snapshots.sellerSnapshot,
      clientSnapshot: snapshots.clientSnapshot,
      exchangeRate,
      vatTotalEurCents: exchangeRate ? toEurCents(content.totals.totalVatCents, exchangeRate) : null,
    },
    select: { id: true, type: true, totalInclVatCents: true },
  });
  // The e-invoice this document is about to become must pass the French rules: checked on
  // what was just written (number included), so a refusal rolls the number back.
  const issuedDetail = await loadDocumentDetail(organizationId, documentId, tx);
  const einvoice = einvoiceProblems(issuedDetail, snapshots.sellerSnapshot, snapshots.clientSnapshot);
  if (einvoice.length > 0) throw documentNotReady(einvoice, draft.clientId);
  await recordAudit(tx, {
    action: "document.issued",
    organizationId,
    actorId: member.userId,
    targetType: "Document",
    targetId: documentId,
    ip: meta.ip,
    userAgent: meta.userAgent,
    metadata: {
      type: issued.type,
      number: taken.number,
      issueDate,
      dueDate,
      totalInclVatCents: issued.totalInclVatCents,
      ...(draft.creditedInvoiceId ? { creditedInvoiceId: draft.creditedInvoiceId } : {}),
    },
  });
  await queueDocumentEvent(tx, organizationId, "document.issued", documentId);
  return { ...issued, ...taken, issueDate, dueDate };
}

/**
 * A credit note credits an ISSUED invoice or deposit invoice of the organization, for no more
 * than what earlier credit notes left of it. The invoice's row is locked so that two credit
 * notes issued at once are checked one after the other (the trigger refuses over-crediting
 * whatever the path).
 */
async function assertCreditable(
  tx: Prisma.TransactionClient,
  organizationId: string,
  invoiceId: string | null,
  total: number,
): Promise<void> {
  if (!invoiceId) throw creditNoteWithoutInvoice();
  if (!(await lockDocument(tx, organizationId, invoiceId))) throw creditNoteTargetNotIssued();
  const invoice = await tx.document.findUniqueOrThrow({
    where: { id: invoiceId },
    select: { type: true, status: true, totalInclVatCents: true, creditedCents: true },
  });
  if (invoice.status !== "ISSUED" || (invoice.type !== "INVOICE" && invoice.type !== "DEPOSIT_INVOICE")) {
    throw creditNoteTargetNotIssued();
  }
  const remaining = invoice.totalInclVatCents - invoice.creditedCents;
  if (total > remaining) throw creditExceedsInvoice(Math.max(0, remaining));
}
