import { apiRoute } from "@/lib/api/api-route";
import { toShareLinkResource } from "@/lib/api/v1/document-resources";
import { createShareLinkEndpoint, listShareLinksEndpoint } from "@/lib/api/v1/documents-endpoints";
import { createShareLinkForMember } from "@/lib/share-links/create-share-link";
import { listShareLinks } from "@/lib/share-links/list-share-links";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const GET = apiRoute(listShareLinksEndpoint, async ({ caller, params }) => ({
  data: (await listShareLinks(caller.member, params.id)).map(toShareLinkResource),
}));

export const POST = apiRoute(createShareLinkEndpoint, async ({ caller, params, meta }) => {
  const link = await createShareLinkForMember(caller.member, params.id, meta);
  return { id: link.id, url: link.url, expiresAt: link.expiresAt?.toISOString() ?? null };
});
