import { apiRoute } from "@/lib/api/api-route";
import { getOrganizationEndpoint, toOrganizationResource } from "@/lib/api/v1/organization-endpoints";
import { getOrganizationSettings } from "@/lib/organization-settings/get-organization-settings";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const GET = apiRoute(getOrganizationEndpoint, async ({ caller }) => {
  const { organizationId, organizationName } = caller.member;
  const settings = await getOrganizationSettings(caller.member);
  return toOrganizationResource({ id: organizationId, name: organizationName }, settings);
});
