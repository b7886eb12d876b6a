import { apiRoute } from "@/lib/api/api-route";
import { clientFieldsOf, toClientResource } from "@/lib/api/v1/client-resources";
import { deleteClientEndpoint, getClientEndpoint, updateClientEndpoint } from "@/lib/api/v1/clients-endpoints";
import { deleteClient } from "@/lib/clients/delete-client";
import { getClient } from "@/lib/clients/get-client";
import { updateClient } from "@/lib/clients/update-client";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const GET = apiRoute(getClientEndpoint, async ({ caller, params }) =>
  toClientResource(await getClient(caller.member, params.id)),
);

// The form sends every field; a PATCH sends some: the others are the stored ones — of the
// version read here, so a change saved meanwhile is a 409, never silently undone.
export const PATCH = apiRoute(updateClientEndpoint, async ({ caller, params, body, meta }) => {
  const current = await getClient(caller.member, params.id);
  await updateClient(caller.member, params.id, { ...clientFieldsOf(current), ...body }, meta, {
    expectedUpdatedAt: current.updatedAt.toISOString(),
  });
  return toClientResource(await getClient(caller.member, params.id));
});

export const DELETE = apiRoute(deleteClientEndpoint, async ({ caller, params, meta }) => {
  await deleteClient(caller.member, params.id, meta);
});
