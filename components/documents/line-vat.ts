import {
  VAT_CATEGORIES,
  categoryNeedsReason,
  defaultVatTreatment,
  isVatCategory,
  reasonsOfCategory,
  type VatCategory,
  type VatContext,
  type VatTreatment,
} from "@/lib/vat/vat-categories";

// A line's VAT in the editor: its category, rate and exemption reason as the editor holds
// them (text), and the defaults of the VAT rule table (lib/vat/vat-categories.ts) applied in
// the browser — when a line is added, made from an article, changes kind, or the client
// changes. The user overrides any line; a line keeps its override when the client changes
// (only lines still at their default follow the new client).

/** What the VAT defaults read of the chosen client. */
export type ClientVat = NonNullable<VatContext["client"]>;

/** The fields of an editor line that hold its VAT. */
export type LineVatFields = {
  /** Basis points as text ("2000"); "0" for every category but S. */
  vatRate: string;
  /** A category of VAT_CATEGORIES, or "" (blank: the server's default; under the franchise). */
  vatCategory: string;
  /** A VATEX code, or "". */
  vatExemptionCode: string;
  /**
   * The rate the line has at standard VAT (its article's or the organization's default, or the
   * last rate chosen): what the defaults start from when the line is not standard-rated. Not
   * content, never sent.
   */
  standardVatRate: string;
};

export function vatContext(vatExempt: boolean, client: ClientVat | null): VatContext {
  return { vatRegime: vatExempt ? "FRANCHISE" : "NORMAL", client };
}

/** A treatment as the line's fields (the standard rate follows a standard-rated one). */
export function treatmentFields(treatment: VatTreatment, standardVatRate: string): LineVatFields {
  return {
    vatRate: String(treatment.rateBps),
    vatCategory: treatment.category,
    vatExemptionCode: treatment.exemptionCode ?? "",
    standardVatRate: treatment.category === "S" ? String(treatment.rateBps) : standardVatRate,
  };
}

const rateOf = (text: string) => (/^\d{1,5}$/.test(text) ? Number(text) : 0);

/** The default of the rule table for a line of this kind whose standard rate is `standardVatRate`. */
export function defaultLineVat(
  context: VatContext,
  line: { kind: "GOODS" | "SERVICE"; standardVatRate: string },
): LineVatFields {
  const treatment = defaultVatTreatment(context, { kind: line.kind, rateBps: rateOf(line.standardVatRate) });
  return treatmentFields(treatment, line.standardVatRate);
}

/** Whether the line's VAT is still the default for this context (so it follows a new client or kind). */
export function isDefaultLineVat(context: VatContext, line: LineVatFields & { kind: "GOODS" | "SERVICE" }): boolean {
  const expected = defaultLineVat(context, line);
  return (
    line.vatCategory === expected.vatCategory &&
    rateOf(line.vatRate) === rateOf(expected.vatRate) &&
    line.vatExemptionCode === expected.vatExemptionCode
  );
}

/** The value of the line's VAT select: the rate for standard VAT ("2000"), the category otherwise ("AE"). */
export function vatSelectValue(line: Pick<LineVatFields, "vatRate" | "vatCategory">): string {
  if (line.vatCategory === "" || line.vatCategory === "S") return rateOf(line.vatRate) > 0 ? line.vatRate : "";
  return line.vatCategory;
}

/** The categories offered after the standard rates (every one but S). */
export const OTHER_CATEGORIES = VAT_CATEGORIES.filter((category) => category !== "S") as Exclude<VatCategory, "S">[];

/**
 * The VAT select's choice as the line's fields. A rate is standard VAT; a category is at 0 %,
 * with its reason when it has only one, the one of another line of the document in that
 * category (one reason per category on a document), or the line's own when it still fits.
 */
export function vatChoiceFields(
  value: string,
  line: LineVatFields,
  reasonInUse: (category: VatCategory) => string | null,
): LineVatFields {
  if (!isVatCategory(value)) {
    return { vatRate: value, vatCategory: "S", vatExemptionCode: "", standardVatRate: value };
  }
  const reasons = reasonsOfCategory(value);
  const fits = (code: string | null) => Boolean(code && reasons.some((reason) => reason.code === code));
  let reason = "";
  if (categoryNeedsReason(value)) {
    const inUse = reasonInUse(value);
    if (reasons.length === 1) reason = reasons[0]!.code;
    else if (fits(inUse)) reason = inUse!;
    else if (fits(line.vatExemptionCode)) reason = line.vatExemptionCode;
  }
  return { vatRate: "0", vatCategory: value, vatExemptionCode: reason, standardVatRate: line.standardVatRate };
}

/** The line's category when it is one that states a reason, else null. */
export function categoryWithReason(line: Pick<LineVatFields, "vatCategory">): VatCategory | null {
  return isVatCategory(line.vatCategory) && categoryNeedsReason(line.vatCategory) ? line.vatCategory : null;
}
