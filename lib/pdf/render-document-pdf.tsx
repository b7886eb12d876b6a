import { createHash } from "node:crypto";
import { renderToBuffer } from "@react-pdf/renderer";
import { getLogger } from "@/lib/log/logger";
import { DocumentPdfView } from "./document-pdf-view";
import { drawLinesTable, measureLinesTable } from "./lines-table";
import type { PdfModel } from "./pdf-model";
import { planPages } from "./plan-pages";
import { registerPdfFonts } from "./register-fonts";
import { createTextMeasure, type TextMeasure } from "./text-measure";

export type RenderedPdf = {
  bytes: Buffer;
  sha256: string;
  pageCount: number;
  /** "planned": pages laid out by plan-pages.ts; "paginated": react-pdf's own pagination. */
  layout: "planned" | "paginated";
};

/**
 * Renders one document to PDF bytes (no database: the model holds everything printed).
 * `measure` replaces the page planner's text measure (tests of the fallback).
 */
export async function renderDocumentPdf(
  model: PdfModel,
  options: { measure?: TextMeasure } = {},
): Promise<RenderedPdf> {
  registerPdfFonts();
  const measure = options.measure ?? createTextMeasure();
  const table = measureLinesTable(model, measure);
  const pages = planPages(model, measure, table);
  if (pages) {
    const plan = pages.map((page) => ({
      ...page,
      table: page.lineEnd > page.lineStart ? drawLinesTable(table, page.lineStart, page.lineEnd) : null,
    }));
    const bytes = await renderToBuffer(<DocumentPdfView model={model} plan={plan} />);
    const pageCount = countPages(bytes);
    // Each planned page may still overflow if the estimate was short: react-pdf then breaks it
    // and the count differs from the plan, whose "Page n / N" would be wrong. Start again
    // with react-pdf's pagination.
    if (pageCount === plan.length) return finish(bytes, pageCount, "planned");
    getLogger().warn(
      { planned: plan.length, rendered: pageCount, lines: model.lines.length },
      "pdf page plan overflowed; rendering with react-pdf pagination",
    );
  }
  const bytes = await renderToBuffer(<DocumentPdfView model={model} />);
  return finish(bytes, countPages(bytes), "paginated");
}

function finish(bytes: Buffer, pageCount: number, layout: RenderedPdf["layout"]): RenderedPdf {
  return { bytes, sha256: createHash("sha256").update(bytes).digest("hex"), pageCount, layout };
}

/** Page objects in the file: "/Type /Page" not followed by "s" (the /Pages tree). */
function countPages(bytes: Buffer): number {
  return bytes.toString("latin1").match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;
}
