import { invalidInput } from "@/lib/api/api-errors";
import { apiRoute } from "@/lib/api/api-route";
import { pageAnswer, pageWindowOf } from "@/lib/api/pagination";
import { listInvoicePaymentsWindow, listPaymentsWindow } from "@/lib/api/v1/list-payments-window";
import {
  paymentApiFieldNames,
  toInvoicePaymentState,
  toPaymentListItem,
  toPaymentRawInput,
  toPaymentResource,
} from "@/lib/api/v1/payment-resources";
import { listPaymentsEndpoint, paymentPageFilters, recordPaymentEndpoint } from "@/lib/api/v1/payments-endpoints";
import { withApiFieldNames } from "@/lib/api/v1/rename-field-errors";
import { recordPayment } from "@/lib/payments/record-payment";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const GET = apiRoute(listPaymentsEndpoint, async ({ caller, query }) => {
  const { limit, cursor, invoice, ...filters } = query;
  const window = pageWindowOf({ limit, cursor });
  if (invoice === undefined) {
    return pageAnswer(await listPaymentsWindow(caller.member, filters, window), window, toPaymentListItem);
  }
  const combined = paymentPageFilters.filter((key) => filters[key] !== undefined);
  if (combined.length > 0) throw invalidInput(Object.fromEntries(combined.map((key) => [key, ["not_with_invoice"]])));
  return pageAnswer(await listInvoicePaymentsWindow(caller.member, invoice, window), window, toPaymentListItem);
});

export const POST = apiRoute(recordPaymentEndpoint, async ({ caller, body, meta }) => {
  const recorded = await withApiFieldNames(paymentApiFieldNames, () =>
    recordPayment(caller.member, body.invoiceId, toPaymentRawInput(body), meta),
  );
  return { payment: toPaymentResource(recorded.payment), invoice: toInvoicePaymentState(recorded.invoice) };
});
