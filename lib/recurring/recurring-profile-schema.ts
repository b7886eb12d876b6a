import { z } from "zod";
import { isCalendarDate } from "@/lib/documents/calendar-date";
import { documentInput, type DocumentRawInput } from "@/lib/documents/document-schema";
import { checkbox, integerInRange, oneOf, optional, requiredText } from "@/lib/organization-settings/schema-helpers";
import { RECURRING_END_KINDS, RECURRING_FREQUENCIES, type RecurringFrequencyValue } from "./recurrence";

// The one schema of a recurring invoice profile, for the profile form (in the browser) and the
// server actions. A profile is the document editor's content (documentInput: the same lines,
// discount, VAT and totals rules; clientId, paymentTermsDays and language are the profile's own)
// plus its calendar, its end, what each run does (draft or issue, send) and the recipients.
// The invoice's dates are not part of it: each run issues on its own day (see
// run-recurring-profile.ts). Messages are catalogue keys: recurringValidation.* for the
// profile's fields, validation.* / documentValidation.* for the content (as in the editor).
// Whether the recipients are the client's addresses is checked on the server against the
// client's `emails` ("recipient_not_client" on `recipients`).

export const RECURRING_MODES = ["DRAFT", "ISSUE"] as const;
export type RecurringModeValue = (typeof RECURRING_MODES)[number];

export const recurringProfileLimits = { name: 200, recipients: 50 } as const;

/** Highest `interval` per frequency: at most a year between two invoices (ten for YEARLY). */
export const RECURRING_INTERVAL_MAX: Record<RecurringFrequencyValue, number> = {
  WEEKLY: 52,
  MONTHLY: 12,
  QUARTERLY: 4,
  YEARLY: 10,
};

/** The keys of documentInput a profile stores as its template (the editor's format, as typed). */
export const RECURRING_TEMPLATE_KEYS = [
  "title",
  "paymentTermsEndOfMonth",
  "pricesIncludeVat",
  "purchaseOrderNumber",
  "deliveryAddress",
  "notes",
  "discountKind",
  "discountValue",
  "lines",
] as const;

const TEMPLATE_LINE_KEYS = [
  "articleId",
  "description",
  "quantity",
  "unit",
  "unitPrice",
  "vatRate",
  "vatCategory",
  "vatExemptionCode",
  "kind",
  "discountKind",
  "discountValue",
] as const;

/** Editor fields a profile never takes: each run dates its invoice itself. */
const DOCUMENT_DATE_KEYS = ["issueDate", "serviceDate", "dueDate", "validUntil"] as const;

const dateSchema = z.string({ error: "date_invalid" }).trim().refine(isCalendarDate, "date_invalid");
const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: "recipient_invalid" }));

const recipientsSchema = z.preprocess(
  // A form sends one address per entry, or several separated by commas, spaces or new lines.
  (value) => {
    if (value == null) return [];
    const entries: unknown[] = typeof value === "string" ? [value] : Array.isArray(value) ? value : [value];
    return entries
      .flatMap((entry) => (typeof entry === "string" ? entry.split(/[\s,;]+/) : [entry]))
      .filter((entry) => entry !== "");
  },
  z.array(emailSchema).max(recurringProfileLimits.recipients, "recipients_too_many"),
);

/** The profile's own fields (calendar, end, run behaviour); the content is documentInput's. */
const profileFields = z
  .object({
    name: requiredText(recurringProfileLimits.name),
    frequency: oneOf(RECURRING_FREQUENCIES, "frequency_invalid", "MONTHLY"),
    interval: integerInRange(1, 52, "interval_range"),
    // Required for MONTHLY, QUARTERLY and YEARLY unless lastDayOfMonth (checked below).
    dayOfMonth: optional(integerInRange(1, 31, "day_of_month_range")),
    lastDayOfMonth: checkbox,
    startDate: dateSchema,
    endKind: oneOf(RECURRING_END_KINDS, "end_kind_invalid", "NEVER"),
    endAfterCount: optional(integerInRange(1, 1000, "end_count_range")),
    endDate: optional(dateSchema),
    mode: oneOf(RECURRING_MODES, "mode_invalid", "ISSUE"),
    autoSend: checkbox,
    recipients: recipientsSchema,
  })
  .superRefine((profile, ctx) => {
    // Over 52 is already reported by the field itself (its check does not stop this one).
    if (profile.interval > RECURRING_INTERVAL_MAX[profile.frequency] && profile.interval <= 52) {
      ctx.addIssue({ code: "custom", path: ["interval"], message: "interval_range" });
    }
    if (profile.frequency !== "WEEKLY" && !profile.lastDayOfMonth && profile.dayOfMonth === null) {
      ctx.addIssue({ code: "custom", path: ["dayOfMonth"], message: "day_of_month_required" });
    }
    if (profile.endKind === "AFTER_COUNT" && profile.endAfterCount === null) {
      ctx.addIssue({ code: "custom", path: ["endAfterCount"], message: "end_count_range" });
    }
    if (profile.endKind === "ON_DATE") {
      if (profile.endDate === null) {
        ctx.addIssue({ code: "custom", path: ["endDate"], message: "end_date_required" });
      } else if (profile.endDate < profile.startDate) {
        ctx.addIssue({ code: "custom", path: ["endDate"], message: "end_before_start" });
      }
    }
    if (profile.autoSend && profile.mode !== "ISSUE") {
      // A draft is never sent: only an issued invoice can go to the client.
      ctx.addIssue({ code: "custom", path: ["autoSend"], message: "auto_send_needs_issue" });
    }
    if (profile.autoSend && profile.recipients.length === 0) {
      ctx.addIssue({ code: "custom", path: ["recipients"], message: "recipients_required" });
    }
  })
  .transform((profile) => ({
    ...profile,
    // Only what the frequency and end use is kept, so a hidden field of the form changes nothing.
    dayOfMonth: profile.frequency === "WEEKLY" || profile.lastDayOfMonth ? null : profile.dayOfMonth,
    lastDayOfMonth: profile.frequency !== "WEEKLY" && profile.lastDayOfMonth,
    endAfterCount: profile.endKind === "AFTER_COUNT" ? profile.endAfterCount : null,
    endDate: profile.endKind === "ON_DATE" ? profile.endDate : null,
    recipients: [...new Set(profile.recipients)],
  }));

/** documentInput without the dates (a run sets them): the editor's content rules, unchanged. */
const contentSchema = z.preprocess((value) => {
  if (typeof value !== "object" || value === null) return value;
  const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  for (const key of DOCUMENT_DATE_KEYS) delete copy[key];
  return copy;
}, documentInput);

/**
 * A profile as the form sends it: its fields and the editor's content (clientId,
 * paymentTermsDays, language, lines…), all flat. Output: the parsed profile fields and
 * documentInput's parsed content (dates always null).
 */
export const recurringProfileInput = z.intersection(profileFields, contentSchema);

export type RecurringProfileRawInput = z.input<typeof profileFields> &
  Omit<DocumentRawInput, (typeof DOCUMENT_DATE_KEYS)[number]>;
export type RecurringProfileInput = z.output<typeof recurringProfileInput>;

/** The stored template: the content keys of the raw input, as typed (the editor's format). */
export type RecurringTemplate = Partial<Pick<DocumentRawInput, (typeof RECURRING_TEMPLATE_KEYS)[number]>>;

/**
 * The template to store from a raw input that passed recurringProfileInput: the content as the
 * editor holds it, so the editor can load it back and each run validates it again with
 * documentInput (a template that stopped being valid stops the profile).
 */
export function recurringTemplateOf(rawInput: unknown): RecurringTemplate {
  const raw = (typeof rawInput === "object" && rawInput !== null ? rawInput : {}) as Record<string, unknown>;
  const template: Record<string, unknown> = {};
  for (const key of RECURRING_TEMPLATE_KEYS) {
    const value = raw[key];
    if (value === undefined) continue;
    template[key] =
      key === "lines" && Array.isArray(value)
        ? value.map((line: unknown) => pickLine(line))
        : value instanceof Date
          ? value.toISOString()
          : value;
  }
  return template as RecurringTemplate;
}

function pickLine(line: unknown): Record<string, unknown> {
  const source = (typeof line === "object" && line !== null ? line : {}) as Record<string, unknown>;
  const picked: Record<string, unknown> = {};
  for (const key of TEMPLATE_LINE_KEYS) if (source[key] !== undefined) picked[key] = source[key];
  return picked;
}

/** The optimistic concurrency of an update: the `updatedAt` the form loaded (as drafts do). */
export const recurringExpectedVersionInput = z.object({
  expectedUpdatedAt: z
    .union([z.string(), z.date()], { error: "required" })
    .transform((value) => new Date(value))
    .refine((date) => !Number.isNaN(date.getTime()), "required"),
});

export const recurringProfileIdInput = z.string().trim().min(1).max(64);
