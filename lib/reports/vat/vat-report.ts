import "server-only";
import { assertCan } from "@/lib/auth/access/assert-can";
import type { MemberContext } from "@/lib/auth/access/require-member";
import type { DateRange } from "@/lib/dashboard/dashboard-period";
import { db } from "@/lib/db/prisma";
import { dateLiteral } from "@/lib/documents/lists/find-document-page";
import { Prisma } from "@/lib/generated/prisma/client";
import type { VatCategory } from "@/lib/vat/vat-categories";
import { ca3Lines, type Ca3Line } from "./ca3-lines";
import { splitPayment, type PaidGroup } from "./split-payment";
import { mergeVatRows, totalOf, type VatAmounts, type VatRow } from "./vat-rows";

// The VAT report of a period: what the organization collected, per VAT category and rate, and
// the figures of its CA3 return (ca3-lines.ts). Derived from the issued documents and the
// payments, never stored. Three views:
//
// - invoiced (debits): the VAT groups of the invoices and deposit invoices issued in the
//   period, minus the credit notes issued in it (a credit note reduces the period it is issued
//   in, not its invoice's). A final invoice deducting a deposit carries negative deduction
//   lines, so its breakdown is already net of what the deposit invoiced. From the documents'
//   stored breakdown (computeTotals' byRate, the figures printed on them), added up per day,
//   category and rate by the database (the DayVat rollup, migration 20261207124745_rollups,
//   whose facturo_document_vat_groups applies the goods/services rule below).
// - received (receipts): when the organization pays VAT on receipts — the French default for
//   services (art. 269-2-c CGI) unless it opted for debits (OrganizationSettings.vatOnDebits)
//   — the services' share of the payments dated in the period, each split over its invoice's
//   groups pro rata (split-payment.ts). Credit notes do not enter it: they lower what the
//   client will pay, and VAT on receipts follows the money (a refund is not recorded here).
// - due: what the return declares. On debits, the invoiced view. On receipts, the goods'
//   share of the invoiced view (goods are always on debits, art. 269-2-a) plus the received one.
//
// Goods or services: a document states its nature (supplyKind: GOODS, SERVICES or BOTH — for
// credit notes and deposit invoices, their source's). A BOTH document's group is split in
// proportion to its own lines' nets by kind (deposit deduction lines left out), rounded half
// away from zero; a group without such lines counts as services.
//
// Amounts in the organization's currency: documents in another one are left out, as on the
// dashboard (a sum of euros and dollars means nothing; the page says so).

export type VatReport = {
  period: DateRange;
  currency: string;
  /** The organization opted for VAT on debits: nothing is on receipts. */
  vatOnDebits: boolean;
  /** VAT franchise (art. 293 B): no VAT at all, nothing to declare. */
  franchise: boolean;
  invoiced: VatRow[];
  received: VatRow[];
  due: VatRow[];
  totals: { invoiced: VatAmounts; received: VatAmounts; due: VatAmounts };
  ca3: Ca3Line[];
};

const PAID_TYPES = Prisma.raw(`'INVOICE', 'DEPOSIT_INVOICE'`);

/**
 * The category of the document d's breakdown group g. Groups written before VAT categories
 * existed have none: theirs is what computeTotals gave such lines (breakdownView's rule: E
 * under the franchise or at 0 %, else S).
 */
const groupCategory = Prisma.sql`COALESCE(g.value->>'vatCategory',
  CASE WHEN d."vatExempt" OR (g.value->>'vatRateBps')::int <= 0 THEN 'E' ELSE 'S' END)`;

/**
 * For the document d and its breakdown group g: how much of the group is services, as the
 * weights "servicesWeight" / "allWeight" (0/1 for goods, 1/1 for services; a BOTH document's
 * own lines of the group's category and rate, deductions left out).
 */
const serviceWeightsSql = Prisma.sql`
  CROSS JOIN LATERAL (
    SELECT
      (CASE d."supplyKind" WHEN 'GOODS' THEN 0 WHEN 'SERVICES' THEN 1
        ELSE COALESCE(sum(l."netCents") FILTER (WHERE l."kind" = 'SERVICE'), 0) END)::bigint AS "servicesWeight",
      (CASE d."supplyKind" WHEN 'BOTH' THEN COALESCE(sum(l."netCents"), 0) ELSE 1 END)::bigint AS "allWeight"
    FROM "DocumentLine" l
    WHERE d."supplyKind" = 'BOTH' AND l."organizationId" = d."organizationId" AND l."documentId" = d."id"
      AND l."deductedDocumentId" IS NULL
      AND l."vatCategory"::text = ${groupCategory} AND l."vatRateBps" = (g.value->>'vatRateBps')::int
  ) w`;

type InvoicedRow = {
  vatCategory: VatCategory;
  vatRateBps: number;
  base: bigint;
  vat: bigint;
  goodsBase: bigint;
  goodsVat: bigint;
};

/** The groups of the period's sales, from the DayVat rollup (one row per day and rate). */
async function invoicedRows(organizationId: string, currency: string, period: DateRange): Promise<InvoicedRow[]> {
  return db.$queryRaw<InvoicedRow[]>(Prisma.sql`
    SELECT v."vatCategory", v."vatRateBps", sum(v."baseCents")::bigint AS "base", sum(v."vatCents")::bigint AS "vat",
      sum(v."goodsBaseCents")::bigint AS "goodsBase", sum(v."goodsVatCents")::bigint AS "goodsVat"
    FROM "DayVat" v
    WHERE v."organizationId" = ${organizationId} AND v."currency" = ${currency}
      AND v."day" BETWEEN ${Prisma.raw(dateLiteral(period.from))} AND ${Prisma.raw(dateLiteral(period.to))}
    GROUP BY 1, 2`);
}

type PaidRow = {
  paymentId: string;
  amountCents: number;
  vatCategory: VatCategory;
  vatRateBps: number;
  total: bigint;
  vat: bigint;
  servicesWeight: bigint;
  allWeight: bigint;
};

/** The payments of the period with their invoice's groups, in the breakdown's order. */
async function paidRows(organizationId: string, currency: string, period: DateRange): Promise<PaidRow[]> {
  return db.$queryRaw<PaidRow[]>(Prisma.sql`
    SELECT p."id" AS "paymentId", p."amountCents",
      ${groupCategory} AS "vatCategory", (g.value->>'vatRateBps')::int AS "vatRateBps",
      (g.value->>'totalCents')::bigint AS "total", (g.value->>'vatCents')::bigint AS "vat",
      w."servicesWeight", w."allWeight"
    FROM "Payment" p
    JOIN "Document" d ON d."organizationId" = p."organizationId" AND d."id" = p."documentId"
    CROSS JOIN LATERAL jsonb_array_elements(d."vatBreakdown") WITH ORDINALITY g
    ${serviceWeightsSql}
    WHERE p."organizationId" = ${organizationId}
      AND p."date" BETWEEN ${Prisma.raw(dateLiteral(period.from))} AND ${Prisma.raw(dateLiteral(period.to))}
      AND d."type" IN (${PAID_TYPES}) AND d."status" = 'ISSUED' AND d."currency" = ${currency}
    ORDER BY p."id", g.ordinality`);
}

/** The services' VAT of the payments, added up per category and rate. */
function receivedFrom(rows: PaidRow[]): VatRow[] {
  const payments = new Map<string, { amountCents: number; groups: PaidGroup[] }>();
  for (const row of rows) {
    const payment = payments.get(row.paymentId) ?? { amountCents: Number(row.amountCents), groups: [] };
    payment.groups.push({
      vatCategory: row.vatCategory,
      vatRateBps: Number(row.vatRateBps),
      totalCents: Number(row.total),
      vatCents: Number(row.vat),
      servicesWeight: Number(row.servicesWeight),
      allWeight: Number(row.allWeight),
    });
    payments.set(row.paymentId, payment);
  }
  const parts = [...payments.values()].flatMap((payment) => splitPayment(payment.amountCents, payment.groups));
  return mergeVatRows(
    parts.map(({ vatCategory, vatRateBps, baseCents, vatCents }) => ({ vatCategory, vatRateBps, baseCents, vatCents })),
  );
}

/**
 * The acting organization's VAT report for a period (validated by resolveDashboardPeriod).
 * documents.read: every role that reads the documents sees the figures; the files need
 * exports.read (vat-report-file.ts).
 */
export async function vatReport(member: MemberContext, period: DateRange): Promise<VatReport> {
  assertCan(member, "documents.read");
  const organizationId = member.organizationId;
  const settings = await db.organizationSettings.findUnique({
    where: { organizationId },
    select: { currency: true, vatOnDebits: true, vatRegime: true },
  });
  const currency = settings?.currency ?? "EUR";
  const vatOnDebits = settings?.vatOnDebits ?? false;
  const [invoicedSums, paid] = await Promise.all([
    invoicedRows(organizationId, currency, period),
    vatOnDebits ? Promise.resolve([]) : paidRows(organizationId, currency, period),
  ]);
  const row = (source: InvoicedRow, base: bigint, vat: bigint): VatRow => ({
    vatCategory: source.vatCategory,
    vatRateBps: Number(source.vatRateBps),
    baseCents: Number(base),
    vatCents: Number(vat),
  });
  const invoiced = mergeVatRows(invoicedSums.map((sums) => row(sums, sums.base, sums.vat)));
  const received = receivedFrom(paid);
  const due = vatOnDebits
    ? invoiced
    : mergeVatRows(
        invoicedSums.map((sums) => row(sums, sums.goodsBase, sums.goodsVat)),
        received,
      );
  return {
    period: { from: period.from, to: period.to },
    currency,
    vatOnDebits,
    franchise: settings?.vatRegime === "FRANCHISE",
    invoiced,
    received,
    due,
    totals: { invoiced: totalOf(invoiced), received: totalOf(received), due: totalOf(due) },
    ca3: ca3Lines(due),
  };
}
