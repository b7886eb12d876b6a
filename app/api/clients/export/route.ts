import { exportClientsCsv } from "@/lib/clients/export-clients-csv";
import { getRequestLocale } from "../../../_shared/request-locale";
import { csvDownload, problemResponse, queryParams, routeMember } from "../../../_shared/csv-routes";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** GET /api/clients/export?<the list's parameters> → the filtered, sorted list as CSV (members with clients.read). */
export async function GET(request: Request) {
  try {
    const member = await routeMember("clients.read");
    return csvDownload(await exportClientsCsv(member, queryParams(request), await getRequestLocale()));
  } catch (error) {
    return problemResponse(error, request);
  }
}
