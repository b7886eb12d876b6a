import type { DocumentExportKind } from "@/lib/exports/lists/document-list-table";
import { exportDocumentList } from "@/lib/exports/lists/export-document-list";
import { documentExportSegments } from "@/lib/exports/lists/list-export-href";
import { exportParamsOf } from "@/lib/exports/lists/list-export-params";
import { problemJson } from "@/lib/errors/problem";
import { parseTableFormat } from "@/lib/tables/table-format";
import { tableRoute } from "../../../../_shared/table-routes";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const kindOfSegment = new Map(
  Object.entries(documentExportSegments).map(([kind, segment]) => [segment, kind as DocumentExportKind]),
);

/**
 * GET /api/exports/documents/quotes|invoices|credit-notes?<the list page's query>&format=csv|xlsx
 * → every document of that list as filtered and sorted on the page. exports.read; problem JSON
 * on failure (401, 403, 400 with the parameter's code: status_invalid, dates_reversed,
 * export_too_large, format_invalid…; 404 for another list).
 */
export async function GET(request: Request, context: { params: Promise<{ kind: string }> }) {
  const kind = kindOfSegment.get((await context.params).kind);
  if (!kind) return problemJson(404, "not_found", "No such list");
  const all = exportParamsOf(new URL(request.url).searchParams);
  return tableRoute({
    permission: "exports.read",
    name: `${kind} list export`,
    build: (member, params, locale) => exportDocumentList(member, kind, all, locale, parseTableFormat(params.format)),
  })(request);
}
