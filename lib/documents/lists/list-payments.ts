import "server-only";
import { assertCan } from "@/lib/auth/access/assert-can";
import type { MemberContext } from "@/lib/auth/access/require-member";
import { db } from "@/lib/db/prisma";
import { parsePaymentListQuery } from "./document-list-query";
import { findPaymentPage, type PaymentPage } from "./find-payment-page";

export type { PaymentListRow, PaymentPage } from "./find-payment-page";

/** The acting organization's payments: search, filters, sort and page from the URL (25 a page). */
export async function listPayments(member: MemberContext, params: Record<string, unknown>): Promise<PaymentPage> {
  assertCan(member, "documents.read");
  return findPaymentPage(db, member.organizationId, parsePaymentListQuery(params));
}
