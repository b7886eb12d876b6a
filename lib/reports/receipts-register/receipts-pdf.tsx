import { Document, Page, StyleSheet, Text, View, renderToBuffer } from "@react-pdf/renderer";
import { formatCalendarDay } from "@/lib/dates/format-date";
import { format } from "@/lib/i18n/format";
import { getMessages } from "@/lib/i18n/get-messages";
import type { Locale } from "@/lib/i18n/locales";
import { formatMoney } from "@/lib/money/format-money";
import { PDF_FONT_FAMILY, registerPdfFonts } from "@/lib/pdf/register-fonts";
import type { ReceiptsRegister } from "./receipts-register";

// The receipts register as a PDF to print or keep with the books: the organization's name and
// SIREN, the period, a table of the same rows as the page and the files (receiptsTable's
// columns but the reference), the period's total, "Page n / N" on every page. The embedded
// Inter font of the invoices (lib/pdf/register-fonts.ts), landscape A4 so the eight columns
// stay readable. Rows never split across pages; the column headings repeat on each page.

const ink = "#1f2937";
const muted = "#6b7280";
const rule = "#d1d5db";

// Shares of the width: date, invoice, client, nature, method, amount, running total.
const WIDTHS = ["11%", "13%", "24%", "16%", "12%", "12%", "12%"] as const;
const RIGHT = new Set([5, 6]);

const styles = StyleSheet.create({
  // No lineHeight: react-pdf 4.9 does not draw the dynamic page number text when it inherits one.
  page: { fontFamily: PDF_FONT_FAMILY, fontSize: 8.5, color: ink, padding: 36, paddingBottom: 48 },
  header: { marginBottom: 14 },
  title: { fontSize: 16, fontWeight: 700, marginBottom: 4 },
  muted: { color: muted, marginTop: 2 },
  headRow: { flexDirection: "row", backgroundColor: "#f3f4f6", borderBottomWidth: 1, borderColor: rule },
  row: { flexDirection: "row", borderBottomWidth: 0.5, borderColor: rule },
  totalRow: { flexDirection: "row", borderTopWidth: 1, borderColor: ink, fontWeight: 700 },
  cell: { paddingVertical: 4, paddingHorizontal: 3 },
  headCell: { paddingVertical: 4, paddingHorizontal: 3, fontWeight: 700, fontSize: 7.5 },
  pageNumber: { position: "absolute", bottom: 24, right: 36, fontSize: 7, color: muted },
});

function Cells({ values, head = false }: { values: string[]; head?: boolean }) {
  return (
    <>
      {values.map((value, index) => (
        <Text
          key={index}
          style={[
            head ? styles.headCell : styles.cell,
            { width: WIDTHS[index] },
            RIGHT.has(index) ? { textAlign: "right" } : {},
          ]}
        >
          {value}
        </Text>
      ))}
    </>
  );
}

export function ReceiptsPdf({ register, locale }: { register: ReceiptsRegister; locale: Locale }) {
  const messages = getMessages(locale);
  const t = messages.reports.receipts;
  const money = (cents: number) => formatMoney(cents, locale, register.currency);
  const day = (value: string) => formatCalendarDay(value, locale, "short");
  const period = format(t.pdfPeriod, { from: day(register.period.from), to: day(register.period.to) });
  return (
    <Document
      title={`${t.title} — ${register.organization.name}`}
      author={register.organization.name}
      language={locale}
    >
      <Page size="A4" orientation="landscape" style={styles.page}>
        <View style={styles.header}>
          <Text style={styles.title}>{t.title}</Text>
          <Text>{register.organization.name}</Text>
          {register.organization.siren ? (
            <Text style={styles.muted}>{format(t.pdfSiren, { siren: register.organization.siren })}</Text>
          ) : null}
          <Text style={styles.muted}>{period}</Text>
        </View>
        <View style={styles.headRow} fixed>
          <Cells head values={[t.date, t.number, t.client, t.nature, t.method, t.amount, t.runningTotal]} />
        </View>
        {register.receipts.map((receipt) => (
          <View key={receipt.paymentId} style={styles.row} wrap={false}>
            <Cells
              values={[
                day(receipt.date),
                receipt.number,
                receipt.clientName,
                t.natures[receipt.nature],
                messages.paymentMethods[receipt.method],
                money(receipt.amountCents),
                money(receipt.runningTotalCents),
              ]}
            />
          </View>
        ))}
        <View style={styles.totalRow} wrap={false}>
          <Cells values={["", "", t.totals, "", "", money(register.totalCents), ""]} />
        </View>
        <Text
          style={styles.pageNumber}
          fixed
          render={({ pageNumber, totalPages }) =>
            format(t.pdfPage, { page: pageNumber, pages: totalPages ?? pageNumber })
          }
        />
      </Page>
    </Document>
  );
}

/** The register as PDF bytes (no database: everything printed is in `register`). */
export async function renderReceiptsPdf(register: ReceiptsRegister, locale: Locale): Promise<Uint8Array> {
  registerPdfFonts();
  const bytes = await renderToBuffer(<ReceiptsPdf register={register} locale={locale} />);
  return new Uint8Array(bytes);
}
