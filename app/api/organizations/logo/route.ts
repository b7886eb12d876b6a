import { organizationLogoResponse } from "@/lib/organization-settings/logo-response";
import { getSession } from "../../../_shared/session";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** The active organization's logo for its members (PNG); 401/404 as JSON problems. */
export async function GET(request: Request) {
  return organizationLogoResponse(await getSession(), request);
}
