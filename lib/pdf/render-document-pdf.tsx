import { createHash } from "node:crypto";
import { renderToBuffer } from "@react-pdf/renderer";
import { embedFacturx, type FacturxMeta } from "@/lib/facturx/embed-facturx";
import { getLogger } from "@/lib/log/logger";
import { appMetrics, timed } from "@/lib/metrics/metrics-registry";
import { DocumentPdfView, pdfDocumentInfo, type PdfFileOptions } from "./document-pdf-view";
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

export type RenderOptions = {
  /** Replaces the page planner's text measure (tests of the fallback). */
  measure?: TextMeasure;
  /** PDF/A-3b instead of a plain PDF (implied by `facturx`). */
  pdfA?: boolean;
  /** The Info creation date (and so pdfkit's file /ID); react-pdf takes the clock's otherwise. */
  creationDate?: Date;
  /**
   * A Factur-X invoice: rendered as PDF/A-3b with `xml` (the CII invoice) embedded as
   * factur-x.xml, XMP and Info from the document's title and seller, dated `meta.createdAt`.
   * The result (bytes, SHA-256) is the final file.
   */
  facturx?: { xml: string; meta: Omit<FacturxMeta, "title" | "author"> };
};

/**
 * Renders one document to PDF bytes (no database: the model holds everything printed): a plain
 * PDF, a PDF/A-3b (`pdfA`), or a Factur-X invoice (`facturx`).
 */
export function renderDocumentPdf(model: PdfModel, options: RenderOptions = {}): Promise<RenderedPdf> {
  const { pdfRenders, pdfRenderDuration } = appMetrics();
  return timed(pdfRenderDuration, pdfRenders, () => render(model, options));
}

async function render(model: PdfModel, options: RenderOptions): Promise<RenderedPdf> {
  registerPdfFonts();
  const { facturx } = options;
  const file: PdfFileOptions = {
    pdfA: options.pdfA === true || facturx !== undefined,
    creationDate: facturx?.meta.createdAt ?? options.creationDate,
  };
  const embed = facturx ? { xml: facturx.xml, meta: { ...facturx.meta, ...pdfDocumentInfo(model) } } : null;
  const measure = options.measure ?? createTextMeasure();
  const table = measureLinesTable(model, measure);
  const pages = planPages(model, measure, table);
  if (pages) {
    const plan = pages.map((page) => ({
      ...page,
      table: page.lineEnd > page.lineStart ? drawLinesTable(table, page.lineStart, page.lineEnd) : null,
    }));
    const bytes = await renderToBuffer(<DocumentPdfView model={model} plan={plan} file={file} />);
    const pageCount = countPages(bytes);
    // Each planned page may still overflow if the estimate was short: react-pdf then breaks it
    // and the count differs from the plan, whose "Page n / N" would be wrong. Start again
    // with react-pdf's pagination.
    if (pageCount === plan.length) return finish(bytes, pageCount, "planned", embed);
    getLogger().warn(
      { planned: plan.length, rendered: pageCount, lines: model.lines.length },
      "pdf page plan overflowed; rendering with react-pdf pagination",
    );
  }
  const bytes = await renderToBuffer(<DocumentPdfView model={model} file={file} />);
  return finish(bytes, countPages(bytes), "paginated", embed);
}

/** The final file (the Factur-X XML attached, if any) and the SHA-256 of those very bytes. */
async function finish(
  rendered: Buffer,
  pageCount: number,
  layout: RenderedPdf["layout"],
  facturx: { xml: string; meta: FacturxMeta } | null,
): Promise<RenderedPdf> {
  const bytes = facturx ? await embedFacturx(rendered, facturx.xml, facturx.meta) : rendered;
  return { bytes, sha256: createHash("sha256").update(bytes).digest("hex"), pageCount, layout };
}

/** Page objects in react-pdf's file: "/Type /Page" not followed by "s" (the /Pages tree). */
function countPages(bytes: Buffer): number {
  return bytes.toString("latin1").match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;
}
