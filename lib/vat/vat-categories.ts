// THE table of VAT categories and exemption reasons (EN 16931 / UNTDID 5305 categories, CEF
// VATEX reason codes). Everything that decides or prints why a line has the VAT it has reads
// it: the editor's defaults and selects, the schema's checks, the legal mentions of the PDF
// and the public page, and the Factur-X writer. Pure: runs in the browser and on the server.
//
// | category | when                                        | rate  | reason (VATEX)                         |
// |----------|---------------------------------------------|-------|----------------------------------------|
// | S        | French VAT at the line's rate               | > 0 % | —                                      |
// | Z        | zero-rated supply                           | 0 %   | —                                      |
// | E        | exempt (293 B franchise, art. 261 CGI …)    | 0 %   | VATEX-FR-FRANCHISE, VATEX-FR-CGI261-…  |
// | AE       | reverse charge (services to an EU business, | 0 %   | VATEX-EU-AE, VATEX-FR-AE               |
// |          | French sub-contracting in construction)     |       |                                        |
// | K        | intra-community supply of goods             | 0 %   | VATEX-EU-IC                            |
// | G        | export of goods outside the EU              | 0 %   | VATEX-EU-G                             |
// | O        | outside the scope of French VAT             | 0 %   | VATEX-EU-O                             |
//
// Defaults (defaultVatTreatment), the user can override each line:
// - organization under the VAT franchise (art. 293 B du CGI): E / VATEX-FR-FRANCHISE, every line;
// - client in France (or no country): S at the article's rate (E, reason to choose, for a 0 % one);
// - business client in another EU country with a VAT number: goods K (art. 262 ter I CGI),
//   services AE (art. 283-2 CGI, art. 196 of directive 2006/112/EC);
// - client in another EU country without a VAT number (an individual, or a business not
//   registered): S — French VAT applies (distance-selling thresholds are not modelled);
// - client outside the EU: goods G (art. 262 I CGI); services to a business O (art. 259-1 CGI:
//   taxable where the client is established); services to an individual S (art. 259 B: the
//   general B2C rule taxes them in France).

export const VAT_CATEGORIES = ["S", "Z", "E", "AE", "K", "G", "O"] as const;
export type VatCategory = (typeof VAT_CATEGORIES)[number];

export type VatLanguage = "fr" | "en";

export const VAT_CATEGORY_LABELS: Record<VatLanguage, Record<VatCategory, string>> = {
  fr: {
    S: "TVA au taux normal ou réduit",
    Z: "Taux zéro",
    E: "Exonéré de TVA",
    AE: "Autoliquidation",
    K: "Livraison intracommunautaire",
    G: "Exportation hors UE",
    O: "Hors champ de la TVA",
  },
  en: {
    S: "Standard or reduced rate",
    Z: "Zero-rated",
    E: "Exempt from VAT",
    AE: "Reverse charge",
    K: "Intra-community supply",
    G: "Export outside the EU",
    O: "Outside the scope of VAT",
  },
};

/** Short labels for a compact column (editor, VAT breakdown). */
export const VAT_CATEGORY_SHORT: Record<VatLanguage, Record<VatCategory, string>> = {
  fr: { S: "TVA", Z: "Taux 0", E: "Exonéré", AE: "Autoliq.", K: "Intracom.", G: "Export", O: "Hors champ" },
  en: { S: "VAT", Z: "Zero", E: "Exempt", AE: "Rev. charge", K: "Intra-EU", G: "Export", O: "Out of scope" },
};

export type VatExemptionReason = {
  code: string;
  category: Exclude<VatCategory, "S" | "Z">;
  /** The mention printed on the document and written as the e-invoice's exemption reason (BT-120). */
  text: Record<VatLanguage, string>;
};

export const VAT_EXEMPTION_REASONS = [
  {
    code: "VATEX-FR-FRANCHISE",
    category: "E",
    text: {
      fr: "TVA non applicable, art. 293 B du CGI",
      en: "VAT not applicable, art. 293 B of the French General Tax Code (CGI)",
    },
  },
  {
    code: "VATEX-FR-CGI261-4",
    category: "E",
    text: {
      fr: "Exonération de TVA, article 261-4 du CGI",
      en: "VAT exempt, article 261-4 of the French General Tax Code (CGI)",
    },
  },
  {
    code: "VATEX-FR-CGI261C-1",
    category: "E",
    text: {
      fr: "Exonération de TVA, article 261 C-1° du CGI",
      en: "VAT exempt, article 261 C-1° of the French General Tax Code (CGI)",
    },
  },
  {
    code: "VATEX-FR-CGI261D-4",
    category: "E",
    text: {
      fr: "Exonération de TVA, article 261 D-4° du CGI",
      en: "VAT exempt, article 261 D-4° of the French General Tax Code (CGI)",
    },
  },
  {
    code: "VATEX-EU-132",
    category: "E",
    text: {
      fr: "Exonération de TVA, article 132 de la directive 2006/112/CE",
      en: "VAT exempt, article 132 of Council Directive 2006/112/EC",
    },
  },
  {
    code: "VATEX-EU-AE",
    category: "AE",
    text: {
      fr: "Autoliquidation — article 283-2 du CGI, article 196 de la directive 2006/112/CE",
      en: "Reverse charge — article 283-2 of the French General Tax Code, article 196 of Council Directive 2006/112/EC",
    },
  },
  {
    code: "VATEX-FR-AE",
    category: "AE",
    text: {
      fr: "Autoliquidation — article 283-2 nonies du CGI",
      en: "Reverse charge — article 283-2 nonies of the French General Tax Code (CGI)",
    },
  },
  {
    code: "VATEX-EU-IC",
    category: "K",
    text: {
      fr: "Exonération de TVA, article 262 ter I du CGI",
      en: "VAT exempt intra-community supply, article 262 ter I of the French General Tax Code (CGI)",
    },
  },
  {
    code: "VATEX-EU-G",
    category: "G",
    text: {
      fr: "Exonération de TVA, article 262 I du CGI",
      en: "VAT exempt export, article 262 I of the French General Tax Code (CGI)",
    },
  },
  {
    code: "VATEX-EU-O",
    category: "O",
    text: {
      fr: "TVA non applicable, article 259-1 du CGI",
      en: "VAT not applicable, article 259-1 of the French General Tax Code (CGI)",
    },
  },
] as const satisfies readonly VatExemptionReason[];

export type VatExemptionCode = (typeof VAT_EXEMPTION_REASONS)[number]["code"];

export const VAT_EXEMPTION_CODES = VAT_EXEMPTION_REASONS.map((reason) => reason.code) as VatExemptionCode[];

const reasonsByCode = new Map<string, VatExemptionReason>(VAT_EXEMPTION_REASONS.map((reason) => [reason.code, reason]));

export function exemptionReason(code: string | null | undefined): VatExemptionReason | null {
  return code ? (reasonsByCode.get(code) ?? null) : null;
}

export function reasonsOfCategory(category: VatCategory): VatExemptionReason[] {
  return VAT_EXEMPTION_REASONS.filter((reason) => reason.category === category);
}

export function isVatCategory(value: unknown): value is VatCategory {
  return typeof value === "string" && (VAT_CATEGORIES as readonly string[]).includes(value);
}

/** Categories whose lines must state why there is no VAT (EN 16931 BR-E-10, BR-AE-10, BR-IC-10, BR-G-10, BR-O-10). */
export function categoryNeedsReason(category: VatCategory): boolean {
  return category !== "S" && category !== "Z";
}

/** Every category but S is at 0 %; S is never at 0 % (BR-S-05, BR-Z-05, BR-E-05…). */
export function categoryRateValid(category: VatCategory, rateBps: number): boolean {
  return category === "S" ? rateBps > 0 : rateBps === 0;
}

/** The reverse-charge mention of art. 242 nonies A (printed with the reason's text). */
export function isReverseCharge(category: VatCategory): boolean {
  return category === "AE";
}

// prettier-ignore
export const EU_COUNTRIES = [
  "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE", "IT",
  "LT", "LU", "LV", "MC", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK",
] as const;

/** Monaco is in the French VAT territory; the rest of the list is the EU-27. */
export function isInEu(country: string | null | undefined): boolean {
  return (EU_COUNTRIES as readonly string[]).includes((country ?? "FR").toUpperCase());
}

export function isDomestic(country: string | null | undefined): boolean {
  const code = (country ?? "FR").toUpperCase();
  return code === "FR" || code === "MC";
}

export type VatTreatment = { category: VatCategory; rateBps: number; exemptionCode: VatExemptionCode | null };

export type VatContext = {
  vatRegime: "NORMAL" | "FRANCHISE";
  client: { country: string | null; kind: "COMPANY" | "INDIVIDUAL"; vatNumber: string | null } | null;
};

/**
 * The category, rate and reason a line gets by default (see the table above). `rateBps` is
 * the article's (or the organization's default) rate, kept for standard-rated lines.
 */
export function defaultVatTreatment(
  context: VatContext,
  line: { kind: "GOODS" | "SERVICE"; rateBps: number },
): VatTreatment {
  if (context.vatRegime === "FRANCHISE") return { category: "E", rateBps: 0, exemptionCode: "VATEX-FR-FRANCHISE" };
  const client = context.client;
  const country = client?.country ?? "FR";
  const domesticLine = (): VatTreatment =>
    line.rateBps > 0
      ? { category: "S", rateBps: line.rateBps, exemptionCode: null }
      : { category: "E", rateBps: 0, exemptionCode: null };
  if (!client || isDomestic(country)) return domesticLine();
  const business = client.kind === "COMPANY";
  if (isInEu(country)) {
    if (!business || !client.vatNumber?.trim()) return domesticLine();
    return line.kind === "GOODS"
      ? { category: "K", rateBps: 0, exemptionCode: "VATEX-EU-IC" }
      : { category: "AE", rateBps: 0, exemptionCode: "VATEX-EU-AE" };
  }
  if (line.kind === "GOODS") return { category: "G", rateBps: 0, exemptionCode: "VATEX-EU-G" };
  return business ? { category: "O", rateBps: 0, exemptionCode: "VATEX-EU-O" } : domesticLine();
}

/**
 * What is wrong with a line's category, rate and reason, as a catalogue key of
 * documentValidation (null: fine). The field it concerns is returned with it.
 */
export function vatTreatmentProblem(treatment: {
  category: VatCategory;
  rateBps: number;
  exemptionCode: string | null;
}): { field: "vatRate" | "vatCategory" | "vatExemptionCode"; code: string } | null {
  const { category, rateBps, exemptionCode } = treatment;
  if (!categoryRateValid(category, rateBps)) {
    return category === "S"
      ? { field: "vatCategory", code: "vat_zero_needs_category" }
      : { field: "vatRate", code: "vat_rate_not_zero_for_category" };
  }
  if (!categoryNeedsReason(category)) {
    return exemptionCode ? { field: "vatExemptionCode", code: "vat_reason_not_allowed" } : null;
  }
  if (!exemptionCode) return { field: "vatExemptionCode", code: "vat_reason_required" };
  const reason = exemptionReason(exemptionCode);
  if (!reason) return { field: "vatExemptionCode", code: "vat_reason_unknown" };
  if (reason.category !== category) return { field: "vatExemptionCode", code: "vat_reason_wrong_category" };
  return null;
}
