"use client";

import { useActionState, useState } from "react";
import { CheckboxField } from "@/components/forms/checkbox-field";
import { FormAlert } from "@/components/forms/form-alert";
import { SelectField } from "@/components/forms/select-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { translateFieldErrors, translateFormError } from "@/components/forms/translate-errors";
import { useActionToast } from "@/components/ui/use-action-toast";
import { fieldErrorsOf } from "@/lib/errors/validation";
import {
  documentTypes,
  formatDocumentNumber,
  numberingFormatsInput,
  numberingInputFromFields,
  type NumberingFormat,
} from "@/lib/organization-settings/numbering";
import { idleState, type FormState } from "../../../_shared/form-state";
import { validationTexts, type SettingsFormMessages } from "./form-messages";
import { useLiveValidation } from "./use-live-validation";

type DocumentTypeCode = (typeof documentTypes)[number];

type NumberingFormProps = {
  formats: Record<DocumentTypeCode, NumberingFormat>;
  /** The year of the example numbers (passed from the server so both render the same). */
  year: number;
  messages: SettingsFormMessages;
  /** updateNumberingAction (passed by the page). */
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
};

const paddings = [3, 4, 5, 6, 7, 8];

function readForm(form: HTMLFormElement): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of new FormData(form).entries()) if (typeof value === "string") values[key] = value;
  return values;
}

function validateNumbering(form: HTMLFormElement): Record<string, string[]> {
  const result = numberingFormatsInput.safeParse(numberingInputFromFields(readForm(form)));
  return result.success ? {} : fieldErrorsOf(result.error);
}

function formValuesOf(formats: NumberingFormProps["formats"]): Record<string, string> {
  const values: Record<string, string> = {};
  for (const type of documentTypes) {
    values[`${type}.prefix`] = formats[type].prefix;
    values[`${type}.padding`] = String(formats[type].padding);
    if (formats[type].includeYear) values[`${type}.includeYear`] = "on";
    if (formats[type].yearlyReset) values[`${type}.yearlyReset`] = "on";
  }
  return values;
}

/** The four number formats, each with a live example of the first number of the year. */
export function NumberingForm({ formats, year, messages, action }: NumberingFormProps) {
  const [state, formAction] = useActionState(action, idleState);
  const t = messages.settings.numbering;
  useActionToast(state, t.saved);
  const live = useLiveValidation(state, validateNumbering);
  const values = state.status === "error" && state.values ? state.values : formValuesOf(formats);
  const [draft, setDraft] = useState<{ state: FormState; values: Record<string, string> } | null>(null);
  const current = draft?.state === state ? draft.values : values;
  const errors = translateFieldErrors(live.errors, validationTexts(messages));
  const parsed = numberingFormatsInput.safeParse(numberingInputFromFields(current));
  const formError =
    state.status === "error" && !state.fieldErrors
      ? translateFormError(state.formError, messages.settings.errors)
      : null;

  return (
    <form
      action={formAction}
      noValidate
      onBlur={live.onBlur}
      onChange={(event) => {
        live.onChange(event);
        setDraft({ state, values: readForm(event.currentTarget) });
      }}
      onSubmit={live.onSubmit}
      className="space-y-4"
    >
      <FormAlert message={formError} />
      <FormAlert message={live.refused || state.fieldErrors ? messages.settings.organization.fixErrors : null} />
      <div className="grid gap-4 md:grid-cols-2">
        {documentTypes.map((type) => {
          const name = (key: string) => `${type}.${key}`;
          const example = parsed.success ? formatDocumentNumber(parsed.data[type], year, 1) : null;
          return (
            <fieldset key={type} className="min-w-0 rounded-xl border border-slate-200 bg-white p-4">
              <legend className="px-1 font-semibold text-slate-900">{t.documentTypes[type]}</legend>
              <div className="grid gap-3 sm:grid-cols-2">
                <TextField
                  label={t.prefix}
                  name={name("prefix")}
                  maxLength={10}
                  autoComplete="off"
                  spellCheck={false}
                  hint={t.prefixHint}
                  defaultValue={values[name("prefix")] ?? ""}
                  errors={errors[name("prefix")]}
                />
                <SelectField
                  label={t.padding}
                  name={name("padding")}
                  defaultValue={values[name("padding")] ?? "5"}
                  options={paddings.map((padding) => ({ value: String(padding), label: String(padding) }))}
                  errors={errors[name("padding")]}
                />
                <CheckboxField
                  label={t.includeYear}
                  name={name("includeYear")}
                  defaultChecked={values[name("includeYear")] === "on"}
                  errors={errors[name("includeYear")]}
                />
                <CheckboxField
                  label={t.yearlyReset}
                  name={name("yearlyReset")}
                  defaultChecked={values[name("yearlyReset")] === "on"}
                  errors={errors[name("yearlyReset")]}
                />
              </div>
              <p className="mt-3 text-sm text-slate-700" aria-live="polite">
                {example ? (
                  <>
                    {t.example}{" "}
                    <code className="rounded bg-slate-100 px-1.5 py-0.5 font-mono text-slate-900">{example}</code>
                  </>
                ) : (
                  t.exampleUnavailable
                )}
              </p>
            </fieldset>
          );
        })}
      </div>
      <SubmitButton
        pendingLabel={messages.common.loading}
        className="inline-flex w-full items-center justify-center rounded-lg bg-brand-600 px-4 py-2 font-semibold text-white shadow-sm hover:bg-brand-700 disabled:cursor-wait disabled:opacity-70 sm:w-auto"
      >
        {t.save}
      </SubmitButton>
    </form>
  );
}
