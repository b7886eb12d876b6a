import { apiRoute } from "@/lib/api/api-route";
import { loadDocumentResource } from "@/lib/api/v1/document-api-reads";
import { issueDocumentEndpoint } from "@/lib/api/v1/documents-endpoints";
import { issueDocument } from "@/lib/documents/issue-document";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const POST = apiRoute(issueDocumentEndpoint, async ({ caller, params, body, meta }) => {
  const issued = await issueDocument(caller.member, params.id, body, meta);
  return loadDocumentResource(caller.member, issued.id);
});
