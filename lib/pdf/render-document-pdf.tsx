import { createHash } from "node:crypto";
import { renderToBuffer } from "@react-pdf/renderer";
import { DocumentPdfView } from "./document-pdf-view";
import type { PdfModel } from "./pdf-model";
import { registerPdfFonts } from "./register-fonts";

export type RenderedPdf = { bytes: Buffer; sha256: string; pageCount: number };

/** Renders one document to PDF bytes (no database: the model holds everything printed). */
export async function renderDocumentPdf(model: PdfModel): Promise<RenderedPdf> {
  registerPdfFonts();
  const bytes = await renderToBuffer(<DocumentPdfView model={model} />);
  return { bytes, sha256: createHash("sha256").update(bytes).digest("hex"), pageCount: countPages(bytes) };
}

/** Page objects in the file: "/Type /Page" not followed by "s" (the /Pages tree). */
function countPages(bytes: Buffer): number {
  return bytes.toString("latin1").match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;
}
