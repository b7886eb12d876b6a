import { apiRoute } from "@/lib/api/api-route";
import { pageAnswer, pageWindowOf } from "@/lib/api/pagination";
import { toClientListItem } from "@/lib/api/v1/client-resources";
import { listClientGroupMembersEndpoint } from "@/lib/api/v1/client-groups-endpoints";
import { findClientGroup } from "@/lib/api/v1/find-client-group";
import { listClientsWindow } from "@/lib/api/v1/list-clients-window";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

// The clients list's own group filter; the group is looked up first so that another
// organization's group is a 404, not an empty list.
export const GET = apiRoute(listClientGroupMembersEndpoint, async ({ caller, params, query }) => {
  const group = await findClientGroup(caller.member, params.id);
  const { limit, cursor, ...filters } = query;
  const window = pageWindowOf({ limit, cursor });
  const page = await listClientsWindow(caller.member, { ...filters, group: group.id }, window);
  return pageAnswer(page, window, toClientListItem);
});
