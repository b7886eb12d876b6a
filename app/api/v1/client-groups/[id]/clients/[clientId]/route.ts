import { apiRoute } from "@/lib/api/api-route";
import { setClientGroupMembership } from "@/lib/api/v1/client-group-membership";
import { addClientToGroupEndpoint, removeClientFromGroupEndpoint } from "@/lib/api/v1/client-groups-endpoints";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const PUT = apiRoute(addClientToGroupEndpoint, async ({ caller, params, meta }) => {
  await setClientGroupMembership(caller.member, params.id, params.clientId, true, meta);
});

export const DELETE = apiRoute(removeClientFromGroupEndpoint, async ({ caller, params, meta }) => {
  await setClientGroupMembership(caller.member, params.id, params.clientId, false, meta);
});
