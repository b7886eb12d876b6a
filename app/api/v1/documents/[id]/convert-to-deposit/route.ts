import { apiRoute } from "@/lib/api/api-route";
import { loadDocumentResource } from "@/lib/api/v1/document-api-reads";
import { convertToDepositEndpoint } from "@/lib/api/v1/documents-endpoints";
import { convertQuoteToDeposit } from "@/lib/documents/quotes/convert-quote";
import { centsToDecimalString } from "@/lib/money/format-money";
import { bpsToPercentText } from "@/lib/money/vat-rates";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

// depositInput takes the value as typed ("30", "1500.00"): basis points and cents are written
// so; its rules (0 < percent ≤ 100, a positive amount) answer with their own codes.
export const POST = apiRoute(convertToDepositEndpoint, async ({ caller, params, body, meta }) => {
  const value =
    body.kind === "PERCENT" ? (body.value < 0 ? "-1" : bpsToPercentText(body.value)) : centsToDecimalString(body.value);
  const converted = await convertQuoteToDeposit(caller.member, params.id, { kind: body.kind, value }, meta);
  return loadDocumentResource(caller.member, converted.documentId);
});
