// The geometry of the PDF layout, in PDF points (1/72 in). The stylesheet of
// document-pdf-view.tsx and the page planner (plan-pages.ts) both read these numbers, so
// the planner's estimate of what fits on a page follows any change of the layout.

export const A4 = { width: 595.28, height: 841.89 };

export const PAGE = { paddingTop: 36, paddingBottom: 72, paddingHorizontal: 40 };

/** Width and height left for content between the page paddings. */
export const CONTENT = {
  width: A4.width - 2 * PAGE.paddingHorizontal,
  height: A4.height - PAGE.paddingTop - PAGE.paddingBottom,
};

export const FONT_SIZE = {
  body: 8.5,
  caption: 7.5,
  headCell: 7.5,
  sellerName: 11,
  title: 18,
  number: 10,
  grandTotal: 10,
  acceptanceHint: 7,
  footer: 6.5,
  pageNumber: 7,
};

export const SPACING = {
  headerBottom: 18,
  logoMaxHeight: 48,
  logoMaxWidth: 150,
  logoBottom: 6,
  titleLineHeight: 1.2,
  titleBottom: 2,
  numberTop: 2,
  detailTop: 1,
  partiesBottom: 14,
  clientBoxPadding: 8,
  clientBoxBorder: 1,
  captionBottom: 3,
  referencesBottom: 10,
  tableTopBorder: 1,
  headCellPaddingV: 4,
  headRowBorder: 1,
  cellPaddingV: 3,
  cellPaddingH: 3,
  rowBorder: 0.5,
  summaryTop: 12,
  totalRowPaddingV: 2,
  grandTotalPaddingV: 4,
  grandTotalTop: 2,
  grandTotalBorder: 1,
  sectionTop: 12,
  mentionTop: 1,
  acceptanceTop: 14,
  acceptanceHeight: 90,
};

/** Fixed column widths of the lines table; the description takes what is left. */
// The VAT column names a category where it is not a rate ("Intracom.", "Rev. charge", "Hors champ").
export const COLUMN_WIDTH = { quantity: 38, unit: 44, unitPrice: 70, discount: 44, vat: 52, total: 74 };

/** Share of the content width taken by each half of the header, the parties and the summary. */
export const SHARE = { party: 0.48, breakdown: 0.52, totals: 0.42, acceptance: 0.55 };

/** Breakdown table column shares (rate, base, VAT, total). */
export const BREAKDOWN_SHARE = [0.2, 0.27, 0.26, 0.27] as const;
