import "server-only";
import { recordAudit, type RequestMeta } from "@/lib/audit/record-audit";
import { assertCan } from "@/lib/auth/access/assert-can";
import type { MemberContext } from "@/lib/auth/access/require-member";
import { db } from "@/lib/db/prisma";
import { parseInput } from "@/lib/errors/validation";
import type { Prisma } from "@/lib/generated/prisma/client";
import { calendarDate, calendarFromDate } from "../calendar-date";
import { withDocumentDbErrors } from "../document-db-errors";
import { documentIdInput } from "../document-schema";
import {
  asNewLine,
  contentLineSelect,
  draftContentData,
  sourceContentSelect,
  totalsOfContent,
  type ContentDocument,
  type NewLine,
} from "../draft-content";
import { generatedLineText } from "../lifecycle/generated-lines";
import type { RateTotals } from "../totals/compute-totals";
import { allocate, roundDiv } from "../totals/rounding";
import { depositInput } from "./deposit-schema";
import { queueDocumentEvent } from "@/lib/webhooks/queue-webhook-event";
import {
  depositDraftPending,
  depositExceedsQuote,
  depositTooSmall,
  quoteExpired,
  quoteNotConvertible,
  quoteNotFound,
} from "./quote-errors";
import { lockQuote, quoteDisplayStatus, quoteState, quoteStateSelect, type QuoteState } from "./quote-state";
import { allowsAction } from "../document-rules";

// Turning a quote into invoices (documents.write; audited quote.converted + document.created):
//
// - convertQuoteToDeposit: a DRAFT deposit invoice (acompte) for a percentage of the quote's
//   total incl. VAT or an amount incl. VAT. One line per VAT rate of the quote, the amount
//   split over the rates in proportion to their totals incl. VAT (allocate: exact cents, the
//   parts sum to the amount). The deposit is written in "prices incl. VAT" mode so its total
//   is exactly the amount asked. Deposits of a quote (drafts and issued, less what credit
//   notes took back) never exceed its total. A SENT quote becomes ACCEPTED, and stays so.
//
// - convertQuoteToInvoice: the final DRAFT invoice — the quote's lines, client and terms,
//   then for every ISSUED deposit invoice of the quote one negative line per VAT rate
//   ("Acompte AC-… du …", deductedDocumentId set) deducting what that deposit invoiced at
//   that rate (less its credit notes): its base excl. VAT when the invoice is in prices
//   excl. VAT, its total incl. VAT otherwise. Totals then come from computeTotals like any
//   document: the bases add up exactly (quote base = deposit bases + final base, per rate,
//   when the quote has no document discount);
//   in prices excl. VAT, the final invoice's VAT is computed on its own base, so the deposit
//   and the final invoice together can differ from the quote's VAT by a cent per rate (each
//   invoice rounds its own VAT). A percent document discount of the quote becomes, when
//   deposits are deducted, the same discount as an amount (the quote's discount in cents):
//   as a percentage it would also apply to the deductions. computeTotals spreads an amount
//   over the rates in proportion to their lines, deductions included, so the per-rate split
//   of the discount can move by a few cents from the quote's; its total stays exact. A
//   deposit invoice still DRAFT refuses the conversion
//   ("deposit_draft_pending"): issue or delete it first. The quote becomes INVOICED.

const quoteContentSelect = {
  ...quoteStateSelect,
  ...sourceContentSelect,
  title: true,
  serviceDate: true,
  paymentTermsDays: true,
  paymentTermsEndOfMonth: true,
  notes: true,
} as const satisfies Prisma.DocumentSelect;

type QuoteContent = Prisma.DocumentGetPayload<{ select: typeof quoteContentSelect }>;

type Converted = { documentId: string; quote: QuoteState };

async function lockConvertibleQuote(
  tx: Prisma.TransactionClient,
  organizationId: string,
  quoteId: string,
  today: string,
): Promise<QuoteContent> {
  const state = await lockQuote(tx, organizationId, quoteId);
  const status = quoteDisplayStatus(state, today);
  if (status === "EXPIRED") throw quoteExpired(quoteState(state, today).validUntil);
  if (!allowsAction("convertQuote", state.type, status)) throw quoteNotConvertible(status);
  return tx.document.findFirstOrThrow({ where: { id: state.id, organizationId }, select: quoteContentSelect });
}

/** Columns a draft made from the quote takes from it. */
function fromQuote(quote: QuoteContent, member: MemberContext) {
  return {
    organizationId: member.organizationId,
    clientId: quote.clientId,
    status: "DRAFT",
    title: quote.title,
    serviceDate: quote.serviceDate,
    currency: quote.currency,
    language: quote.language,
    vatExempt: quote.vatExempt,
    supplyKind: quote.supplyKind,
    purchaseOrderNumber: quote.purchaseOrderNumber,
    deliveryAddress: quote.deliveryAddress,
    paymentTermsDays: quote.paymentTermsDays,
    paymentTermsEndOfMonth: quote.paymentTermsEndOfMonth,
    sourceQuoteId: quote.id,
    createdById: member.userId,
  } satisfies Partial<Prisma.DocumentUncheckedCreateInput>;
}

function parseQuoteId(rawQuoteId: unknown): string {
  const parsed = documentIdInput.shape.documentId.safeParse(rawQuoteId);
  if (!parsed.success) throw quoteNotFound();
  return parsed.data;
}

async function auditConversion(
  tx: Prisma.TransactionClient,
  member: MemberContext,
  meta: RequestMeta,
  quote: QuoteContent,
  created: { id: string; type: "INVOICE" | "DEPOSIT_INVOICE"; totalInclVatCents: number },
  extra: Record<string, Prisma.InputJsonValue | null>,
) {
  const common = {
    organizationId: member.organizationId,
    actorId: member.userId,
    targetType: "Document",
    ip: meta.ip,
    userAgent: meta.userAgent,
  };
  // Converting a SENT quote accepts it: the acceptance is logged as such.
  if (quote.status === "SENT") {
    await recordAudit(tx, {
      ...common,
      action: "quote.accepted",
      targetId: quote.id,
      metadata: { number: quote.number, by: "conversion" },
    });
    await queueDocumentEvent(tx, member.organizationId, "quote.accepted", quote.id);
  }
  await recordAudit(tx, {
    ...common,
    action: "quote.converted",
    targetId: quote.id,
    metadata: { number: quote.number, to: created.type, documentId: created.id, ...extra },
  });
  await recordAudit(tx, {
    ...common,
    action: "document.created",
    targetId: created.id,
    metadata: { type: created.type, sourceQuoteId: quote.id, totalInclVatCents: created.totalInclVatCents },
  });
}

/**
 * A DRAFT deposit invoice for part of a SENT (still valid) or ACCEPTED quote: `rawInput` is
 * { kind: "PERCENT", value: "30" } or { kind: "AMOUNT", value: "1 500,00" } (incl. VAT).
 */
export async function convertQuoteToDeposit(
  member: MemberContext,
  rawQuoteId: unknown,
  rawInput: unknown,
  meta: RequestMeta,
): Promise<Converted & { amountCents: number }> {
  assertCan(member, "documents.write");
  const quoteId = parseQuoteId(rawQuoteId);
  const input = parseInput(depositInput, rawInput);
  const organizationId = member.organizationId;
  const today = calendarDate();

  return withDocumentDbErrors(() =>
    db.$transaction(async (tx) => {
      const quote = await lockConvertibleQuote(tx, organizationId, quoteId, today);
      const totals = totalsOfContent(quote);
      const quoteTotal = totals.totalInclVatCents;
      const amount =
        input.kind === "PERCENT" ? Number(roundDiv(BigInt(quoteTotal) * BigInt(input.bps), 10_000n)) : input.cents;
      if (amount <= 0) throw depositTooSmall();

      // Deposits already asked on this quote (drafts count: each will be issued), less credits.
      const others = await tx.document.aggregate({
        where: { organizationId, sourceQuoteId: quote.id, type: "DEPOSIT_INVOICE" },
        _sum: { totalInclVatCents: true, creditedCents: true },
      });
      const already = (others._sum.totalInclVatCents ?? 0) - (others._sum.creditedCents ?? 0);
      if (already + amount > quoteTotal) throw depositExceedsQuote(Math.max(0, quoteTotal - already));

      const rates = totals.byRate;
      const parts = allocate(
        BigInt(amount),
        rates.map((rate) => BigInt(Math.max(0, rate.totalCents))),
      );
      const issueDate = quote.issueDate ? calendarFromDate(quote.issueDate) : null;
      const lines: NewLine[] = rates.flatMap((rate, index) => {
        const cents = Number(parts[index]!);
        if (cents === 0) return [];
        return [
          {
            articleId: null,
            description: generatedLineText(
              input.kind === "PERCENT" ? "depositPercent" : "depositAmount",
              quote.language,
              {
                number: quote.number,
                date: issueDate,
                percentBps: input.kind === "PERCENT" ? input.bps : null,
                vatRateBps: rates.length > 1 ? rate.vatRateBps : null,
              },
            ),
            quantityMilli: 1000,
            unit: "flat",
            unitPriceCents: cents,
            discountKind: null,
            discountValue: null,
            vatRateBps: rate.vatRateBps,
            vatCategory: rate.vatCategory,
            vatExemptionCode: rate.vatExemptionCode,
            kind: "SERVICE",
            deductedDocumentId: null,
          },
        ];
      });
      const content = draftContentData(
        { pricesIncludeVat: true, vatExempt: quote.vatExempt, discountKind: null, discountValue: null },
        lines,
      );
      const created = await tx.document.create({
        data: {
          ...fromQuote(quote, member),
          type: "DEPOSIT_INVOICE",
          pricesIncludeVat: true,
          depositPercentBps: input.kind === "PERCENT" ? input.bps : null,
          ...content.columns,
          lines: { create: content.lines },
        },
        select: { id: true, type: true, totalInclVatCents: true },
      });

      const answered =
        quote.status === "SENT"
          ? await tx.document.update({
              where: { id: quote.id },
              data: { status: "ACCEPTED", acceptedAt: quote.acceptedAt ?? new Date() },
              select: quoteStateSelect,
            })
          : quote;
      await auditConversion(
        tx,
        member,
        meta,
        quote,
        { ...created, type: "DEPOSIT_INVOICE" },
        {
          amountCents: amount,
          percentBps: input.kind === "PERCENT" ? input.bps : null,
        },
      );
      return { documentId: created.id, amountCents: amount, quote: quoteState(answered, today) };
    }),
  );
}

const depositSelect = {
  id: true,
  status: true,
  number: true,
  issueDate: true,
  pricesIncludeVat: true,
  vatExempt: true,
  discountKind: true,
  discountValue: true,
  lines: { select: contentLineSelect },
  creditNotes: {
    where: { status: "ISSUED" },
    select: {
      pricesIncludeVat: true,
      vatExempt: true,
      discountKind: true,
      discountValue: true,
      lines: { select: contentLineSelect },
    },
  },
} as const satisfies Prisma.DocumentSelect;

type VatGroup = Pick<RateTotals, "vatCategory" | "vatRateBps" | "vatExemptionCode">;
type GroupAmount = { group: VatGroup; cents: number };

/** Per VAT category and rate, what a document invoiced: its base, or its total when `inclVat`. */
function amountsByRate(document: ContentDocument, inclVat: boolean): Map<string, GroupAmount> {
  return new Map(
    totalsOfContent(document).byRate.map((rate) => [
      `${rate.vatCategory}:${rate.vatRateBps}`,
      { group: rate, cents: inclVat ? rate.totalCents : rate.baseCents },
    ]),
  );
}

/** The final DRAFT invoice of a SENT (still valid) or ACCEPTED quote; the quote becomes INVOICED. */
export async function convertQuoteToInvoice(
  member: MemberContext,
  rawQuoteId: unknown,
  meta: RequestMeta,
): Promise<Converted & { deductedDepositIds: string[] }> {
  assertCan(member, "documents.write");
  const quoteId = parseQuoteId(rawQuoteId);
  const organizationId = member.organizationId;
  const today = calendarDate();

  return withDocumentDbErrors(() =>
    db.$transaction(async (tx) => {
      const quote = await lockConvertibleQuote(tx, organizationId, quoteId, today);
      const deposits = await tx.document.findMany({
        where: { organizationId, sourceQuoteId: quote.id, type: "DEPOSIT_INVOICE" },
        select: depositSelect,
        orderBy: [{ issueDate: "asc" }, { sequence: "asc" }, { createdAt: "asc" }],
      });
      const drafts = deposits.filter((deposit) => deposit.status === "DRAFT");
      if (drafts.length > 0) throw depositDraftPending(drafts.map((deposit) => deposit.id));

      const inclVat = quote.pricesIncludeVat;
      const deductions: NewLine[] = [];
      const deductedDepositIds: string[] = [];
      for (const deposit of deposits) {
        const invoiced = amountsByRate(deposit, inclVat);
        for (const creditNote of deposit.creditNotes) {
          for (const [key, credited] of amountsByRate(creditNote, inclVat)) {
            const entry = invoiced.get(key) ?? { group: credited.group, cents: 0 };
            invoiced.set(key, { ...entry, cents: entry.cents - credited.cents });
          }
        }
        const rates = [...invoiced.values()]
          .filter(({ cents }) => cents > 0)
          .sort((a, b) => b.group.vatRateBps - a.group.vatRateBps);
        if (rates.length > 0) deductedDepositIds.push(deposit.id);
        for (const { group, cents } of rates) {
          const rate = group.vatRateBps;
          deductions.push({
            articleId: null,
            description: generatedLineText("deduction", quote.language, {
              number: deposit.number,
              date: deposit.issueDate ? calendarFromDate(deposit.issueDate) : null,
              vatRateBps: rates.length > 1 ? rate : null,
            }),
            quantityMilli: 1000,
            unit: "flat",
            unitPriceCents: -cents,
            discountKind: null,
            discountValue: null,
            vatRateBps: rate,
            vatCategory: group.vatCategory,
            vatExemptionCode: group.vatExemptionCode,
            kind: "SERVICE",
            deductedDocumentId: deposit.id,
          });
        }
      }

      const quoteLines: NewLine[] = quote.lines.map(asNewLine);
      // A document discount would also apply to the deductions (computeTotals spreads it over
      // every line of a rate). As an amount — the quote's own discount in cents — the total
      // discount stays exactly the quote's whatever the deductions.
      const discount =
        deductions.length > 0 && quote.discountKind === "PERCENT" && quote.discountValue
          ? { discountKind: "AMOUNT" as const, discountValue: totalsOfContent(quote).discountCents }
          : { discountKind: quote.discountKind, discountValue: quote.discountValue };

      const content = draftContentData({ pricesIncludeVat: inclVat, vatExempt: quote.vatExempt, ...discount }, [
        ...quoteLines,
        ...deductions,
      ]);
      const created = await tx.document.create({
        data: {
          ...fromQuote(quote, member),
          type: "INVOICE",
          pricesIncludeVat: inclVat,
          ...discount,
          notes: quote.notes,
          ...content.columns,
          lines: { create: content.lines },
        },
        select: { id: true, type: true, totalInclVatCents: true },
      });
      const updated = await tx.document.update({
        where: { id: quote.id },
        data: { status: "INVOICED", acceptedAt: quote.acceptedAt ?? new Date() },
        select: quoteStateSelect,
      });
      await auditConversion(tx, member, meta, quote, { ...created, type: "INVOICE" }, { deductedDepositIds });
      return { documentId: created.id, deductedDepositIds, quote: quoteState(updated, today) };
    }),
  );
}
