import "server-only";
import { assertCan } from "@/lib/auth/access/assert-can";
import type { MemberContext } from "@/lib/auth/access/require-member";
import type { DateRange } from "@/lib/dashboard/dashboard-period";
import { db } from "@/lib/db/prisma";
import { dateLiteral } from "@/lib/documents/lists/find-document-page";
import { Prisma } from "@/lib/generated/prisma/client";
import type { VatCategory } from "@/lib/vat/vat-categories";
import { ca3Lines, type Ca3Line } from "./ca3-lines";
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
//   groups pro rata (split-payment.ts says how; the database does it as each payment is
//   recorded, facturo_payment_vat_parts, and keeps the sums per day: DayVatReceived). Credit
//   notes do not enter it: they lower what the client will pay, and VAT on receipts follows
//   the money (a refund is not recorded here).
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

/** The services' VAT of the payments of the period, from the DayVatReceived rollup. */
async function receivedRows(organizationId: string, currency: string, period: DateRange): Promise<VatRow[]> {
  const rows = await db.$queryRaw<
    { vatCategory: VatCategory; vatRateBps: number; base: bigint; vat: bigint }[]
  >(Prisma.sql`
    SELECT v."vatCategory", v."vatRateBps", sum(v."baseCents")::bigint AS "base", sum(v."vatCents")::bigint AS "vat"
    FROM "DayVatReceived" v
    WHERE v."organizationId" = ${organizationId} AND v."currency" = ${currency}
      AND v."day" BETWEEN ${Prisma.raw(dateLiteral(period.from))} AND ${Prisma.raw(dateLiteral(period.to))}
    GROUP BY 1, 2`);
  return mergeVatRows(
    rows.map((row) => ({
      vatCategory: row.vatCategory,
      vatRateBps: Number(row.vatRateBps),
      baseCents: Number(row.base),
      vatCents: Number(row.vat),
    })),
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
  const [invoicedSums, received] = await Promise.all([
    invoicedRows(organizationId, currency, period),
    vatOnDebits ? Promise.resolve([]) : receivedRows(organizationId, currency, period),
  ]);
  const row = (source: InvoicedRow, base: bigint, vat: bigint): VatRow => ({
    vatCategory: source.vatCategory,
    vatRateBps: Number(source.vatRateBps),
    baseCents: Number(base),
    vatCents: Number(vat),
  });
  const invoiced = mergeVatRows(invoicedSums.map((sums) => row(sums, sums.base, sums.vat)));
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
