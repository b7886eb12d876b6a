import { unitForQuantity } from "@/lib/articles/article-units";
import { getMessages } from "@/lib/i18n/get-messages";
import type { Locale } from "@/lib/i18n/locales";
import type { ReportTable, TableCell, TableColumn } from "@/lib/tables/report-table";
import type { SalesArticleRow } from "./sales-by-article";
import type { SalesReport } from "./sales-report";
import type { SalesAmounts } from "./sales-scope";

// The sales report as a table (lib/tables): the rows the page shows and the files hold, headers
// in the user's language. The labels of an article row (its name, or "Free lines", "Deposits")
// and its unit are written here once, for the page and the files alike.

/** What an article row is called: the article's current name, or its group's label. */
export function salesArticleLabel(row: SalesArticleRow, locale: Locale): string {
  const t = getMessages(locale).reports.sales;
  if (row.group.kind === "article") return row.group.name;
  return row.group.kind === "free" ? t.freeLines : t.deposits;
}

/** The unit as read after the row's quantity ("heures", "forfait"), empty for deposits. */
export function salesUnitText(row: SalesArticleRow, locale: Locale): string {
  if (row.unit === null) return "";
  const messages = getMessages(locale);
  return unitForQuantity(row.unit, row.quantityMilli ?? 0, locale, {
    singular: messages.articleUnits,
    plural: messages.articleUnitPlurals,
  });
}

const amountCells = (amounts: SalesAmounts): TableCell[] => [
  amounts.exclVatCents,
  amounts.vatCents,
  amounts.inclVatCents,
];

export function salesTable(report: SalesReport, locale: Locale): ReportTable {
  const t = getMessages(locale).reports.sales;
  const money = { kind: "money" as const, currency: report.currency };
  const amountColumns: TableColumn[] = [
    { header: t.exclVat, ...money },
    { header: t.vat, ...money },
    { header: t.inclVat, ...money },
  ];
  const title = `${t.title} (${t.views[report.view].toLowerCase()})`;
  switch (report.view) {
    case "client":
      return {
        title,
        columns: [{ header: t.client, kind: "text" }, { header: t.documents, kind: "integer" }, ...amountColumns],
        rows: report.rows.map((row) => [row.client.name, row.documentCount, ...amountCells(row)]),
        totals: [t.totals, report.totals.documentCount, ...amountCells(report.totals)],
      };
    case "month":
      return {
        title,
        columns: [{ header: t.month, kind: "text" }, { header: t.documents, kind: "integer" }, ...amountColumns],
        rows: report.rows.map((row) => [row.month, row.documentCount, ...amountCells(row)]),
        totals: [t.totals, report.totals.documentCount, ...amountCells(report.totals)],
      };
    case "article":
      return {
        title,
        columns: [
          { header: t.article, kind: "text" },
          { header: t.reference, kind: "text" },
          { header: t.unit, kind: "text" },
          { header: t.quantity, kind: "quantity" },
          ...amountColumns,
        ],
        rows: report.rows.map((row) => [
          salesArticleLabel(row, locale),
          row.group.kind === "article" ? row.group.reference : null,
          salesUnitText(row, locale),
          row.quantityMilli,
          ...amountCells(row),
        ]),
        // Quantities of different units do not add up: no total quantity.
        totals: [t.totals, null, null, null, ...amountCells(report.totals)],
      };
  }
}
