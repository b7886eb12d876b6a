import { importArticlesCsv } from "@/lib/articles/import-articles-csv";
import { previewArticlesCsv } from "@/lib/articles/preview-articles-csv";
import { csvImportRoute } from "../../../_shared/csv-routes";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** POST /api/articles/import: preview then import an articles CSV (see csvImportRoute). */
export const POST = csvImportRoute({
  permission: "articles.write",
  preview: previewArticlesCsv,
  importer: importArticlesCsv,
});
