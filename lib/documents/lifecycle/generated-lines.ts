import { formatCalendarDay } from "@/lib/dates/format-date";
import { bpsToPercentText } from "@/lib/money/vat-rates";

// Descriptions of the lines Facturo writes itself (deposits, their deduction on the final
// invoice, a credit note for an amount), in the document's
// language — they are printed on the document, whatever language the user works in.

type DocumentLanguage = "fr" | "en";

const texts = {
  fr: {
    depositPercent: "Acompte de {percent} sur le devis {number} du {date}",
    depositAmount: "Acompte sur le devis {number} du {date}",
    deduction: "Acompte {number} du {date}",
    creditAmount: "Avoir sur la facture {number} du {date}",
    rate: "{text} (TVA {rate})",
  },
  en: {
    depositPercent: "Deposit of {percent} on quote {number} of {date}",
    depositAmount: "Deposit on quote {number} of {date}",
    deduction: "Deposit invoice {number} of {date}",
    creditAmount: "Credit on invoice {number} of {date}",
    rate: "{text} (VAT {rate})",
  },
} satisfies Record<DocumentLanguage, Record<string, string>>;

export type GeneratedLineText = Exclude<keyof (typeof texts)["fr"], "rate">;

function languageOf(language: string): DocumentLanguage {
  return language === "en" ? "en" : "fr";
}

export function percentText(bps: number, language: string): string {
  return languageOf(language) === "fr" ? `${bpsToPercentText(bps, ",")}\u00a0%` : `${bpsToPercentText(bps, ".")}%`;
}

/** "YYYY-MM-DD" → "12/03/2026" (fr) / "12 March 2026" (en); "" for none. */
export function documentDateText(day: string | null, language: string): string {
  if (!day) return "";
  const locale = languageOf(language);
  return formatCalendarDay(day, locale, locale === "fr" ? "short" : "long");
}

/**
 * The text of a generated line. `vatRateBps` is added as "(TVA 20 %)" when given (lines that
 * split one amount over several rates).
 */
export function generatedLineText(
  kind: GeneratedLineText,
  language: string,
  values: { number?: string | null; date?: string | null; percentBps?: number | null; vatRateBps?: number | null },
): string {
  const catalogue = texts[languageOf(language)];
  const text = catalogue[kind]
    .replace("{number}", values.number ?? "")
    .replace("{date}", documentDateText(values.date ?? null, language))
    .replace("{percent}", values.percentBps != null ? percentText(values.percentBps, language) : "")
    .replace(/ {2,}/g, " ")
    .replace(/ du $| of $/, "")
    .trim();
  if (values.vatRateBps == null) return text;
  return catalogue.rate.replace("{text}", text).replace("{rate}", percentText(values.vatRateBps, language));
}
