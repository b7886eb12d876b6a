import { resolveDashboardPeriod } from "@/lib/dashboard/dashboard-period";
import { calendarDate } from "@/lib/documents/calendar-date";
import { salesFile } from "@/lib/reports/sales/sales-file";
import { resolveSalesView } from "@/lib/reports/sales/sales-view";
import { parseTableFormat } from "@/lib/tables/table-format";
import { tableRoute } from "../../../_shared/table-routes";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/**
 * GET /api/reports/sales?by=client|article|month&period=…&from=&to=&format=csv|xlsx → the sales
 * report of the page with the same parameters. exports.read; problem JSON on failure (400
 * sales_view_unknown, period_unknown, period_date_invalid, period_range_reversed,
 * period_range_too_long, format_invalid).
 */
export const GET = tableRoute({
  permission: "exports.read",
  name: "sales report",
  build: (member, params, locale) =>
    salesFile(
      member,
      resolveDashboardPeriod(params, calendarDate()),
      resolveSalesView(params),
      locale,
      parseTableFormat(params.format),
    ),
});
