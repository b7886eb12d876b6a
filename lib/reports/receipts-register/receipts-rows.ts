import "server-only";
import type { DateRange } from "@/lib/dashboard/dashboard-period";
import { db } from "@/lib/db/prisma";
import { calendarFromDate, dateFromCalendar } from "@/lib/documents/calendar-date";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Receipt } from "./receipts-register";

// What the register (receipts-register.ts, every row: the files) and its page
// (receipts-register-page.ts, one page: the screen) share: which payments are receipts of a
// period, in which order, and how a payment becomes a line.

/** The organization's name, SIREN and currency (the register's heading). */
export async function registerHeading(organizationId: string) {
  const organization = await db.organization.findUniqueOrThrow({
    where: { id: organizationId },
    select: { name: true, settings: { select: { legalName: true, siren: true, currency: true } } },
  });
  return {
    currency: organization.settings?.currency ?? "EUR",
    organization: {
      name: organization.settings?.legalName ?? organization.name,
      siren: organization.settings?.siren ?? null,
    },
  };
}

/**
 * Payments of the period in documents of the organization's currency (Payment.currency, the
 * paid document's, copied by the database: no join to the invoices).
 */
export function receiptsWhere(organizationId: string, currency: string, period: DateRange): Prisma.PaymentWhereInput {
  return {
    organizationId,
    currency,
    date: { gte: dateFromCalendar(period.from), lte: dateFromCalendar(period.to) },
  };
}

/** By payment date, then by when it was recorded (the id breaks the last ties). */
export const receiptsOrder = [
  { date: "asc" },
  { createdAt: "asc" },
  { id: "asc" },
] as const satisfies Prisma.PaymentOrderByWithRelationInput[];

export const receiptSelect = {
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
} as const satisfies Prisma.PaymentSelect;

type ReceiptPayment = Prisma.PaymentGetPayload<{ select: typeof receiptSelect }>;

function snapshotName(snapshot: unknown): string | null {
  if (snapshot === null || typeof snapshot !== "object") return null;
  const name = (snapshot as Record<string, unknown>).name;
  return typeof name === "string" && name.trim() !== "" ? name : null;
}

/**
 * The payments as lines, in their order, the running total starting from `carriedCents` (the
 * receipts of the period before the first of them). The client is named as the invoice names
 * it (its frozen snapshot), else by the client's current name.
 */
export function toReceipts(payments: readonly ReceiptPayment[], carriedCents = 0): Receipt[] {
  let runningTotalCents = carriedCents;
  return payments.map((payment): Receipt => {
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
}
