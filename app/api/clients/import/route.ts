import { importClientsCsv } from "@/lib/clients/import-clients-csv";
import { previewClientsCsv } from "@/lib/clients/preview-clients-csv";
import { csvImportRoute } from "../../../_shared/csv-routes";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** POST /api/clients/import: preview then import a clients CSV (see csvImportRoute). */
export const POST = csvImportRoute({
  permission: "clients.write",
  preview: previewClientsCsv,
  importer: importClientsCsv,
});
