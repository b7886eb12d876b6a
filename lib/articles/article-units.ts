import type { Locale } from "@/lib/i18n/locales";
import { toSearchText } from "@/lib/text/search-text";

// Standard units are stored as stable keys (translated on screen and in CSV files); anything
// else a business bills by ("nuitée", "séance") is kept as the text typed.
export const ARTICLE_UNITS = ["hour", "day", "piece", "flat", "month", "km", "kg", "m2"] as const;

export type ArticleUnit = (typeof ARTICLE_UNITS)[number];

export const MAX_UNIT_LENGTH = 20;

// What people type or what a spreadsheet holds for each standard unit, French and English
// (compared accent-free and lowercase). The labels of the catalogues are among them.
const unitAliases: Record<ArticleUnit, string[]> = {
  hour: ["hour", "hours", "heure", "heures", "h", "hr"],
  day: ["day", "days", "jour", "jours", "j", "journee", "journees", "d"],
  piece: ["piece", "pieces", "pce", "pcs", "unite", "unites", "unit", "units", "u"],
  flat: ["flat", "flat fee", "flat rate", "forfait", "forfaits", "forf", "fft"],
  month: ["month", "months", "mois"],
  km: ["km", "kilometre", "kilometres", "kilometer", "kilometers"],
  kg: ["kg", "kilo", "kilos", "kilogramme", "kilogrammes", "kilogram", "kilograms"],
  m2: ["m2", "m²", "metre carre", "metres carres", "square metre", "square metres", "square meter", "sq m"],
};

const aliasToUnit = new Map<string, ArticleUnit>(
  ARTICLE_UNITS.flatMap((unit) => unitAliases[unit].map((alias) => [toSearchText(alias), unit] as const)),
);

export function isStandardUnit(value: string): value is ArticleUnit {
  return (ARTICLE_UNITS as readonly string[]).includes(value);
}

/** "Heure", "heures", "hour" → "hour"; "Séance" → "Séance" (free text, trimmed). */
export function normalizeUnit(text: string): string {
  const trimmed = text.trim().replace(/\s+/g, " ");
  return aliasToUnit.get(toSearchText(trimmed)) ?? trimmed;
}

/** The labels of the standard units: as read after one (articleUnits) and after several (articleUnitPlurals). */
export type UnitLabels = { singular: Record<ArticleUnit, string>; plural: Record<ArticleUnit, string> };

const pluralRules = new Map<Locale, Intl.PluralRules>();

/**
 * The unit as read after a quantity (in thousandths): "1 jour", "1,5 jour", "2 jours" in
 * French, "1 day", "1.5 days" in English — the language's plural rules (Intl.PluralRules),
 * not "more than one". A unit typed as free text stays as typed.
 */
export function unitForQuantity(unit: string, quantityMilli: number, locale: Locale, labels: UnitLabels): string {
  if (!isStandardUnit(unit)) return unit;
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale === "fr" ? "fr-FR" : "en-GB");
    pluralRules.set(locale, rules);
  }
  return rules.select(Math.abs(quantityMilli) / 1000) === "one" ? labels.singular[unit] : labels.plural[unit];
}
