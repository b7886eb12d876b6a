import { resolveDashboardPeriod } from "@/lib/dashboard/dashboard-period";
import { calendarDate } from "@/lib/documents/calendar-date";
import { parseReceiptsFormat } from "@/lib/reports/receipts-register/receipts-format";
import { receiptsFile } from "@/lib/reports/receipts-register/receipts-file";
import { tableRoute } from "../../../_shared/table-routes";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/**
 * GET /api/reports/receipts?period=…&from=&to=&format=csv|xlsx|pdf → the receipts register of
 * the page with the same period. exports.read; problem JSON on failure (400 period_unknown,
 * period_date_invalid, period_range_reversed, period_range_too_long, format_invalid).
 */
export const GET = tableRoute({
  permission: "exports.read",
  name: "receipts register",
  build: (member, params, locale) =>
    receiptsFile(member, resolveDashboardPeriod(params, calendarDate()), locale, parseReceiptsFormat(params.format)),
});
