import { apiRoute } from "@/lib/api/api-route";
import { toShareLinkResource } from "@/lib/api/v1/document-resources";
import { revokeShareLinkEndpoint } from "@/lib/api/v1/documents-endpoints";
import { shareLinkNotFound } from "@/lib/share-links/share-link-errors";
import { listShareLinks } from "@/lib/share-links/list-share-links";
import { revokeShareLink } from "@/lib/share-links/revoke-share-link";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

// The link must be one of this document's: a link id under another document's path is 404.
export const POST = apiRoute(revokeShareLinkEndpoint, async ({ caller, params, meta }) => {
  const linkOf = async () => (await listShareLinks(caller.member, params.id)).find((link) => link.id === params.linkId);
  if (!(await linkOf())) throw shareLinkNotFound();
  await revokeShareLink(caller.member, params.linkId, meta);
  const revoked = await linkOf();
  if (!revoked) throw shareLinkNotFound();
  return toShareLinkResource(revoked);
});
