import { measureLinesTable, tableHeadHeight, tableRowHeight, type MeasuredTable } from "./lines-table";
import { BREAKDOWN_SHARE, CONTENT, FONT_SIZE, SHARE, SPACING } from "./pdf-metrics";
import type { PdfModel } from "./pdf-model";
import type { TextMeasure } from "./text-measure";

// Decides, before rendering, which lines of the table go on which page. react-pdf can
// paginate by itself, but its pagination lays the remaining content out again for every page
// and "Page n / N" needs a second pass over every page once N is known: on a 200-line invoice
// that is most of the render time. With a plan, each page is rendered as laid out here, its
// table drawn by lines-table.ts (rows exactly as tall as planned), its page number plain text.
//
// The header and closing blocks stay react-pdf layout: their heights are estimated from the
// stylesheet's numbers (pdf-metrics.ts), with greedy wrapping where react-pdf breaks lines with
// Knuth–Plass, and a margin per page. render-document-pdf.tsx checks the rendered page count
// against the plan and falls back to react-pdf's own pagination when they differ: a wrong
// estimate costs time, never a wrong page number or a lost line.

export type PagePlan = {
  /** The page opens with the seller/client header (first page only). */
  header: boolean;
  /** Lines of the table on this page: [start, end). Empty when the page holds only the closing. */
  lineStart: number;
  lineEnd: number;
  /** The page ends with the totals, mentions, payment, notes and acceptance block. */
  closing: boolean;
};

/** Room left unused at the bottom of every page, for the estimate's rounding. */
export const PAGE_SAFETY_MARGIN = 14;

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

export function createHeightEstimator(
  model: PdfModel,
  measure: TextMeasure,
  table: MeasuredTable = measureLinesTable(model, measure),
) {
  const body = FONT_SIZE.body;
  const line = (size: number) => measure.lineHeight(size);
  /** Height of a block of texts, each wrapped in `width`. */
  const texts = (values: string[], width: number, size = body, bold = false) =>
    sum(values.map((value) => measure.lineCount(value, width, { size, bold }) * line(size)));
  const cellText = (width: number) => width - 2 * SPACING.cellPaddingH;

  const header = () => {
    const partyWidth = CONTENT.width * SHARE.party;
    const seller =
      (model.logo ? SPACING.logoMaxHeight + SPACING.logoBottom : 0) +
      texts([model.seller.name], partyWidth, FONT_SIZE.sellerName, true) +
      texts([...model.seller.address, ...model.seller.contact], partyWidth);
    const title =
      FONT_SIZE.title * SPACING.titleLineHeight * measure.lineCount(model.title, 230, { size: FONT_SIZE.title }) +
      SPACING.titleBottom +
      SPACING.numberTop +
      texts([model.numberLine], 230, FONT_SIZE.number, true) +
      sum(model.details.map((detail) => SPACING.detailTop + texts([`${detail.label} ${detail.value}`], 230)));
    const boxInner = partyWidth - 2 * (SPACING.clientBoxPadding + SPACING.clientBoxBorder);
    const caption = line(FONT_SIZE.caption) + SPACING.captionBottom;
    const client =
      2 * (SPACING.clientBoxPadding + SPACING.clientBoxBorder) +
      caption +
      texts([model.client.name], boxInner, body, true) +
      texts([...model.client.address, ...model.client.identifiers], boxInner);
    const delivery = model.delivery ? caption + texts(model.delivery, partyWidth) : 0;
    const references =
      model.references.length > 0 ? texts(model.references, CONTENT.width, body, true) + SPACING.referencesBottom : 0;
    return (
      Math.max(seller, title) + SPACING.headerBottom + Math.max(client, delivery) + SPACING.partiesBottom + references
    );
  };

  // The table is drawn by lines-table.ts from these same rows: its heights are exact.
  const tableHead = () => SPACING.tableTopBorder + tableHeadHeight(table);
  const row = (index: number) => tableRowHeight(table, index);

  const closing = () => {
    const breakdownWidth = CONTENT.width * SHARE.breakdown;
    const breakdown = model.vatBreakdown
      ? line(FONT_SIZE.caption) +
        SPACING.captionBottom +
        2 * SPACING.headCellPaddingV +
        SPACING.headRowBorder +
        Math.max(
          ...[
            model.breakdownTexts.rate,
            model.breakdownTexts.base,
            model.breakdownTexts.vat,
            model.breakdownTexts.total,
          ].map(
            (text, index) =>
              measure.lineCount(text, cellText(breakdownWidth * BREAKDOWN_SHARE[index]!), {
                size: FONT_SIZE.headCell,
                bold: true,
              }) * line(FONT_SIZE.headCell),
          ),
        ) +
        model.vatBreakdown.length * (2 * SPACING.cellPaddingV + SPACING.rowBorder + line(body))
      : 0;
    const totals = sum(
      model.totals.map((row) =>
        row.strong
          ? 2 * SPACING.grandTotalPaddingV +
            SPACING.grandTotalTop +
            SPACING.grandTotalBorder +
            line(FONT_SIZE.grandTotal)
          : 2 * SPACING.totalRowPaddingV + line(body),
      ),
    );
    // The first mention prints in bold (the nature of the operation), the others regular.
    const section = (lines: string[], firstBold: boolean) =>
      lines.length > 0
        ? SPACING.sectionTop +
          sum(
            lines.map(
              (text, index) => SPACING.mentionTop + texts([text], CONTENT.width, body, firstBold && index === 0),
            ),
          )
        : 0;
    const notes = model.notes
      ? SPACING.sectionTop + line(FONT_SIZE.caption) + SPACING.captionBottom + texts([model.notes], CONTENT.width)
      : 0;
    const acceptance = model.acceptanceBlock ? SPACING.acceptanceTop + SPACING.acceptanceHeight : 0;
    return (
      SPACING.summaryTop +
      Math.max(breakdown, totals) +
      section(model.mentions, true) +
      section(model.payment, false) +
      notes +
      acceptance
    );
  };

  return { header, tableHead, row, closing };
}

/**
 * The pages of a document, or null when it cannot be planned safely (a single line or the
 * closing block taller than a page): the renderer then lets react-pdf paginate. `table`: the
 * measured rows, when the caller also draws them (wrapped once for both).
 */
export function planPages(
  model: PdfModel,
  measure: TextMeasure,
  table: MeasuredTable = measureLinesTable(model, measure),
): PagePlan[] | null {
  const estimate = createHeightEstimator(model, measure, table);
  const room = CONTENT.height - PAGE_SAFETY_MARGIN;
  const head = estimate.tableHead();
  const closing = estimate.closing();
  if (closing > room) return null;

  const pages: PagePlan[] = [];
  let page: PagePlan = { header: true, lineStart: 0, lineEnd: 0, closing: false };
  let used = estimate.header() + head;
  if (used > room) return null;

  for (let index = 0; index < model.lines.length; index += 1) {
    const height = estimate.row(index);
    if (head + height > room) return null;
    if (used + height > room) {
      pages.push(page);
      page = { header: false, lineStart: index, lineEnd: index, closing: false };
      used = head;
    }
    page.lineEnd = index + 1;
    used += height;
  }

  if (used + closing <= room) {
    pages.push({ ...page, closing: true });
  } else {
    pages.push(page);
    pages.push({ header: false, lineStart: model.lines.length, lineEnd: model.lines.length, closing: true });
  }
  return pages;
}
