import { apiRoute } from "@/lib/api/api-route";
import { pageAnswer, pageWindowOf } from "@/lib/api/pagination";
import { arrayPage } from "@/lib/api/v1/array-page";
import { toClientGroupResource } from "@/lib/api/v1/client-group-resources";
import { createClientGroupEndpoint, listClientGroupsEndpoint } from "@/lib/api/v1/client-groups-endpoints";
import { findClientGroup } from "@/lib/api/v1/find-client-group";
import { createGroup } from "@/lib/client-groups/create-group";
import { listGroups } from "@/lib/client-groups/list-groups";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const GET = apiRoute(listClientGroupsEndpoint, async ({ caller, query }) => {
  const window = pageWindowOf(query);
  return pageAnswer(arrayPage(await listGroups(caller.member), window), window, toClientGroupResource);
});

export const POST = apiRoute(createClientGroupEndpoint, async ({ caller, body, meta }) => {
  const created = await createGroup(caller.member, body, meta);
  return toClientGroupResource(await findClientGroup(caller.member, created.id));
});
