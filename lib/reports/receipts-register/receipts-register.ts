import "server-only";
import { assertCan } from "@/lib/auth/access/assert-can";
import type { MemberContext } from "@/lib/auth/access/require-member";
import type { DateRange } from "@/lib/dashboard/dashboard-period";
import { db } from "@/lib/db/prisma";
import type { PaymentMethod, SupplyKind } from "@/lib/generated/prisma/enums";
import { receiptSelect, receiptsOrder, receiptsWhere, registerHeading, toReceipts } from "./receipts-rows";

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
// current name (receipts-rows.ts, shared with the page: receipts-register-page.ts).

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

/** The acting organization's receipts of `period` (validated by resolveDashboardPeriod), every one of them. documents.read. */
export async function receiptsRegister(member: MemberContext, period: DateRange): Promise<ReceiptsRegister> {
  assertCan(member, "documents.read");
  const { organizationId } = member;
  const { currency, organization } = await registerHeading(organizationId);
  const payments = await db.payment.findMany({
    where: receiptsWhere(organizationId, currency, period),
    select: receiptSelect,
    orderBy: [...receiptsOrder],
  });
  const receipts = toReceipts(payments);
  return {
    period: { from: period.from, to: period.to },
    currency,
    organization,
    receipts,
    totalCents: receipts.at(-1)?.runningTotalCents ?? 0,
  };
}
