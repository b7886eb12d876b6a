import { apiRoute } from "@/lib/api/api-route";
import { loadDocumentResource } from "@/lib/api/v1/document-api-reads";
import { sendDocumentEndpoint } from "@/lib/api/v1/documents-endpoints";
import { listDocumentSends } from "@/lib/sending/list-document-sends";
import { getSendDialogData, sendDocument } from "@/lib/sending/send-document";
import { documentNotIssued } from "@/lib/sending/sending-errors";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

// What the send dialog would start with fills what the body leaves out (every address of
// the client, the default subject and message); sendDocument checks the rest as for the dialog.
// A document the dialog cannot send (no `send` texts: a draft invoice or credit note) gets
// sendDocument's own refusal rather than a complaint about the subject nobody could default.
export const POST = apiRoute(sendDocumentEndpoint, async ({ caller, params, body, meta }) => {
  const defaults = await getSendDialogData(caller.member, params.id);
  if (!defaults.send) throw documentNotIssued();
  const input = {
    recipients: body.recipients ?? defaults.clientEmails,
    subject: body.subject ?? defaults.send.subject,
    message: body.message ?? defaults.send.message,
  };
  const sent = await sendDocument(caller.member, params.id, input, meta);
  const send = (await listDocumentSends(caller.member, sent.documentId)).find((row) => row.id === sent.id);
  // Just recorded, so the newest of the list: missing would be a bug, not a client's error.
  if (!send) throw new Error(`send ${sent.id} missing from its document's sends`);
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
