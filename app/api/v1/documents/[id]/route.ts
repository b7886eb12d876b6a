import { apiRoute } from "@/lib/api/api-route";
import { loadDocumentResource } from "@/lib/api/v1/document-api-reads";
import { contentOf, draftInputOf, withApiFieldNames } from "@/lib/api/v1/document-resources";
import { deleteDocumentEndpoint, getDocumentEndpoint, updateDocumentEndpoint } from "@/lib/api/v1/documents-endpoints";
import { deleteDraft } from "@/lib/documents/delete-draft";
import { getDocument } from "@/lib/documents/get-document";
import { updateDraft } from "@/lib/documents/update-draft";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const GET = apiRoute(getDocumentEndpoint, async ({ caller, params }) =>
  loadDocumentResource(caller.member, params.id),
);

// The editor saves every field; a PATCH sends some: the others are the stored ones. Without
// expectedUpdatedAt the version read here is the expected one (a change in between is 409).
export const PATCH = apiRoute(updateDocumentEndpoint, async ({ caller, params, body, meta }) => {
  const current = await getDocument(caller.member, params.id);
  const { expectedUpdatedAt, ...changes } = body;
  const input = {
    ...draftInputOf({ ...contentOf(current), ...changes }),
    expectedUpdatedAt: expectedUpdatedAt ?? current.updatedAt,
  };
  await withApiFieldNames(() => updateDraft(caller.member, current.id, input, meta));
  return loadDocumentResource(caller.member, current.id);
});

export const DELETE = apiRoute(deleteDocumentEndpoint, async ({ caller, params, meta }) => {
  await deleteDraft(caller.member, params.id, meta);
});
