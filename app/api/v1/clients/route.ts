import { apiRoute } from "@/lib/api/api-route";
import { pageAnswer, pageWindowOf } from "@/lib/api/pagination";
import { toClientListItem, toClientResource } from "@/lib/api/v1/client-resources";
import { createClientEndpoint, listClientsEndpoint } from "@/lib/api/v1/clients-endpoints";
import { listClientsWindow } from "@/lib/api/v1/list-clients-window";
import { createClient } from "@/lib/clients/create-client";
import { getClient } from "@/lib/clients/get-client";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const GET = apiRoute(listClientsEndpoint, async ({ caller, query }) => {
  const { limit, cursor, ...filters } = query;
  const window = pageWindowOf({ limit, cursor });
  const page = await listClientsWindow(caller.member, filters, window);
  return pageAnswer(page, window, toClientListItem);
});

export const POST = apiRoute(createClientEndpoint, async ({ caller, body, meta }) => {
  const created = await createClient(caller.member, body, meta);
  return toClientResource(await getClient(caller.member, created.id));
});
