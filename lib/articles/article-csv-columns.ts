import type { CsvColumn } from "@/lib/csv/map-columns";
import { getMessages } from "@/lib/i18n/get-messages";
import { locales, type Locale } from "@/lib/i18n/locales";
import { centsToDecimalString } from "@/lib/money/format-money";
import { bpsToPercentText, parseVatPercent } from "@/lib/money/vat-rates";
import { toSearchText } from "@/lib/text/search-text";
import { ARTICLE_KINDS, type ArticleKind, type ArticleRawInput } from "./article-schema";
import { isStandardUnit } from "./article-units";

// The articles CSV format, one place for export and import:
//   Référence;Nom;Description;Unité;Prix unitaire HT;TVA (%);Type          (fr, ";", "1234,56", "5,5")
//   Reference,Name,Description,Unit,Unit price excl. VAT,VAT (%),Kind      (en, ",", "1234.56", "5.5")
// Import accepts either language's headers (and the field names), any column order, the
// units and kinds as labels of either language or as codes, prices as parseMoney reads them.

export const articleCsvFields = ["reference", "name", "description", "unit", "unitPrice", "vatRate", "kind"] as const;
export type ArticleCsvField = (typeof articleCsvFields)[number];

const required: ReadonlySet<ArticleCsvField> = new Set(["name", "unit", "unitPrice", "vatRate"]);

const extraHeaders: Partial<Record<ArticleCsvField, string[]>> = {
  reference: ["ref", "réf", "sku", "code"],
  name: ["désignation", "designation", "libellé", "libelle", "article"],
  unitPrice: ["prix", "prix HT", "prix unitaire", "price", "unit price"],
  vatRate: ["TVA", "taux de TVA", "VAT", "VAT rate"],
  kind: ["nature"],
};

export const articleCsvColumns: CsvColumn<ArticleCsvField>[] = articleCsvFields.map((field) => ({
  field,
  required: required.has(field),
  headers: [...locales.map((locale) => getMessages(locale).csvColumns.articles[field]), ...(extraHeaders[field] ?? [])],
}));

export function articleCsvLabel(field: ArticleCsvField, locale: Locale): string {
  return getMessages(locale).csvColumns.articles[field];
}

const kindAliases = new Map<string, ArticleKind>();
for (const kind of ARTICLE_KINDS) {
  const names = [kind, ...locales.map((locale) => getMessages(locale).articleKinds[kind])];
  for (const name of names) kindAliases.set(toSearchText(name), kind);
}
for (const [name, kind] of [
  ["bien", "GOODS"],
  ["biens", "GOODS"],
  ["marchandises", "GOODS"],
  ["produit", "GOODS"],
  ["product", "GOODS"],
  ["services", "SERVICE"],
  ["prestations", "SERVICE"],
  ["prestation de service", "SERVICE"],
] as const) {
  kindAliases.set(name, kind);
}

/** One CSV record (cells by field) → articleInput's raw shape; unknown values go through to fail there. */
export function articleCsvRawInput(cell: (field: ArticleCsvField) => string): ArticleRawInput {
  const vat = cell("vatRate");
  const bps = parseVatPercent(vat);
  const kind = cell("kind").trim();
  return {
    reference: cell("reference"),
    name: cell("name"),
    description: cell("description"),
    unit: cell("unit"),
    unitPrice: cell("unitPrice"),
    // A percentage ("20", "5,5 %") becomes basis points; anything else fails as vat_rate_invalid.
    vatRate: bps === null ? `invalid:${vat}` : String(bps),
    kind: kind === "" ? "" : (kindAliases.get(toSearchText(kind)) ?? kind),
  };
}

export type ArticleCsvSource = {
  reference: string | null;
  name: string;
  description: string | null;
  unit: string;
  unitPriceCents: number;
  vatRateBps: number;
  kind: ArticleKind;
};

/** An article → its CSV cells in the locale's conventions (labels, decimal separator). */
export function articleCsvCells(article: ArticleCsvSource, locale: Locale): Record<ArticleCsvField, string> {
  const messages = getMessages(locale);
  const decimal = locale === "fr" ? "," : ".";
  return {
    reference: article.reference ?? "",
    name: article.name,
    description: article.description ?? "",
    unit: isStandardUnit(article.unit) ? messages.articleUnits[article.unit] : article.unit,
    unitPrice: centsToDecimalString(article.unitPriceCents, decimal),
    vatRate: bpsToPercentText(article.vatRateBps, decimal),
    kind: messages.articleKinds[article.kind],
  };
}
