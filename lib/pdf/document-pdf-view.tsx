import { Document, Image, Page, StyleSheet, Text, View } from "@react-pdf/renderer";
import { format } from "@/lib/i18n/format";
import { PDF_FONT_FAMILY } from "./register-fonts";
import type { PdfModel } from "./pdf-model";

// The layout of every document type (invoice, deposit invoice, credit note, quote). Plain
// strings come from buildPdfModel; this file only places them. Long documents: rows never
// split across pages, the column headings repeat at the top of every following page, and
// every page carries the seller's legal identity (form, capital, SIREN, SIRET, RCS, VAT
// number: in the footer, so the header stays short) and "Page n / N".

const ink = "#1f2937";
const muted = "#6b7280";
const rule = "#d1d5db";
const accent = "#1e3a8a";

const styles = StyleSheet.create({
  page: {
    fontFamily: PDF_FONT_FAMILY,
    fontSize: 8.5,
    color: ink,
    paddingTop: 36,
    paddingBottom: 72,
    paddingHorizontal: 40,
  },
  // No lineHeight anywhere: react-pdf 4.9 does not draw the dynamic "Page n / N" text when
  // it inherits one from the page, and inherits a View's as a much larger spacing.
  content: {},
  header: { flexDirection: "row", justifyContent: "space-between", marginBottom: 18 },
  logo: { maxWidth: 150, maxHeight: 48, objectFit: "contain", marginBottom: 6 },
  sellerName: { fontSize: 11, fontWeight: 700 },
  titleBlock: { alignItems: "flex-end", maxWidth: 230 },
  title: { fontSize: 18, fontWeight: 700, color: accent, lineHeight: 1.2, marginBottom: 2 },
  number: { fontSize: 10, fontWeight: 700, marginTop: 2 },
  detailRow: { flexDirection: "row", justifyContent: "flex-end", marginTop: 1 },
  detailLabel: { color: muted, marginRight: 4 },
  parties: { flexDirection: "row", justifyContent: "space-between", marginBottom: 14 },
  party: { width: "48%" },
  clientBox: { width: "48%", borderWidth: 1, borderColor: rule, borderRadius: 3, padding: 8 },
  caption: { fontSize: 7.5, color: muted, fontWeight: 700, marginBottom: 3 },
  strong: { fontWeight: 700 },
  references: { marginBottom: 10 },
  table: { borderTopWidth: 1, borderColor: rule },
  headRow: { flexDirection: "row", backgroundColor: "#f3f4f6", borderBottomWidth: 1, borderColor: rule },
  row: { flexDirection: "row", borderBottomWidth: 0.5, borderColor: rule },
  cell: { paddingVertical: 3, paddingHorizontal: 3 },
  headCell: { paddingVertical: 4, paddingHorizontal: 3, fontWeight: 700, fontSize: 7.5 },
  description: { flexGrow: 1, flexShrink: 1, flexBasis: 0 },
  quantity: { width: 38, textAlign: "right" },
  unit: { width: 44 },
  price: { width: 70, textAlign: "right" },
  discount: { width: 44, textAlign: "right" },
  vat: { width: 38, textAlign: "right" },
  total: { width: 74, textAlign: "right" },
  summary: { flexDirection: "row", justifyContent: "space-between", marginTop: 12 },
  breakdown: { width: "52%" },
  totals: { width: "42%" },
  totalRow: { flexDirection: "row", justifyContent: "space-between", paddingVertical: 2 },
  grandTotal: {
    flexDirection: "row",
    justifyContent: "space-between",
    paddingVertical: 4,
    marginTop: 2,
    borderTopWidth: 1,
    borderColor: ink,
    fontWeight: 700,
    fontSize: 10,
  },
  section: { marginTop: 12 },
  mention: { marginTop: 1 },
  acceptance: {
    marginTop: 14,
    borderWidth: 1,
    borderColor: rule,
    borderRadius: 3,
    padding: 8,
    height: 90,
    width: "55%",
    alignSelf: "flex-end",
  },
  footer: {
    position: "absolute",
    bottom: 24,
    left: 40,
    right: 40,
    borderTopWidth: 0.5,
    borderColor: rule,
    paddingTop: 5,
    fontSize: 6.5,
    color: muted,
    textAlign: "center",
  },
  pageNumber: { marginTop: 3, fontSize: 7, textAlign: "right" },
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

function TableHead({ model }: { model: PdfModel }) {
  const t = model.columns;
  return (
    <View style={styles.headRow} fixed>
      <Text style={[styles.headCell, styles.description]}>{t.description}</Text>
      <Text style={[styles.headCell, styles.quantity]}>{t.quantity}</Text>
      <Text style={[styles.headCell, styles.unit]}>{t.unit}</Text>
      <Text style={[styles.headCell, styles.price]}>{t.unitPrice}</Text>
      {model.showDiscountColumn ? <Text style={[styles.headCell, styles.discount]}>{t.discount}</Text> : null}
      <Text style={[styles.headCell, styles.vat]}>{t.vat}</Text>
      <Text style={[styles.headCell, styles.total]}>{t.total}</Text>
    </View>
  );
}

export function DocumentPdfView({ model }: { model: PdfModel }) {
  return (
    <Document
      title={`${model.title} ${model.numberLine}`}
      author={model.seller.name}
      creator="Facturo"
      producer="Facturo"
      language={model.language}
    >
      <Page size="A4" style={styles.page}>
        {model.draft ? (
          <Text style={styles.watermark} fixed>
            {model.watermark}
          </Text>
        ) : null}

        <View style={styles.content}>
          <View style={styles.header}>
            <View style={styles.party}>
              {/* react-pdf's Image draws into the PDF; it is not an HTML img and takes no alt. */}
              {/* eslint-disable-next-line jsx-a11y/alt-text */}
              {model.logo ? <Image style={styles.logo} src={model.logo} /> : null}
              <Text style={styles.sellerName}>{model.seller.name}</Text>
              {model.seller.address.map((line, index) => (
                <Text key={index}>{line}</Text>
              ))}
              {model.seller.contact.map((line, index) => (
                <Text key={index}>{line}</Text>
              ))}
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
                  {model.delivery.map((line, index) => (
                    <Text key={index}>{line}</Text>
                  ))}
                </>
              ) : null}
            </View>
            <View style={styles.clientBox}>
              <Text style={styles.caption}>{model.captions.billTo}</Text>
              <Text style={styles.strong}>{model.client.name}</Text>
              {model.client.address.map((line, index) => (
                <Text key={index}>{line}</Text>
              ))}
              {model.client.identifiers.map((line, index) => (
                <Text key={index}>{line}</Text>
              ))}
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

          <View style={styles.table}>
            {/* fixed inside the table: repeated at the top of every page the table runs onto. */}
            <TableHead model={model} />
            {model.lines.map((line, index) => (
              <View key={index} style={styles.row} wrap={false}>
                <Text style={[styles.cell, styles.description]}>{line.description}</Text>
                <Text style={[styles.cell, styles.quantity]}>{line.quantity}</Text>
                <Text style={[styles.cell, styles.unit]}>{line.unit}</Text>
                <Text style={[styles.cell, styles.price]}>{line.unitPrice}</Text>
                {model.showDiscountColumn ? <Text style={[styles.cell, styles.discount]}>{line.discount}</Text> : null}
                <Text style={[styles.cell, styles.vat]}>{line.vatRate}</Text>
                <Text style={[styles.cell, styles.total]}>{line.total}</Text>
              </View>
            ))}
          </View>

          <View style={styles.summary} wrap={false}>
            <View style={styles.breakdown}>
              {model.vatBreakdown ? (
                <>
                  <Text style={styles.caption}>{model.breakdownTexts.title}</Text>
                  <View style={styles.headRow}>
                    <Text style={[styles.headCell, { width: "20%" }]}>{model.breakdownTexts.rate}</Text>
                    <Text style={[styles.headCell, { width: "27%", textAlign: "right" }]}>
                      {model.breakdownTexts.base}
                    </Text>
                    <Text style={[styles.headCell, { width: "26%", textAlign: "right" }]}>
                      {model.breakdownTexts.vat}
                    </Text>
                    <Text style={[styles.headCell, { width: "27%", textAlign: "right" }]}>
                      {model.breakdownTexts.total}
                    </Text>
                  </View>
                  {model.vatBreakdown.map((rate) => (
                    <View key={rate.rate} style={styles.row}>
                      <Text style={[styles.cell, { width: "20%" }]}>{rate.rate}</Text>
                      <Text style={[styles.cell, { width: "27%", textAlign: "right" }]}>{rate.base}</Text>
                      <Text style={[styles.cell, { width: "26%", textAlign: "right" }]}>{rate.vat}</Text>
                      <Text style={[styles.cell, { width: "27%", textAlign: "right" }]}>{rate.total}</Text>
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
              <Text key={index} style={[styles.mention, index === 0 ? styles.strong : {}]}>
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
              <Text style={{ color: muted, fontSize: 7 }}>{model.acceptanceTexts.instructions}</Text>
              <Text style={{ marginTop: 8 }}>{model.acceptanceTexts.date}</Text>
              <Text style={{ marginTop: 8 }}>{model.acceptanceTexts.signature}</Text>
            </View>
          ) : null}
        </View>

        <View style={styles.footer} fixed>
          {model.footer.map((line, index) => (
            <Text key={index}>{line}</Text>
          ))}
          <Text
            style={styles.pageNumber}
            render={({ pageNumber, totalPages }) =>
              format(model.pageTemplate, { page: pageNumber, pages: totalPages ?? pageNumber })
            }
          />
        </View>
      </Page>
    </Document>
  );
}
