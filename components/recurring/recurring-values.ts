import { blankLine, type EditorLine, type EditorValues } from "@/components/documents/editor-values";
import { isCalendarDate } from "@/lib/documents/calendar-date";
import type { FieldErrors } from "@/lib/errors/app-error";
import { fieldErrorsOf } from "@/lib/errors/validation";
import { format } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/fr";
import {
  RECURRING_END_KINDS,
  RECURRING_FREQUENCIES,
  type RecurrenceRule,
  type RecurringEndKindValue,
  type RecurringFrequencyValue,
} from "@/lib/recurring/recurrence";
import {
  RECURRING_INTERVAL_MAX,
  recurringProfileInput,
  type RecurringModeValue,
  type RecurringTemplate,
} from "@/lib/recurring/recurring-profile-schema";
import type { LineVatFields } from "@/components/documents/line-vat";
import type { RecurringProfileDetail } from "@/lib/recurring/recurring-types";
import type { VatCategory } from "@/lib/vat/vat-categories";

// What the recurring profile form holds beside the document editor's content: every field as
// typed. The form checks them with recurringProfileInput (the server's one schema) on the
// whole input — profile fields and the editor's content together — and keeps the profile's
// own problems (the editor reports the content's).

export type ProfileValues = {
  name: string;
  frequency: RecurringFrequencyValue;
  interval: string;
  /** "1"…"31", or "last" for the month's last day. */
  day: string;
  startDate: string;
  endKind: RecurringEndKindValue;
  endAfterCount: string;
  endDate: string;
  mode: RecurringModeValue;
  autoSend: boolean;
  recipients: string[];
};

/** The form's keys that are the profile's own (the rest are the editor's content). */
export const PROFILE_KEYS = [
  "name",
  "frequency",
  "interval",
  "dayOfMonth",
  "lastDayOfMonth",
  "startDate",
  "endKind",
  "endAfterCount",
  "endDate",
  "mode",
  "autoSend",
  "recipients",
] as const;

const isProfileKey = (key: string) =>
  (PROFILE_KEYS as readonly string[]).includes(key) || key.startsWith("recipients.");

export function newProfileValues(today: string): ProfileValues {
  return {
    name: "",
    frequency: "MONTHLY",
    interval: "1",
    day: String(Number(today.slice(8, 10))),
    startDate: today,
    endKind: "NEVER",
    endAfterCount: "",
    endDate: "",
    mode: "ISSUE",
    autoSend: false,
    recipients: [],
  };
}

/** A saved profile's fields back into the form. */
export function profileValuesOf(
  profile: Pick<
    RecurringProfileDetail,
    | "name"
    | "frequency"
    | "interval"
    | "dayOfMonth"
    | "lastDayOfMonth"
    | "startDate"
    | "endKind"
    | "endAfterCount"
    | "endDate"
    | "mode"
    | "autoSend"
    | "recipients"
  >,
): ProfileValues {
  return {
    name: profile.name,
    frequency: profile.frequency,
    interval: String(profile.interval),
    day: profile.lastDayOfMonth ? "last" : String(profile.dayOfMonth ?? Number(profile.startDate.slice(8, 10))),
    startDate: profile.startDate,
    endKind: profile.endKind,
    endAfterCount: profile.endAfterCount === null ? "" : String(profile.endAfterCount),
    endDate: profile.endDate ?? "",
    mode: profile.mode,
    autoSend: profile.autoSend,
    recipients: profile.recipients,
  };
}

/** The profile's fields as the server action receives them (the schema's names). */
export function profileRawInput(values: ProfileValues) {
  return {
    name: values.name,
    frequency: values.frequency,
    interval: values.interval,
    dayOfMonth: values.day === "last" ? "" : values.day,
    lastDayOfMonth: values.day === "last",
    startDate: values.startDate,
    endKind: values.endKind,
    endAfterCount: values.endKind === "AFTER_COUNT" ? values.endAfterCount : "",
    endDate: values.endKind === "ON_DATE" ? values.endDate : "",
    mode: values.mode,
    autoSend: values.mode === "ISSUE" && values.autoSend,
    recipients: values.recipients,
  };
}

/**
 * The profile's own problems, keyed by field ("recipients", "endDate"…). The schema checks both
 * halves independently, so the profile's fields are parsed alone and the content's problems
 * (client, lines: the editor's to report) are left out.
 */
export function validateProfile(profile: ProfileValues): FieldErrors {
  const result = recurringProfileInput.safeParse(profileRawInput(profile));
  if (result.success) return {};
  const errors: FieldErrors = {};
  for (const [key, codes] of Object.entries(fieldErrorsOf(result.error))) {
    if (!isProfileKey(key)) continue;
    // One message under the recipients, whichever address it is about.
    const field = key.startsWith("recipients.") ? "recipients" : key;
    errors[field] = [...new Set([...(errors[field] ?? []), ...codes])];
  }
  return errors;
}

/** The calendar the values describe, or null while it is incomplete (no preview then). */
export function ruleOfValues(values: ProfileValues): RecurrenceRule | null {
  if (!RECURRING_FREQUENCIES.includes(values.frequency) || !RECURRING_END_KINDS.includes(values.endKind)) return null;
  const interval = wholeNumber(values.interval);
  if (interval === null || interval < 1 || interval > RECURRING_INTERVAL_MAX[values.frequency]) return null;
  if (!isCalendarDate(values.startDate)) return null;
  const weekly = values.frequency === "WEEKLY";
  const lastDayOfMonth = !weekly && values.day === "last";
  const dayOfMonth = weekly || lastDayOfMonth ? null : wholeNumber(values.day);
  if (!weekly && !lastDayOfMonth && (dayOfMonth === null || dayOfMonth < 1 || dayOfMonth > 31)) return null;
  let endAfterCount: number | null = null;
  let endDate: string | null = null;
  if (values.endKind === "AFTER_COUNT") {
    endAfterCount = wholeNumber(values.endAfterCount);
    if (endAfterCount === null || endAfterCount < 1 || endAfterCount > 1000) return null;
  }
  if (values.endKind === "ON_DATE") {
    if (!isCalendarDate(values.endDate) || values.endDate < values.startDate) return null;
    endDate = values.endDate;
  }
  return {
    frequency: values.frequency,
    interval,
    dayOfMonth,
    lastDayOfMonth,
    startDate: values.startDate,
    endKind: values.endKind,
    endAfterCount,
    endDate,
  };
}

function wholeNumber(text: string): number | null {
  return /^\d{1,4}$/.test(text.trim()) ? Number(text.trim()) : null;
}

/** "Tous les 2 mois, le 15" / "Every month, on the last day of the month". */
export function frequencyText(
  profile: {
    frequency: RecurringFrequencyValue;
    interval: number;
    dayOfMonth?: number | null;
    lastDayOfMonth?: boolean;
  },
  texts: Messages["recurringFrequency"],
): string {
  const base =
    profile.interval === 1
      ? texts.one[profile.frequency]
      : format(texts.many[profile.frequency], { n: profile.interval });
  if (profile.frequency === "WEEKLY") return base;
  if (profile.lastDayOfMonth) return format(texts.onLastDay, { frequency: base });
  if (profile.dayOfMonth) return format(texts.onDay, { frequency: base, day: profile.dayOfMonth });
  return base;
}

/** A checkbox as the schema reads it (lib/organization-settings/schema-helpers.ts). */
const checked = (value: unknown) => value === true || value === "on" || value === "true";
const text = (value: unknown) => (typeof value === "string" ? value : value == null ? "" : String(value));

/**
 * A stored template (the editor's content as typed, see recurringTemplateOf) back into the
 * editor. Lines keep their values as typed; a line made from an article shows it as linked.
 */
export function editorValuesOfTemplate(
  profile: { client: { id: string; name: string }; paymentTermsDays: number | null; language: string },
  template: RecurringTemplate,
  options: { linkedArticleLabel: string; defaultVatRate: string; defaultUnit: string },
): EditorValues {
  const lines = Array.isArray(template.lines) ? (template.lines as Record<string, unknown>[]) : [];
  const editorLines: EditorLine[] = lines.map((line, index) => {
    const vatRate = text(line.vatRate) || options.defaultVatRate;
    const vatCategory = (text(line.vatCategory) || "S") as VatCategory;
    const vat: LineVatFields = {
      vatRate,
      vatCategory,
      vatExemptionCode: text(line.vatExemptionCode),
      standardVatRate: vatCategory === "S" && Number(vatRate) > 0 ? vatRate : options.defaultVatRate,
    };
    const discountKind = text(line.discountKind);
    return {
      key: `saved-${index}`,
      articleId: text(line.articleId),
      articleLabel: text(line.articleId) ? options.linkedArticleLabel : "",
      description: text(line.description),
      quantity: text(line.quantity),
      unit: text(line.unit),
      unitPrice: text(line.unitPrice),
      kind: line.kind === "GOODS" ? "GOODS" : "SERVICE",
      discountKind: discountKind === "PERCENT" || discountKind === "AMOUNT" ? discountKind : "",
      discountValue: text(line.discountValue),
      ...vat,
    };
  });
  const discountKind = text(template.discountKind);
  return {
    clientId: profile.client.id,
    clientName: profile.client.name,
    title: text(template.title),
    issueDate: "",
    serviceDate: "",
    dueDate: "",
    validUntil: "",
    paymentTermsDays: profile.paymentTermsDays === null ? "" : String(profile.paymentTermsDays),
    paymentTermsEndOfMonth: checked(template.paymentTermsEndOfMonth),
    pricesIncludeVat: checked(template.pricesIncludeVat),
    purchaseOrderNumber: text(template.purchaseOrderNumber),
    deliveryAddress: text(template.deliveryAddress),
    notes: text(template.notes),
    language: profile.language,
    discountKind: discountKind === "PERCENT" || discountKind === "AMOUNT" ? discountKind : "",
    discountValue: text(template.discountValue),
    lines:
      editorLines.length > 0
        ? editorLines
        : [blankLine("saved-0", { vatRate: options.defaultVatRate, unit: options.defaultUnit })],
  };
}
