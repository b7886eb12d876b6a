import {
  documentInput,
  documentLineInput,
  totalsInputOf,
  type DocumentInput,
  type DocumentLineInput,
  type DocumentRawInput,
} from "@/lib/documents/document-schema";
import { formatQuantity } from "@/lib/documents/parse-quantity";
import { computeTotals, type DocumentTotals, type TotalsLineInput } from "@/lib/documents/totals/compute-totals";
import type { FieldErrors } from "@/lib/errors/app-error";
import { fieldErrorsOf } from "@/lib/errors/validation";
import { centsToDecimalString } from "@/lib/money/format-money";
import { bpsToPercentText } from "@/lib/money/vat-rates";
import type { VatCategory, VatContext } from "@/lib/vat/vat-categories";
import { defaultLineVat, type LineVatFields } from "./line-vat";

// What the document editor holds: every field as typed (strings, two booleans), lines with a
// stable key for React and focus. The editor never computes an amount itself: it parses these
// values with documentInput (the server's schema) and hands the result to computeTotals through
// totalsInputOf, exactly as the server does on save.

export type DocumentKind = "QUOTE" | "INVOICE" | "DEPOSIT_INVOICE" | "CREDIT_NOTE";
export type DiscountKindField = "" | "PERCENT" | "AMOUNT";
export type LineKindField = "GOODS" | "SERVICE";

export type EditorLine = {
  /** React key and focus target; never sent. */
  key: string;
  articleId: string;
  /** What the article picker shows for the line's article ("REF — Name"); never sent. */
  articleLabel: string;
  description: string;
  quantity: string;
  unit: string;
  unitPrice: string;
  kind: LineKindField;
  discountKind: DiscountKindField;
  discountValue: string;
} & LineVatFields;

export type EditorValues = {
  clientId: string;
  /** Name of the chosen client, for the client field; never sent. */
  clientName: string;
  title: string;
  issueDate: string;
  serviceDate: string;
  dueDate: string;
  validUntil: string;
  paymentTermsDays: string;
  paymentTermsEndOfMonth: boolean;
  pricesIncludeVat: boolean;
  purchaseOrderNumber: string;
  deliveryAddress: string;
  notes: string;
  language: string;
  discountKind: DiscountKindField;
  discountValue: string;
  lines: EditorLine[];
};

export type EditorLineFields = Omit<EditorLine, "key">;

/**
 * A new line: a service at the default rate, with the VAT the rule table gives it for `vat`
 * (the organization's regime and the client); without a context, standard VAT at that rate.
 */
export function blankLine(key: string, defaults: { vatRate: string; unit?: string; vat?: VatContext }): EditorLine {
  const kind = "SERVICE";
  const vat = defaults.vat
    ? defaultLineVat(defaults.vat, { kind, standardVatRate: defaults.vatRate })
    : { vatRate: defaults.vatRate, vatCategory: "S", vatExemptionCode: "", standardVatRate: defaults.vatRate };
  return {
    key,
    articleId: "",
    articleLabel: "",
    description: "",
    quantity: "1",
    unit: defaults.unit ?? "",
    unitPrice: "",
    kind,
    discountKind: "",
    discountValue: "",
    ...vat,
  };
}

/** A new document: one blank line, the given dates and language, everything else empty. */
export function newEditorValues(defaults: {
  vatRate: string;
  /** Unit of a new line, as shown (e.g. "pièce"). */
  unit: string;
  language: string;
  issueDate?: string;
  validUntil?: string;
  clientId?: string;
  clientName?: string;
  /** The organization's VAT regime and the client: the first line's VAT defaults. */
  vat?: VatContext;
}): EditorValues {
  return {
    clientId: defaults.clientId ?? "",
    clientName: defaults.clientName ?? "",
    title: "",
    issueDate: defaults.issueDate ?? "",
    serviceDate: "",
    dueDate: "",
    validUntil: defaults.validUntil ?? "",
    paymentTermsDays: "",
    paymentTermsEndOfMonth: false,
    pricesIncludeVat: false,
    purchaseOrderNumber: "",
    deliveryAddress: "",
    notes: "",
    language: defaults.language,
    discountKind: "",
    discountValue: "",
    lines: [blankLine("initial-0", { vatRate: defaults.vatRate, unit: defaults.unit, vat: defaults.vat })],
  };
}

/**
 * What the server action receives: the raw values as typed (its own documentInput parses
 * them again). Under VAT franchise every rate is sent as 0 and no category, whatever the
 * (hidden) select held: the server gives every line the 293 B exemption.
 */
export function toRawInput(values: EditorValues, vatExempt: boolean): DocumentRawInput {
  return {
    clientId: values.clientId,
    title: values.title,
    issueDate: values.issueDate,
    serviceDate: values.serviceDate,
    dueDate: values.dueDate,
    validUntil: values.validUntil,
    paymentTermsDays: values.paymentTermsDays,
    paymentTermsEndOfMonth: values.paymentTermsEndOfMonth,
    pricesIncludeVat: values.pricesIncludeVat,
    purchaseOrderNumber: values.purchaseOrderNumber,
    deliveryAddress: values.deliveryAddress,
    notes: values.notes,
    language: values.language,
    discountKind: values.discountKind || undefined,
    discountValue: values.discountKind ? values.discountValue : undefined,
    lines: values.lines.map((line) => ({
      articleId: line.articleId,
      description: line.description,
      quantity: line.quantity,
      unit: line.unit,
      unitPrice: line.unitPrice,
      vatRate: vatExempt ? "0" : line.vatRate,
      vatCategory: vatExempt ? undefined : line.vatCategory || undefined,
      vatExemptionCode: vatExempt ? undefined : line.vatExemptionCode || undefined,
      kind: line.kind,
      discountKind: line.discountKind || undefined,
      discountValue: line.discountKind ? line.discountValue : undefined,
    })),
  } as DocumentRawInput;
}

/** Field errors with line positions ("lines.2.quantity") turned into line keys ("line:k7:quantity"). */
export function keyLineErrors(errors: FieldErrors, lines: readonly { key: string }[]): FieldErrors {
  const result: FieldErrors = {};
  for (const [path, codes] of Object.entries(errors)) {
    const match = path.match(/^lines\.(\d+)(?:\.(.+))?$/);
    const line = match ? lines[Number(match[1])] : undefined;
    const key = match && line ? lineErrorKey(line.key, match[2] ?? "line") : path;
    (result[key] ??= []).push(...codes);
  }
  return result;
}

export function lineErrorKey(lineKey: string, field: string): string {
  return `line:${lineKey}:${field}`;
}

/** Every problem documentInput finds in the values, keyed for the editor (lines by key). */
export function validateValues(values: EditorValues, vatExempt: boolean): FieldErrors {
  const parsed = parseDocument(toRawInput(values, vatExempt));
  return parsed.ok ? {} : keyLineErrors(parsed.errors, values.lines);
}

export type LiveTotals = {
  /** computeTotals of the lines that parse (all of them once the document is valid). */
  totals: DocumentTotals;
  /** Per line, in order: its net as computeTotals gives it, or null while the line is incomplete. */
  lineNets: (number | null)[];
  /** Lines left out of the totals because they do not parse yet. */
  incompleteLines: number;
  /** The document discount could not be applied (invalid value): the totals are without it. */
  discountIgnored: boolean;
};

/**
 * The totals shown while typing. A valid document: computeTotals(totalsInputOf(parsed)), the
 * server's own computation. While some lines are incomplete, the same computation on the lines
 * that parse (so the panel does not go blank at each keystroke). Null when the amounts are
 * beyond what a document can hold.
 */
export function liveTotals(
  values: EditorValues,
  vatExempt: boolean,
  fixedLines: readonly TotalsLineInput[] = [],
): LiveTotals | null {
  // Lines the editor does not edit (a final invoice's deposit deductions) count after its own.
  const withFixed = (input: ReturnType<typeof totalsInputOf>) => ({ ...input, lines: [...input.lines, ...fixedLines] });
  try {
    const raw = toRawInput(values, vatExempt);
    const full = parseDocument(raw);
    if (full.ok) {
      const totals = computeTotals(withFixed(totalsInputOf(full.data, { vatExempt })));
      return {
        totals,
        lineNets: totals.lines.slice(0, values.lines.length).map((line) => line.netCents),
        incompleteLines: 0,
        discountIgnored: false,
      };
    }
    const rawLines = raw.lines as unknown[];
    const parsedLines = rawLines.map((line) => documentLineInput.safeParse(line));
    const validIndexes = parsedLines.flatMap((result, index) => (result.success ? [index] : []));
    const validLines = validIndexes.map((index) => parsedLines[index]!.data as DocumentLineInput);
    // The document discount through the same schema, over the valid lines only.
    let discount: DocumentInput["discount"] = null;
    let discountIgnored = false;
    if (values.discountKind && values.discountValue.trim() !== "") {
      const head =
        validIndexes.length > 0
          ? parseDocument({
              clientId: "live",
              pricesIncludeVat: values.pricesIncludeVat,
              discountKind: raw.discountKind,
              discountValue: raw.discountValue,
              // The discount does not depend on the lines' categories (their problems are the lines').
              lines: validIndexes.map((index) => ({
                ...(rawLines[index] as object),
                vatCategory: undefined,
                vatExemptionCode: undefined,
              })),
            } as DocumentRawInput)
          : null;
      if (head?.ok) discount = head.data.discount;
      else discountIgnored = validIndexes.length > 0;
    }
    const totals = computeTotals(
      withFixed(
        totalsInputOf({ lines: validLines, discount, pricesIncludeVat: values.pricesIncludeVat }, { vatExempt }),
      ),
    );
    const lineNets: (number | null)[] = values.lines.map(() => null);
    validIndexes.forEach((lineIndex, position) => {
      lineNets[lineIndex] = totals.lines[position]!.netCents;
    });
    return { totals, lineNets, incompleteLines: values.lines.length - validIndexes.length, discountIgnored };
  } catch (error) {
    // computeTotals refuses sums a number cannot hold exactly (absurd quantities × prices).
    if (error instanceof RangeError) return null;
    throw error;
  }
}

type Parsed = { ok: true; data: DocumentInput } | { ok: false; errors: FieldErrors };

function parseDocument(raw: DocumentRawInput): Parsed {
  try {
    const result = documentInput.safeParse(raw);
    return result.success ? { ok: true, data: result.data } : { ok: false, errors: fieldErrorsOf(result.error) };
  } catch (error) {
    // The schema's own totals check runs computeTotals, which refuses sums beyond exact numbers.
    if (error instanceof RangeError) return { ok: false, errors: { lines: ["document_too_large"] } };
    throw error;
  }
}

/** 150000 → "1500,00" (fr) / "1500.00" (en): how an amount is put back in a field. */
export function centsToField(cents: number, decimalSeparator: "," | "."): string {
  return centsToDecimalString(cents, decimalSeparator);
}

/** Whether two value sets are the same document content (keys aside). */
export function sameContent(a: EditorValues, b: EditorValues): boolean {
  return JSON.stringify(contentOf(a)) === JSON.stringify(contentOf(b));
}

function contentOf(values: EditorValues) {
  // Keys are React's business, not content: two lines with the same fields are the same line.
  // The standard rate a line would go back to is not content either.
  return { ...values, lines: values.lines.map((line) => ({ ...line, key: "", standardVatRate: "" })) };
}

/** A saved document as getDocument gives it (only what the editor needs). */
export type SavedDocumentContent = {
  client: { id: string; name: string };
  title: string | null;
  issueDate: string | null;
  serviceDate: string | null;
  dueDate: string | null;
  validUntil: string | null;
  paymentTermsDays: number | null;
  paymentTermsEndOfMonth: boolean;
  pricesIncludeVat: boolean;
  purchaseOrderNumber: string | null;
  deliveryAddress: string | null;
  notes: string | null;
  language: string;
  discount: { kind: "PERCENT" | "AMOUNT"; value: number } | null;
  lines: {
    articleId: string | null;
    description: string;
    quantityMilli: number;
    unit: string;
    unitPriceCents: number;
    discount: { kind: "PERCENT" | "AMOUNT"; value: number } | null;
    vatRateBps: number;
    vatCategory: VatCategory;
    vatExemptionCode: string | null;
    kind: "GOODS" | "SERVICE";
    deductedDocumentId: string | null;
  }[];
};

/**
 * A saved draft back into the editor's text fields, in the UI's number format (so that
 * documentInput reads exactly the saved values again). Generated deduction lines are left
 * out: the server keeps them (see fixedLinesOf).
 */
export function editorValuesOf(
  document: SavedDocumentContent,
  options: {
    decimalSeparator: "," | ".";
    unitLabel: (unit: string) => string;
    /** What the article field shows for a line made from an article (the line keeps its own copy). */
    linkedArticleLabel: string;
    /** The organization's default rate: where a line that is not standard-rated goes back to. */
    defaultVatRate?: string;
  },
): EditorValues {
  const sep = options.decimalSeparator;
  const discountText = (discount: { kind: "PERCENT" | "AMOUNT"; value: number } | null) =>
    discount === null
      ? ""
      : discount.kind === "PERCENT"
        ? bpsToPercentText(discount.value, sep)
        : centsToDecimalString(discount.value, sep);
  return {
    clientId: document.client.id,
    clientName: document.client.name,
    title: document.title ?? "",
    issueDate: document.issueDate ?? "",
    serviceDate: document.serviceDate ?? "",
    dueDate: document.dueDate ?? "",
    validUntil: document.validUntil ?? "",
    paymentTermsDays: document.paymentTermsDays === null ? "" : String(document.paymentTermsDays),
    paymentTermsEndOfMonth: document.paymentTermsEndOfMonth,
    pricesIncludeVat: document.pricesIncludeVat,
    purchaseOrderNumber: document.purchaseOrderNumber ?? "",
    deliveryAddress: document.deliveryAddress ?? "",
    notes: document.notes ?? "",
    language: document.language,
    discountKind: document.discount?.kind ?? "",
    discountValue: discountText(document.discount),
    lines: document.lines
      .filter((line) => line.deductedDocumentId === null)
      .map((line, index) => ({
        key: `saved-${index}`,
        articleId: line.articleId ?? "",
        articleLabel: line.articleId ? options.linkedArticleLabel : "",
        description: line.description,
        quantity: formatQuantity(line.quantityMilli, sep),
        unit: options.unitLabel(line.unit),
        unitPrice: centsToDecimalString(line.unitPriceCents, sep),
        vatRate: String(line.vatRateBps),
        vatCategory: line.vatCategory,
        vatExemptionCode: line.vatExemptionCode ?? "",
        standardVatRate:
          line.vatCategory === "S" && line.vatRateBps > 0
            ? String(line.vatRateBps)
            : (options.defaultVatRate ?? "2000"),
        kind: line.kind,
        discountKind: line.discount?.kind ?? "",
        discountValue: discountText(line.discount),
      })),
  };
}

/** A final invoice's deposit deductions: not edited, but counted in the live totals like on the server. */
export function fixedLinesOf(document: Pick<SavedDocumentContent, "lines">): (TotalsLineInput & {
  description: string;
})[] {
  return document.lines
    .filter((line) => line.deductedDocumentId !== null)
    .map((line) => ({
      description: line.description,
      quantityMilli: line.quantityMilli,
      unitPriceCents: line.unitPriceCents,
      vatRateBps: line.vatRateBps,
      vatCategory: line.vatCategory,
      vatExemptionCode: line.vatExemptionCode,
      discount:
        line.discount === null
          ? null
          : line.discount.kind === "PERCENT"
            ? { kind: "percent" as const, bps: line.discount.value }
            : { kind: "amount" as const, cents: line.discount.value },
    }));
}
