import "server-only";
import { assertCan } from "@/lib/auth/access/assert-can";
import type { MemberContext } from "@/lib/auth/access/require-member";
import type { DateRange } from "@/lib/dashboard/dashboard-period";
import { db } from "@/lib/db/prisma";
import { calendarFromDate, dateFromCalendar } from "@/lib/documents/calendar-date";
import type { PaymentMethod, SupplyKind } from "@/lib/generated/prisma/enums";

// The livre des recettes (receipts register) a micro-entrepreneur must keep (art. 50-0 and
// 102 ter CGI, art. L123-28 Code de commerce): every receipt in chronological order with its
// date, the invoice it pays, the client, the nature of the sale (goods or services: they have
// different thresholds and rates), the amount and how it was paid.
//
// One line per payment (Payment rows: amounts are always positive in Facturo — a credit note
// reduces what an invoice owes, it is not a refund, and no refund is recorded as a payment),
// by payment date, then by when it was recorded; a running total over the period. Payments of
// documents in another currency than the organization's are left out, as on the dashboard.
// The client is named as the invoice names it (its frozen snapshot), else by the client's
// current name.

export type Receipt = {
  paymentId: string;
  /** "YYYY-MM-DD", the day the money was received. */
  date: string;
  documentId: string;
  number: string;
  clientName: string;
  nature: SupplyKind;
  method: PaymentMethod;
  reference: string | null;
  amountCents: number;
  runningTotalCents: number;
};

export type ReceiptsRegister = {
  period: DateRange;
  currency: string;
  organization: { name: string; siren: string | null };
  receipts: Receipt[];
  totalCents: number;
};

function snapshotName(snapshot: unknown): string | null {
  if (snapshot === null || typeof snapshot !== "object") return null;
  const name = (snapshot as Record<string, unknown>).name;
  return typeof name === "string" && name.trim() !== "" ? name : null;
}

/** The acting organization's receipts of `period` (validated by resolveDashboardPeriod). documents.read. */
export async function receiptsRegister(member: MemberContext, period: DateRange): Promise<ReceiptsRegister> {
  assertCan(member, "documents.read");
  const { organizationId } = member;
  const organization = await db.organization.findUniqueOrThrow({
    where: { id: organizationId },
    select: { name: true, settings: { select: { legalName: true, siren: true, currency: true } } },
  });
  const currency = organization.settings?.currency ?? "EUR";
  const payments = await db.payment.findMany({
    where: {
      organizationId,
      date: { gte: dateFromCalendar(period.from), lte: dateFromCalendar(period.to) },
      document: { organizationId, currency },
    },
    select: {
      id: true,
      date: true,
      amountCents: true,
      method: true,
      reference: true,
      document: {
        select: {
          id: true,
          number: true,
          supplyKind: true,
          clientSnapshot: true,
          client: { select: { name: true } },
        },
      },
    },
    orderBy: [{ date: "asc" }, { createdAt: "asc" }, { id: "asc" }],
  });
  let runningTotalCents = 0;
  const receipts = payments.map((payment): Receipt => {
    runningTotalCents += payment.amountCents;
    return {
      paymentId: payment.id,
      date: calendarFromDate(payment.date),
      documentId: payment.document.id,
      number: payment.document.number ?? "",
      clientName: snapshotName(payment.document.clientSnapshot) ?? payment.document.client.name,
      nature: payment.document.supplyKind,
      method: payment.method,
      reference: payment.reference,
      amountCents: payment.amountCents,
      runningTotalCents,
    };
  });
  return {
    period: { from: period.from, to: period.to },
    currency,
    organization: {
      name: organization.settings?.legalName ?? organization.name,
      siren: organization.settings?.siren ?? null,
    },
    receipts,
    totalCents: runningTotalCents,
  };
}
