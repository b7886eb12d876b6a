import { Canvas, Document, Image, Page, StyleSheet, Text, View } from "@react-pdf/renderer";
import { format } from "@/lib/i18n/format";
import { BREAKDOWN_SHARE, COLUMN_WIDTH, FONT_SIZE, PAGE, SHARE, SPACING } from "./pdf-metrics";
import type { PdfLine, PdfModel } from "./pdf-model";
import { TABLE_COLORS, type TableDrawing } from "./lines-table";
import type { PagePlan } from "./plan-pages";
import { PDF_FONT_FAMILY } from "./register-fonts";
import { pdfFonts } from "./text-measure";

// The layout of every document type (invoice, deposit invoice, credit note, quote). Plain
// strings come from buildPdfModel; this file only places them. Long documents: rows never
// split across pages, the column headings repeat at the top of every following page, and
// every page carries the seller's legal identity (form, capital, SIREN, SIRET, RCS, VAT
// number: in the footer, so the header stays short) and "Page n / N".
//
// Two ways to the same pages: with a plan (plan-pages.ts) every page is written out with its
// own lines — the table drawn from lines-table.ts's layout — and its page number as plain
// text, which spares react-pdf's pagination passes and its layout of every cell; without one
// (a document the planner could not size) react-pdf lays out and paginates everything: the
// table as views, fixed column headings and footer, a page number computed once the page
// count is known. Both print the same table.

const ink = "#1f2937";
const muted = "#6b7280";
const rule = "#d1d5db";
const accent = "#1e3a8a";

const pct = (share: number) => `${share * 100}%`;

const styles = StyleSheet.create({
  page: {
    fontFamily: PDF_FONT_FAMILY,
    fontSize: FONT_SIZE.body,
    color: ink,
    paddingTop: PAGE.paddingTop,
    paddingBottom: PAGE.paddingBottom,
    paddingHorizontal: PAGE.paddingHorizontal,
  },
  // No lineHeight anywhere (but the title's): react-pdf 4.9 does not draw the dynamic
  // "Page n / N" text when it inherits one from the page, and inherits a View's as a much
  // larger spacing. The planner (plan-pages.ts) counts on the font's own line height too.
  header: { flexDirection: "row", justifyContent: "space-between", marginBottom: SPACING.headerBottom },
  logo: {
    maxWidth: SPACING.logoMaxWidth,
    maxHeight: SPACING.logoMaxHeight,
    objectFit: "contain",
    marginBottom: SPACING.logoBottom,
  },
  sellerName: { fontSize: FONT_SIZE.sellerName, fontWeight: 700 },
  titleBlock: { alignItems: "flex-end", maxWidth: 230 },
  title: {
    fontSize: FONT_SIZE.title,
    fontWeight: 700,
    color: accent,
    lineHeight: SPACING.titleLineHeight,
    marginBottom: SPACING.titleBottom,
  },
  number: { fontSize: FONT_SIZE.number, fontWeight: 700, marginTop: SPACING.numberTop },
  detailRow: { flexDirection: "row", justifyContent: "flex-end", marginTop: SPACING.detailTop },
  detailLabel: { color: muted, marginRight: 4 },
  parties: { flexDirection: "row", justifyContent: "space-between", marginBottom: SPACING.partiesBottom },
  party: { width: pct(SHARE.party) },
  clientBox: {
    width: pct(SHARE.party),
    borderWidth: SPACING.clientBoxBorder,
    borderColor: rule,
    borderRadius: 3,
    padding: SPACING.clientBoxPadding,
  },
  caption: { fontSize: FONT_SIZE.caption, color: muted, fontWeight: 700, marginBottom: SPACING.captionBottom },
  strong: { fontWeight: 700 },
  references: { marginBottom: SPACING.referencesBottom },
  table: { borderTopWidth: SPACING.tableTopBorder, borderColor: rule },
  headRow: {
    flexDirection: "row",
    backgroundColor: "#f3f4f6",
    borderBottomWidth: SPACING.headRowBorder,
    borderColor: rule,
  },
  row: { flexDirection: "row", borderBottomWidth: SPACING.rowBorder, borderColor: rule },
  summary: { flexDirection: "row", justifyContent: "space-between", marginTop: SPACING.summaryTop },
  breakdown: { width: pct(SHARE.breakdown) },
  totals: { width: pct(SHARE.totals) },
  totalRow: { flexDirection: "row", justifyContent: "space-between", paddingVertical: SPACING.totalRowPaddingV },
  grandTotal: {
    flexDirection: "row",
    justifyContent: "space-between",
    paddingVertical: SPACING.grandTotalPaddingV,
    marginTop: SPACING.grandTotalTop,
    borderTopWidth: SPACING.grandTotalBorder,
    borderColor: ink,
    fontWeight: 700,
    fontSize: FONT_SIZE.grandTotal,
  },
  section: { marginTop: SPACING.sectionTop },
  mention: { marginTop: SPACING.mentionTop },
  mentionStrong: { marginTop: SPACING.mentionTop, fontWeight: 700 },
  acceptance: {
    marginTop: SPACING.acceptanceTop,
    borderWidth: 1,
    borderColor: rule,
    borderRadius: 3,
    padding: 8,
    height: SPACING.acceptanceHeight,
    width: pct(SHARE.acceptance),
    alignSelf: "flex-end",
  },
  acceptanceHint: { color: muted, fontSize: FONT_SIZE.acceptanceHint },
  acceptanceField: { marginTop: 8 },
  footer: {
    position: "absolute",
    bottom: 24,
    left: PAGE.paddingHorizontal,
    right: PAGE.paddingHorizontal,
    borderTopWidth: 0.5,
    borderColor: rule,
    paddingTop: 5,
    fontSize: FONT_SIZE.footer,
    color: muted,
    textAlign: "center",
  },
  pageNumber: { marginTop: 3, fontSize: FONT_SIZE.pageNumber, textAlign: "right" },
  watermark: {
    position: "absolute",
    top: 360,
    left: 60,
    fontSize: 90,
    fontWeight: 700,
    color: "#ef4444",
    opacity: 0.12,
    transform: "rotate(-35deg)",
  },
});

// Cell styles merged once here rather than as [base, column] arrays on every cell: react-pdf
// flattens a style array for each node of each render.
const cell = { paddingVertical: SPACING.cellPaddingV, paddingHorizontal: SPACING.cellPaddingH };
const headCell = {
  paddingVertical: SPACING.headCellPaddingV,
  paddingHorizontal: SPACING.cellPaddingH,
  fontWeight: 700 as const,
  fontSize: FONT_SIZE.headCell,
};
const right = { textAlign: "right" as const };
const column = {
  description: { flexGrow: 1, flexShrink: 1, flexBasis: 0 },
  quantity: { width: COLUMN_WIDTH.quantity, ...right },
  unit: { width: COLUMN_WIDTH.unit },
  unitPrice: { width: COLUMN_WIDTH.unitPrice, ...right },
  discount: { width: COLUMN_WIDTH.discount, ...right },
  vat: { width: COLUMN_WIDTH.vat, ...right },
  total: { width: COLUMN_WIDTH.total, ...right },
};
type Column = keyof typeof column;
type Style = Parameters<typeof StyleSheet.create>[0][string];
const cells = StyleSheet.create(
  Object.fromEntries(Object.entries(column).map(([name, style]) => [name, { ...cell, ...style }])) as Record<
    Column,
    Style
  >,
);
const headCells = StyleSheet.create(
  Object.fromEntries(Object.entries(column).map(([name, style]) => [name, { ...headCell, ...style }])) as Record<
    Column,
    Style
  >,
);
const breakdownCells = StyleSheet.create(
  Object.fromEntries(
    BREAKDOWN_SHARE.flatMap((share, index) => {
      const align = index === 0 ? {} : right;
      return [
        [`head${index}`, { ...headCell, width: pct(share), ...align }],
        [`cell${index}`, { ...cell, width: pct(share), ...align }],
      ];
    }),
  ) as Record<string, Style>,
);

/** Column headings, `fixed`: react-pdf repeats them on every page the table runs onto. */
function TableHead({ model }: { model: PdfModel }) {
  const t = model.columns;
  return (
    <View style={styles.headRow} fixed>
      <Text style={headCells.description}>{t.description}</Text>
      <Text style={headCells.quantity}>{t.quantity}</Text>
      <Text style={headCells.unit}>{t.unit}</Text>
      <Text style={headCells.unitPrice}>{t.unitPrice}</Text>
      {model.showDiscountColumn ? <Text style={headCells.discount}>{t.discount}</Text> : null}
      <Text style={headCells.vat}>{t.vat}</Text>
      <Text style={headCells.total}>{t.total}</Text>
    </View>
  );
}

function LineRow({ line, showDiscount }: { line: PdfLine; showDiscount: boolean }) {
  return (
    <View style={styles.row} wrap={false}>
      <Text style={cells.description}>{line.description}</Text>
      <Text style={cells.quantity}>{line.quantity}</Text>
      <Text style={cells.unit}>{line.unit}</Text>
      <Text style={cells.unitPrice}>{line.unitPrice}</Text>
      {showDiscount ? <Text style={cells.discount}>{line.discount}</Text> : null}
      <Text style={cells.vat}>{line.vatRate}</Text>
      <Text style={cells.total}>{line.total}</Text>
    </View>
  );
}

function Table({ model }: { model: PdfModel }) {
  return (
    <View style={styles.table}>
      <TableHead model={model} />
      {model.lines.map((line, index) => (
        <LineRow key={index} line={line} showDiscount={model.showDiscountColumn} />
      ))}
    </View>
  );
}

/** pdfkit's drawing calls, as react-pdf's Canvas hands them out (each returns the painter). */
type Painter = Record<string, (...args: unknown[]) => Painter>;

/** A planned page's table, drawn from lines-table.ts's layout: rules, heading fill, texts. */
function DrawnTable({ drawing }: { drawing: TableDrawing }) {
  const paint = (painter: Painter) => {
    for (const fill of drawing.fills)
      painter.rect!(fill.x, fill.y, fill.width, fill.height).fill!(TABLE_COLORS.headFill);
    for (const rule of drawing.rules) {
      painter.moveTo!(rule.x1, rule.y1).lineTo!(rule.x2, rule.y2).lineWidth!(rule.width).strokeColor!(TABLE_COLORS.rule)
        .stroke!();
    }
    // Same fontkit fonts as react-pdf's text: pdfkit recognises them and embeds each once.
    const fonts = pdfFonts();
    let bold: boolean | null = null;
    let size = 0;
    painter.fillColor!(TABLE_COLORS.ink);
    for (const text of drawing.texts) {
      if (text.bold !== bold || text.size !== size) {
        painter.font!(text.bold ? fonts.bold : fonts.regular, text.size);
        bold = text.bold;
        size = text.size;
      }
      painter.text!(text.text, text.x, text.y, { lineBreak: false });
    }
    return null;
  };
  return <Canvas style={{ height: drawing.height }} paint={paint} />;
}

function Watermark({ model, fixed }: { model: PdfModel; fixed: boolean }) {
  return model.draft ? (
    <Text style={styles.watermark} fixed={fixed}>
      {model.watermark}
    </Text>
  ) : null;
}

/** Each string on a line of its own. */
function TextLines({ lines }: { lines: string[] }) {
  return lines.map((line, index) => <Text key={index}>{line}</Text>);
}

function Header({ model }: { model: PdfModel }) {
  return (
    <>
      <View style={styles.header}>
        <View style={styles.party}>
          {/* react-pdf's Image draws into the PDF; it is not an HTML img and takes no alt. */}
          {/* eslint-disable-next-line jsx-a11y/alt-text */}
          {model.logo ? <Image style={styles.logo} src={model.logo} /> : null}
          <Text style={styles.sellerName}>{model.seller.name}</Text>
          <TextLines lines={[...model.seller.address, ...model.seller.contact]} />
        </View>
        <View style={styles.titleBlock}>
          <Text style={styles.title}>{model.title}</Text>
          <Text style={styles.number}>{model.numberLine}</Text>
          {model.details.map((detail) => (
            <View key={detail.label} style={styles.detailRow}>
              <Text style={styles.detailLabel}>{detail.label}</Text>
              <Text>{detail.value}</Text>
            </View>
          ))}
        </View>
      </View>

      <View style={styles.parties}>
        <View style={styles.party}>
          {model.delivery ? (
            <>
              <Text style={styles.caption}>{model.captions.delivery}</Text>
              <TextLines lines={model.delivery} />
            </>
          ) : null}
        </View>
        <View style={styles.clientBox}>
          <Text style={styles.caption}>{model.captions.billTo}</Text>
          <Text style={styles.strong}>{model.client.name}</Text>
          <TextLines lines={[...model.client.address, ...model.client.identifiers]} />
        </View>
      </View>

      {model.references.length > 0 ? (
        <View style={styles.references}>
          {model.references.map((line, index) => (
            <Text key={index} style={styles.strong}>
              {line}
            </Text>
          ))}
        </View>
      ) : null}
    </>
  );
}

function Closing({ model }: { model: PdfModel }) {
  return (
    <>
      <View style={styles.summary} wrap={false}>
        <View style={styles.breakdown}>
          {model.vatBreakdown ? (
            <>
              <Text style={styles.caption}>{model.breakdownTexts.title}</Text>
              <View style={styles.headRow}>
                <Text style={breakdownCells.head0}>{model.breakdownTexts.rate}</Text>
                <Text style={breakdownCells.head1}>{model.breakdownTexts.base}</Text>
                <Text style={breakdownCells.head2}>{model.breakdownTexts.vat}</Text>
                <Text style={breakdownCells.head3}>{model.breakdownTexts.total}</Text>
              </View>
              {model.vatBreakdown.map((rate) => (
                <View key={rate.rate} style={styles.row}>
                  <Text style={breakdownCells.cell0}>{rate.rate}</Text>
                  <Text style={breakdownCells.cell1}>{rate.base}</Text>
                  <Text style={breakdownCells.cell2}>{rate.vat}</Text>
                  <Text style={breakdownCells.cell3}>{rate.total}</Text>
                </View>
              ))}
            </>
          ) : null}
        </View>
        <View style={styles.totals}>
          {model.totals.map((row) => (
            <View key={row.label} style={row.strong ? styles.grandTotal : styles.totalRow}>
              <Text>{row.label}</Text>
              <Text>{row.value}</Text>
            </View>
          ))}
        </View>
      </View>

      <View style={styles.section} wrap={false}>
        {model.mentions.map((line, index) => (
          <Text key={index} style={index === 0 ? styles.mentionStrong : styles.mention}>
            {line}
          </Text>
        ))}
      </View>

      {model.payment.length > 0 ? (
        <View style={styles.section} wrap={false}>
          {model.payment.map((line, index) => (
            <Text key={index} style={styles.mention}>
              {line}
            </Text>
          ))}
        </View>
      ) : null}

      {model.notes ? (
        <View style={styles.section}>
          <Text style={styles.caption}>{model.captions.notes}</Text>
          <Text>{model.notes}</Text>
        </View>
      ) : null}

      {model.acceptanceBlock ? (
        <View style={styles.acceptance} wrap={false}>
          <Text style={styles.strong}>{model.acceptanceTexts.title}</Text>
          <Text style={styles.acceptanceHint}>{model.acceptanceTexts.instructions}</Text>
          <Text style={styles.acceptanceField}>{model.acceptanceTexts.date}</Text>
          <Text style={styles.acceptanceField}>{model.acceptanceTexts.signature}</Text>
        </View>
      ) : null}
    </>
  );
}

function Footer({ model, pageNumber }: { model: PdfModel; pageNumber: { page: number; pages: number } | null }) {
  return (
    <View style={styles.footer} fixed>
      <TextLines lines={model.footer} />
      {pageNumber ? (
        <Text style={styles.pageNumber}>{format(model.pageTemplate, pageNumber)}</Text>
      ) : (
        <Text
          style={styles.pageNumber}
          render={({ pageNumber: page, totalPages }) => format(model.pageTemplate, { page, pages: totalPages ?? page })}
        />
      )}
    </View>
  );
}

export type PlannedPage = PagePlan & { table: TableDrawing | null };

/**
 * How the file is written, not what it shows. `pdfA`: PDF/A-3b (PDF 1.7, XMP identification,
 * sRGB output intent; fonts are always embedded) — the base of a Factur-X invoice; quotes and
 * drafts stay plain PDFs. `creationDate`: the Info date, and with it pdfkit's file /ID (an MD5
 * of the Info values); fixed, the same document renders to the same bytes.
 */
export type PdfFileOptions = { pdfA?: boolean; creationDate?: Date };

/** The title and author the file's Info dictionary (and a Factur-X XMP) carry. */
export function pdfDocumentInfo(model: PdfModel): { title: string; author: string } {
  return { title: `${model.title} ${model.numberLine}`, author: model.seller.name };
}

export function DocumentPdfView({
  model,
  plan = null,
  file = {},
}: {
  model: PdfModel;
  plan?: PlannedPage[] | null;
  file?: PdfFileOptions;
}) {
  const info = pdfDocumentInfo(model);
  return (
    <Document
      title={info.title}
      author={info.author}
      creator="Facturo"
      producer="Facturo"
      language={model.language}
      conformance={file.pdfA ? "PDF/A-3b" : undefined}
      creationDate={file.creationDate}
    >
      {plan ? (
        plan.map((page, index) => (
          <Page key={index} size="A4" style={styles.page}>
            <Watermark model={model} fixed={false} />
            {page.header ? <Header model={model} /> : null}
            {page.table ? <DrawnTable drawing={page.table} /> : null}
            {page.closing ? <Closing model={model} /> : null}
            <Footer model={model} pageNumber={{ page: index + 1, pages: plan.length }} />
          </Page>
        ))
      ) : (
        <Page size="A4" style={styles.page}>
          <Watermark model={model} fixed />
          <View>
            <Header model={model} />
            <Table model={model} />
            <Closing model={model} />
          </View>
          <Footer model={model} pageNumber={null} />
        </Page>
      )}
    </Document>
  );
}
