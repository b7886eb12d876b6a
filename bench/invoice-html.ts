import { readFileSync } from "node:fs";
import { COLUMN_WIDTH, FONT_SIZE, PAGE, SHARE, SPACING } from "@/lib/pdf/pdf-metrics";
import type { PdfModel } from "@/lib/pdf/pdf-model";
import { pdfFontFiles } from "@/lib/pdf/register-fonts";

// The benchmark's comparison anchor: the same invoice as HTML for Chromium's page.pdf(), doing
// the same work as the react-pdf document: the same strings and logo, the same embedded font
// (Inter, from the same files), the same geometry in points (pdf-metrics.ts: page margins,
// font sizes, column widths, paddings), rows kept whole, column headings repeated on every
// page, and the legal footer with "Page n / N" on every page. Both therefore print the same
// number of pages, which the benchmark shows. Not used by the app.

const escape = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!);
const lines = (items: string[]) => items.map((line) => `<div>${escape(line)}</div>`).join("");

let fontFaces: string | null = null;
function inter(): string {
  if (!fontFaces) {
    const files = pdfFontFiles();
    const face = (file: string, weight: number) =>
      `@font-face { font-family: "FacturoInter"; font-weight: ${weight}; src: url(data:font/ttf;base64,${readFileSync(file).toString("base64")}) format("truetype"); }`;
    fontFaces = `${face(files.regular, 400)}\n${face(files.bold, 700)}`;
  }
  return fontFaces;
}

/** page.pdf() options: A4, the PDF's margins, and the footer (legal identity, page numbers). */
export function invoicePdfOptions(model: PdfModel) {
  const footer = model.footer.map((line) => `<div>${escape(line)}</div>`).join("");
  const pageNumber = escape(model.pageTemplate)
    .replace("{page}", '<span class="pageNumber"></span>')
    .replace("{pages}", '<span class="totalPages"></span>');
  return {
    format: "A4" as const,
    displayHeaderFooter: true,
    headerTemplate: "<span></span>",
    footerTemplate: `<div style="width:100%;margin:0 ${PAGE.paddingHorizontal}pt;font-size:${FONT_SIZE.footer}pt;color:#6b7280;text-align:center;border-top:0.5pt solid #d1d5db;padding-top:5pt;font-family:sans-serif">${footer}<div style="text-align:right;font-size:${FONT_SIZE.pageNumber}pt;margin-top:3pt">${pageNumber}</div></div>`,
    // page.pdf() takes px, in, cm or mm: points / 72 = inches.
    margin: {
      top: `${PAGE.paddingTop / 72}in`,
      bottom: `${PAGE.paddingBottom / 72}in`,
      left: `${PAGE.paddingHorizontal / 72}in`,
      right: `${PAGE.paddingHorizontal / 72}in`,
    },
  };
}

export function invoiceHtml(model: PdfModel): string {
  const logo = model.logo
    ? `<img src="data:image/png;base64,${model.logo.data.toString("base64")}" style="max-width:${SPACING.logoMaxWidth}pt;max-height:${SPACING.logoMaxHeight}pt;display:block;margin-bottom:${SPACING.logoBottom}pt">`
    : "";
  const rows = model.lines
    .map(
      (line) =>
        `<tr><td>${escape(line.description)}</td><td class=n>${line.quantity}</td><td>${escape(line.unit)}</td><td class=n>${line.unitPrice}</td><td class=n>${line.vatRate}</td><td class=n>${line.total}</td></tr>`,
    )
    .join("");
  const breakdown = (model.vatBreakdown ?? [])
    .map(
      (rate) =>
        `<tr><td>${rate.rate}</td><td class=n>${rate.base}</td><td class=n>${rate.vat}</td><td class=n>${rate.total}</td></tr>`,
    )
    .join("");
  const totals = model.totals
    .map(
      (row) =>
        `<div class="${row.strong ? "t g" : "t"}"><span>${escape(row.label)}</span><span>${row.value}</span></div>`,
    )
    .join("");
  const cell = `${SPACING.cellPaddingV}pt ${SPACING.cellPaddingH}pt`;
  return `<!doctype html><html lang="${model.language}"><head><meta charset="utf-8"><style>
  ${inter()}
  @page { size: A4; }
  * { box-sizing: border-box; }
  body { margin: 0; font-family: "FacturoInter"; font-size: ${FONT_SIZE.body}pt; line-height: normal; color: #1f2937; }
  .head, .parties, .summary { display: flex; justify-content: space-between; }
  .head { margin-bottom: ${SPACING.headerBottom}pt; }
  .parties { margin-bottom: ${SPACING.partiesBottom}pt; }
  .summary { margin-top: ${SPACING.summaryTop}pt; break-inside: avoid; }
  h1 { font-size: ${FONT_SIZE.title}pt; line-height: ${SPACING.titleLineHeight}; color: #1e3a8a; margin: 0 0 ${SPACING.titleBottom}pt; text-align: right; }
  .seller { font-size: ${FONT_SIZE.sellerName}pt; font-weight: 700; }
  .number { font-size: ${FONT_SIZE.number}pt; font-weight: 700; text-align: right; }
  table { width: 100%; border-collapse: collapse; table-layout: fixed; }
  thead { display: table-header-group; }
  th { background: #f3f4f6; text-align: left; font-size: ${FONT_SIZE.headCell}pt; padding: ${SPACING.headCellPaddingV}pt ${SPACING.cellPaddingH}pt; border-bottom: 1pt solid #d1d5db; }
  td { padding: ${cell}; border-bottom: ${SPACING.rowBorder}pt solid #d1d5db; vertical-align: top; }
  tr { break-inside: avoid; }
  .n { text-align: right; }
  .t { display: flex; justify-content: space-between; padding: ${SPACING.totalRowPaddingV}pt 0; }
  .g { font-weight: 700; font-size: ${FONT_SIZE.grandTotal}pt; border-top: 1pt solid #1f2937; padding: ${SPACING.grandTotalPaddingV}pt 0; }
  .box { border: 1pt solid #d1d5db; border-radius: 3pt; padding: ${SPACING.clientBoxPadding}pt; width: ${SHARE.party * 100}%; }
  .section { margin-top: ${SPACING.sectionTop}pt; break-inside: avoid; }
  </style></head><body>
  <div class=head><div style="width:${SHARE.party * 100}%">${logo}<div class=seller>${escape(model.seller.name)}</div>${lines([...model.seller.address, ...model.seller.contact])}</div>
  <div style="max-width:230pt"><h1>${escape(model.title)}</h1><div class=number>${escape(model.numberLine)}</div><div style="text-align:right">${lines(model.details.map((d) => `${d.label} ${d.value}`))}</div></div></div>
  <div class=parties><div></div><div class=box><b>${escape(model.client.name)}</b>${lines([...model.client.address, ...model.client.identifiers])}</div></div>
  <table><colgroup><col><col style="width:${COLUMN_WIDTH.quantity}pt"><col style="width:${COLUMN_WIDTH.unit}pt"><col style="width:${COLUMN_WIDTH.unitPrice}pt"><col style="width:${COLUMN_WIDTH.vat}pt"><col style="width:${COLUMN_WIDTH.total}pt"></colgroup>
  <thead><tr><th>${model.columns.description}</th><th class=n>${model.columns.quantity}</th><th>${model.columns.unit}</th><th class=n>${model.columns.unitPrice}</th><th class=n>${model.columns.vat}</th><th class=n>${model.columns.total}</th></tr></thead><tbody>${rows}</tbody></table>
  <div class=summary><table style="width:${SHARE.breakdown * 100}%">${breakdown}</table><div style="width:${SHARE.totals * 100}%">${totals}</div></div>
  <div class=section>${lines(model.mentions)}</div>
  <div class=section>${lines(model.payment)}</div>
  </body></html>`;
}
