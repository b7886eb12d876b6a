import { exportPaymentList } from "@/lib/exports/lists/export-payment-list";
import { exportParamsOf } from "@/lib/exports/lists/list-export-params";
import { parseTableFormat } from "@/lib/tables/table-format";
import { tableRoute } from "../../../_shared/table-routes";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/**
 * GET /api/exports/payments?<the payments page's query>&format=csv|xlsx → every payment of the
 * list as filtered and sorted on the page. exports.read; problem JSON on failure (401, 403, 400
 * with the parameter's code: method_invalid, dates_reversed, export_too_large, format_invalid…).
 */
export function GET(request: Request) {
  const all = exportParamsOf(new URL(request.url).searchParams);
  return tableRoute({
    permission: "exports.read",
    name: "payments list export",
    build: (member, params, locale) => exportPaymentList(member, all, locale, parseTableFormat(params.format)),
  })(request);
}
