import { exportArticlesCsv } from "@/lib/articles/export-articles-csv";
import { getRequestLocale } from "../../../_shared/request-locale";
import { csvDownload, problemResponse, queryParams, routeMember } from "../../../_shared/csv-routes";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** GET /api/articles/export?<the list's parameters> → the filtered, sorted list as CSV (members with articles.read). */
export async function GET(request: Request) {
  try {
    const member = await routeMember("articles.read");
    return csvDownload(await exportArticlesCsv(member, queryParams(request), await getRequestLocale()));
  } catch (error) {
    return problemResponse(error, request);
  }
}
