import { isAppError } from "@/lib/errors/app-error";
import { problemJson } from "@/lib/errors/problem";
import { calendarDate } from "@/lib/documents/calendar-date";
import { requestLogger } from "@/lib/log/logger";
import { resolveAsOf } from "@/lib/reports/aged-receivables-as-of";
import { agedReceivablesCsv } from "@/lib/reports/aged-receivables-csv";
import { csvDownload, queryParams, routeMember } from "../../../_shared/csv-routes";
import { getRequestLocale } from "../../../_shared/request-locale";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/**
 * GET /api/reports/aged-receivables?asOf=YYYY-MM-DD → the aged receivables of that day (today
 * by default) as CSV, the page's figures. exports.read; failures as problem JSON: 401 signed
 * out, 403 without the permission (or no usable organization), 400 for a bad or future asOf.
 */
export async function GET(request: Request) {
  try {
    const member = await routeMember("exports.read");
    const asOf = resolveAsOf(queryParams(request), calendarDate());
    return csvDownload(await agedReceivablesCsv(member, asOf, await getRequestLocale()));
  } catch (error) {
    if (isAppError(error)) {
      // Another tenant's organization looks like a missing one: a 404 would say more than a 403.
      const status = error.kind === "NOT_FOUND" ? 403 : error.status;
      // A bad day answers with its field's code (as_of_invalid, as_of_future), which says which.
      return problemJson(status, error.details.fieldErrors?.asOf?.[0] ?? error.code, error.message);
    }
    requestLogger(request.headers.get("x-request-id")).error({ err: error }, "aged receivables CSV failed");
    return problemJson(500, "generic", "Unexpected error");
  }
}
