import { z } from "zod";
import type { Locale } from "@/lib/i18n/locales";
import { checkbox, integerInRange } from "@/lib/organization-settings/schema-helpers";
import { CONTROL_CHARACTERS_ERROR, hasControlCharacters } from "@/lib/validation/control-characters";
import { isTimeZone } from "./local-clock";
import { unknownPlaceholders, type ReminderTexts } from "./reminder-texts";

// The one schema of Settings → Reminders: the form runs it in the browser before it submits,
// saveReminderSettings runs it again before anything is written. The form's fields are flat
// ("texts.fr.subject"); reminderSettingsFromFields nests them, and the field errors' dotted
// paths are the inputs' names again. Messages are keys of reminderSettings.validation.

export const reminderLimits = { steps: 6, stepMax: 365, subject: 300, message: 4000 } as const;
export const REMINDER_LANGUAGES = ["fr", "en"] as const satisfies readonly Locale[];

/** "7, 15, 30" (or 7 15 30, 7;15;30) → the parts; an array (code callers) as it is. */
function stepParts(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  if (typeof value === "number") return [value];
  if (typeof value !== "string") return [];
  return value
    .split(/[\s,;]+/)
    .map((part) => part.trim())
    .filter(Boolean);
}

const steps = z.unknown().transform((value, context) => {
  const parts = stepParts(value);
  const days: number[] = [];
  for (const part of parts) {
    const text = typeof part === "number" ? String(part) : typeof part === "string" ? part : "";
    const day = /^\d{1,3}$/.test(text) ? Number(text) : NaN;
    if (!(day >= 1 && day <= reminderLimits.stepMax)) {
      context.addIssue({ code: "custom", message: "step_invalid" });
      return z.NEVER;
    }
    days.push(day);
  }
  if (days.length === 0) context.addIssue({ code: "custom", message: "steps_required" });
  else if (new Set(days).size !== days.length) context.addIssue({ code: "custom", message: "steps_duplicate" });
  else if (days.length > reminderLimits.steps) context.addIssue({ code: "custom", message: "steps_too_many" });
  return [...days].sort((a, b) => a - b);
});

const blankAsEmpty = (value: unknown) => (value == null ? "" : value);

const subject = z.preprocess(
  blankAsEmpty,
  z
    .string()
    .trim()
    .max(reminderLimits.subject, "subject_too_long")
    // A line break in a header would let the subject inject headers.
    .regex(/^[^\r\n]*$/, "subject_one_line")
    .refine((text) => !hasControlCharacters(text), CONTROL_CHARACTERS_ERROR)
    .refine((text) => unknownPlaceholders(text).length === 0, "unknown_placeholder"),
);

const message = z.preprocess(
  // Browsers submit a textarea's line breaks as CRLF: kept as LF, and counted as one character
  // as the textarea's maxlength counts them.
  (value) => (typeof value === "string" ? value.replace(/\r\n?/g, "\n") : blankAsEmpty(value)),
  z
    .string()
    .trim()
    .max(reminderLimits.message, "message_too_long")
    .refine((text) => !hasControlCharacters(text), CONTROL_CHARACTERS_ERROR)
    .refine((text) => unknownPlaceholders(text).length === 0, "unknown_placeholder"),
);

const languageTexts = z.preprocess((value) => value ?? {}, z.object({ subject, message }));

export const reminderSettingsInput = z.object({
  enabled: checkbox,
  steps,
  sendHour: integerInRange(0, 23, "hour_invalid"),
  timeZone: z.preprocess(
    (value) => (typeof value === "string" ? value.trim() : value),
    z.string({ error: "time_zone_invalid" }).refine(isTimeZone, "time_zone_invalid"),
  ),
  texts: z.preprocess((value) => value ?? {}, z.object({ fr: languageTexts, en: languageTexts })),
});

export type ReminderSettingsInput = z.output<typeof reminderSettingsInput>;

/** The settings as stored and used: what the form shows and the reminders follow. */
export type ReminderSettingsValues = {
  enabled: boolean;
  steps: number[];
  sendHour: number;
  timeZone: string;
  texts: ReminderTexts;
};

/** The form's flat fields ("texts.en.message") → the schema's input. */
export function reminderSettingsFromFields(fields: Record<string, unknown>): Record<string, unknown> {
  const texts: Record<string, Record<string, unknown>> = {};
  for (const language of REMINDER_LANGUAGES) {
    texts[language] = { subject: fields[`texts.${language}.subject`], message: fields[`texts.${language}.message`] };
  }
  return {
    enabled: fields.enabled,
    steps: fields.steps,
    sendHour: fields.sendHour,
    timeZone: fields.timeZone,
    texts,
  };
}

/** The settings as the form's flat fields (steps typed "7, 15, 30"). */
export function reminderSettingsFields(values: ReminderSettingsValues): Record<string, string> {
  const fields: Record<string, string> = {
    enabled: values.enabled ? "on" : "",
    steps: values.steps.join(", "),
    sendHour: String(values.sendHour),
    timeZone: values.timeZone,
  };
  for (const language of REMINDER_LANGUAGES) {
    fields[`texts.${language}.subject`] = values.texts[language].subject;
    fields[`texts.${language}.message`] = values.texts[language].message;
  }
  return fields;
}
