import { calendarDate } from "@/lib/documents/calendar-date";
import { resolveAsOf } from "@/lib/reports/aged-receivables-as-of";
import { agedReceivablesFile } from "@/lib/reports/aged-receivables-file";
import { parseTableFormat } from "@/lib/tables/table-format";
import { tableRoute } from "../../../_shared/table-routes";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/**
 * GET /api/reports/aged-receivables?asOf=YYYY-MM-DD&format=csv|xlsx → the aged receivables of
 * that day (today by default), the page's figures. exports.read; problem JSON on failure (400
 * as_of_invalid / as_of_future / format_invalid).
 */
export const GET = tableRoute({
  permission: "exports.read",
  name: "aged receivables",
  build: (member, params, locale) =>
    agedReceivablesFile(member, resolveAsOf(params, calendarDate()), locale, parseTableFormat(params.format)),
});
