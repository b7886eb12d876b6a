import { apiRoute } from "@/lib/api/api-route";
import { toClientGroupResource } from "@/lib/api/v1/client-group-resources";
import {
  deleteClientGroupEndpoint,
  getClientGroupEndpoint,
  renameClientGroupEndpoint,
} from "@/lib/api/v1/client-groups-endpoints";
import { findClientGroup } from "@/lib/api/v1/find-client-group";
import { deleteGroup } from "@/lib/client-groups/delete-group";
import { renameGroup } from "@/lib/client-groups/rename-group";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const GET = apiRoute(getClientGroupEndpoint, async ({ caller, params }) =>
  toClientGroupResource(await findClientGroup(caller.member, params.id)),
);

export const PATCH = apiRoute(renameClientGroupEndpoint, async ({ caller, params, body, meta }) => {
  await renameGroup(caller.member, { groupId: params.id, name: body.name }, meta);
  return toClientGroupResource(await findClientGroup(caller.member, params.id));
});

export const DELETE = apiRoute(deleteClientGroupEndpoint, async ({ caller, params, meta }) => {
  await deleteGroup(caller.member, { groupId: params.id }, meta);
});
