import { apiRoute } from "@/lib/api/api-route";
import { loadDocumentResource } from "@/lib/api/v1/document-api-reads";
import { sendDocumentEndpoint } from "@/lib/api/v1/documents-endpoints";
import { AppError } from "@/lib/errors/app-error";
import { listDocumentSends } from "@/lib/sending/list-document-sends";
import { getSendDialogData, sendDocument } from "@/lib/sending/send-document";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

// What the send dialog would start with fills what the body leaves out (every address of
// the client, the default subject and message); sendDocument checks the rest as for the dialog.
export const POST = apiRoute(sendDocumentEndpoint, async ({ caller, params, body, meta }) => {
  const defaults = await getSendDialogData(caller.member, params.id);
  const input = {
    recipients: body.recipients ?? defaults.clientEmails,
    subject: body.subject ?? defaults.send?.subject ?? "",
    message: body.message ?? defaults.send?.message ?? "",
  };
  const sent = await sendDocument(caller.member, params.id, input, meta);
  const send = (await listDocumentSends(caller.member, sent.documentId)).find((row) => row.id === sent.id);
  if (!send) throw new AppError("CONFLICT", "send_not_found", "The send was recorded then removed");
  return {
    send: {
      id: send.id,
      kind: send.kind,
      recipients: send.recipients,
      subject: send.subject,
      email: send.email,
      createdAt: send.createdAt,
    },
    document: await loadDocumentResource(caller.member, sent.documentId),
  };
});
