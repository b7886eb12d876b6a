import { apiRoute } from "@/lib/api/api-route";
import { toInvoicePaymentState } from "@/lib/api/v1/payment-resources";
import { deletePaymentEndpoint } from "@/lib/api/v1/payments-endpoints";
import { deletePayment } from "@/lib/payments/delete-payment";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const DELETE = apiRoute(deletePaymentEndpoint, async ({ caller, params, meta }) => {
  const { invoice } = await deletePayment(caller.member, params.id, meta);
  return { invoice: toInvoicePaymentState(invoice) };
});
