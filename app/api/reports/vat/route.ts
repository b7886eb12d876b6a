import { resolveDashboardPeriod } from "@/lib/dashboard/dashboard-period";
import { calendarDate } from "@/lib/documents/calendar-date";
import { vatReportFile } from "@/lib/reports/vat/vat-report-file";
import { parseTableFormat } from "@/lib/tables/table-format";
import { tableRoute } from "../../../_shared/table-routes";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/**
 * GET /api/reports/vat?period=…&from=&to=&format=csv|xlsx → the VAT report of that period (the
 * dashboard's periods; this month by default), the page's figures. exports.read; problem JSON
 * on failure (400 period_unknown / period_date_invalid / period_range_reversed /
 * period_range_too_long / format_invalid).
 */
export const GET = tableRoute({
  permission: "exports.read",
  name: "VAT report",
  build: (member, params, locale) =>
    vatReportFile(member, resolveDashboardPeriod(params, calendarDate()), locale, parseTableFormat(params.format)),
});
