import "server-only";
import type { DateRange } from "@/lib/dashboard/dashboard-period";
import { dateFromCalendar } from "@/lib/documents/calendar-date";
import { Prisma } from "@/lib/generated/prisma/client";

// Which documents are sales of a period — the dashboard's "invoiced" rule
// (compute-key-figures.ts), so the report's grand total excl. VAT is that figure:
// - issued invoices, deposit invoices and credit notes, by issue date (inclusive bounds);
// - a credit note counts negatively in the period it is issued in, whatever the invoice's;
// - a deposit invoice counts when it is issued; the final invoice that deducts it carries a
//   negative line for it, so the deposit is not counted twice;
// - the organization's currency only (a sum of euros and dollars means nothing).

export type SalesAmounts = { exclVatCents: number; vatCents: number; inclVatCents: number };

export const SALES_TYPES = ["INVOICE", "DEPOSIT_INVOICE", "CREDIT_NOTE"] as const;

export const zeroAmounts = (): SalesAmounts => ({ exclVatCents: 0, vatCents: 0, inclVatCents: 0 });

export function addAmounts(total: SalesAmounts, amounts: SalesAmounts): void {
  total.exclVatCents += amounts.exclVatCents;
  total.vatCents += amounts.vatCents;
  total.inclVatCents += amounts.inclVatCents;
}

/** The sales documents of a period as a Prisma filter (the rollups of lib/rollups count the same). */
export function salesDocumentsWhere(organizationId: string, currency: string, range: DateRange) {
  return {
    organizationId,
    currency,
    type: { in: [...SALES_TYPES] },
    status: "ISSUED" as const,
    issueDate: { gte: dateFromCalendar(range.from), lte: dateFromCalendar(range.to) },
  } satisfies Prisma.DocumentWhereInput;
}
