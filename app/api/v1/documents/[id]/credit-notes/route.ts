import { apiRoute } from "@/lib/api/api-route";
import { loadDocumentResource } from "@/lib/api/v1/document-api-reads";
import { draftInputOf, withApiFieldNames } from "@/lib/api/v1/document-resources";
import { createCreditNoteEndpoint } from "@/lib/api/v1/documents-endpoints";
import { createCreditNote } from "@/lib/documents/credit-notes/create-credit-note";
import { centsToDecimalString } from "@/lib/money/format-money";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const POST = apiRoute(createCreditNoteEndpoint, async ({ caller, params, body, meta }) => {
  const invoiceId = params.id;
  const input =
    body.mode === "AMOUNT"
      ? { invoiceId, mode: body.mode, amount: centsToDecimalString(body.amountCents) }
      : body.mode === "LINES"
        ? { invoiceId, mode: body.mode, lines: draftInputOf({ lines: body.lines }).lines }
        : { invoiceId, mode: body.mode };
  const created = await withApiFieldNames(() => createCreditNote(caller.member, input, meta));
  return loadDocumentResource(caller.member, created.documentId);
});
