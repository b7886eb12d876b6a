import { apiRoute } from "@/lib/api/api-route";
import { toClientResource } from "@/lib/api/v1/client-resources";
import { archiveClientEndpoint } from "@/lib/api/v1/clients-endpoints";
import { archiveClient } from "@/lib/clients/archive-client";
import { getClient } from "@/lib/clients/get-client";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const POST = apiRoute(archiveClientEndpoint, async ({ caller, params, meta }) => {
  await archiveClient(caller.member, params.id, meta);
  return toClientResource(await getClient(caller.member, params.id));
});
