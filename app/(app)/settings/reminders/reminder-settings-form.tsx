"use client";

import { useActionState, useState } from "react";
import { CheckboxField } from "@/components/forms/checkbox-field";
import { FormAlert } from "@/components/forms/form-alert";
import { SelectField } from "@/components/forms/select-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextAreaField } from "@/components/forms/text-area-field";
import { TextField } from "@/components/forms/text-field";
import { translateFieldErrors, translateFormError } from "@/components/forms/translate-errors";
import { buttonClass } from "@/components/ui/button";
import { useActionToast } from "@/components/ui/use-action-toast";
import { fieldErrorsOf } from "@/lib/errors/validation";
import { format } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/fr";
import {
  REMINDER_LANGUAGES,
  reminderLimits,
  reminderSettingsFromFields,
  reminderSettingsInput,
} from "@/lib/reminders/reminder-settings-schema";
import type { ReminderText } from "@/lib/reminders/reminder-texts";

type FormState = {
  status: "idle" | "error" | "success";
  fieldErrors?: Record<string, string[]>;
  formError?: { code: string; params?: Record<string, string | number> };
  values?: Record<string, string>;
};
type Action = (previous: FormState, formData: FormData) => Promise<FormState>;

export type ReminderSettingsFormProps = {
  /** The saved settings as the form's fields (reminderSettingsFields). */
  fields: Record<string, string>;
  /** organization.update: owners and admins; everyone else reads. */
  canEdit: boolean;
  /** The zones the server accepts (its Intl list, plus UTC). */
  timeZones: string[];
  /** The built-in texts with their placeholders, shown in the empty fields. */
  builtIn: Record<(typeof REMINDER_LANGUAGES)[number], ReminderText>;
  messages: Pick<Messages, "reminderSettings"> & { loading: string; errors: Record<string, string> };
  saveAction: Action;
};

const idle: FormState = { status: "idle" };
const HOURS = Array.from({ length: 24 }, (_, hour) => hour);

/**
 * Settings → Reminders: on/off, steps, hour, time zone, and per language the subject and
 * message (blank = the built-in text, shown as the field's placeholder). Checked in the browser
 * with the server's schema before it submits; the server checks again.
 */
export function ReminderSettingsForm({
  fields,
  canEdit,
  timeZones,
  builtIn,
  messages,
  saveAction,
}: ReminderSettingsFormProps) {
  const t = messages.reminderSettings;
  const [state, formAction] = useActionState(saveAction, idle);
  const [browserErrors, setBrowserErrors] = useState<Record<string, string[]> | null>(null);
  useActionToast(state, t.saved);
  const serverErrors = state.status === "error" ? state.fieldErrors : undefined;
  const errors = translateFieldErrors(browserErrors ?? serverErrors, t.validation);
  const hasErrors = Object.keys(errors).length > 0;
  const formError =
    state.status === "error" && !state.fieldErrors ? translateFormError(state.formError, messages.errors) : null;
  // What the form shows: what was typed after a refusal, else the saved settings.
  const shown = state.status === "error" && state.values ? state.values : fields;
  const value = (name: string) => shown[name] ?? "";
  const zoneOptions = (timeZones.includes(value("timeZone")) ? timeZones : [value("timeZone"), ...timeZones]).map(
    (zone) => ({ value: zone, label: zone.replace(/_/g, " ") }),
  );

  return (
    <form
      action={formAction}
      noValidate
      // A new form after each save: its fields start from the stored values.
      key={JSON.stringify(fields)}
      onSubmit={(event) => {
        const values = Object.fromEntries(
          [...new FormData(event.currentTarget).entries()].filter(([, entry]) => typeof entry === "string"),
        );
        const result = reminderSettingsInput.safeParse(reminderSettingsFromFields(values));
        const found = result.success ? {} : fieldErrorsOf(result.error);
        // The zone comes from the server's list, which this browser's Intl may not know in full:
        // the server judges it.
        delete found.timeZone;
        const blocking = Object.keys(found).length > 0;
        setBrowserErrors(blocking ? found : null);
        if (blocking) event.preventDefault();
      }}
      className="space-y-6"
    >
      <FormAlert message={formError} />
      <FormAlert message={hasErrors ? t.fixErrors : null} />
      <fieldset disabled={!canEdit} className="min-w-0 space-y-4 rounded-xl border border-slate-200 bg-white p-4">
        <CheckboxField
          label={t.enabled}
          name="enabled"
          defaultChecked={value("enabled") === "on"}
          hint={t.enabledHint}
          errors={errors.enabled}
        />
        <div className="grid gap-4 md:grid-cols-3">
          <TextField
            label={t.steps}
            name="steps"
            inputMode="numeric"
            autoComplete="off"
            spellCheck={false}
            maxLength={60}
            defaultValue={value("steps")}
            hint={t.stepsHint}
            errors={errors.steps}
          />
          <SelectField
            label={t.sendHour}
            name="sendHour"
            defaultValue={value("sendHour")}
            options={HOURS.map((hour) => ({
              value: String(hour),
              label: format(t.hourOption, { hour: String(hour).padStart(2, "0") }),
            }))}
            errors={errors.sendHour}
          />
          <div>
            <SelectField
              label={t.timeZone}
              name="timeZone"
              defaultValue={value("timeZone")}
              options={zoneOptions}
              errors={errors.timeZone}
            />
            <p className="mt-1 text-xs text-slate-500">{t.timeZoneHint}</p>
          </div>
        </div>
      </fieldset>
      {REMINDER_LANGUAGES.map((language) => {
        const languageName = t.languages[language];
        return (
          <fieldset
            key={language}
            disabled={!canEdit}
            className="min-w-0 space-y-4 rounded-xl border border-slate-200 bg-white p-4"
          >
            <legend className="px-1 font-semibold text-slate-900">
              {format(t.textsTitle, { language: languageName })}
            </legend>
            <p className="text-sm text-slate-600">{format(t.textsLead, { language: languageName })}</p>
            <TextField
              label={format(t.subject, { language: languageName })}
              name={`texts.${language}.subject`}
              lang={language}
              autoComplete="off"
              maxLength={reminderLimits.subject}
              placeholder={builtIn[language].subject}
              defaultValue={value(`texts.${language}.subject`)}
              errors={errors[`texts.${language}.subject`]}
            />
            <TextAreaField
              label={format(t.message, { language: languageName })}
              name={`texts.${language}.message`}
              lang={language}
              rows={10}
              maxLength={reminderLimits.message}
              placeholder={builtIn[language].message}
              defaultValue={value(`texts.${language}.message`)}
              hint={t.placeholdersHint}
              errors={errors[`texts.${language}.message`]}
            />
          </fieldset>
        );
      })}
      {canEdit ? (
        <SubmitButton pendingLabel={messages.loading} className={buttonClass({ variant: "primary" })}>
          {t.save}
        </SubmitButton>
      ) : null}
    </form>
  );
}
