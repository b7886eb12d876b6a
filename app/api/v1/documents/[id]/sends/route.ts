import { apiRoute } from "@/lib/api/api-route";
import { listDocumentSendsEndpoint } from "@/lib/api/v1/documents-endpoints";
import { getDocument } from "@/lib/documents/get-document";
import { listDocumentSends } from "@/lib/sending/list-document-sends";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const GET = apiRoute(listDocumentSendsEndpoint, async ({ caller, params }) => {
  // The sends' list answers nothing for an unknown id: the document's lookup makes it a 404.
  const document = await getDocument(caller.member, params.id);
  const sends = await listDocumentSends(caller.member, document.id);
  return {
    data: sends.map((send) => ({
      id: send.id,
      kind: send.kind,
      recipients: send.recipients,
      subject: send.subject,
      email: send.email,
      createdAt: send.createdAt,
    })),
  };
});
