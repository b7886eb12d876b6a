"use client";

import { useActionState, useState } from "react";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { translateFieldErrors, translateFormError } from "@/components/forms/translate-errors";
import { useActionToast } from "@/components/ui/use-action-toast";
import { fieldErrorsOf } from "@/lib/errors/validation";
import { organizationSettingsInput } from "@/lib/organization-settings/organization-settings-schema";
import { idleState, type FormState } from "../../../_shared/form-state";
import { AddressFields } from "./address-fields";
import { BankFields } from "./bank-fields";
import { DocumentDefaultsFields } from "./document-defaults-fields";
import type { FieldsetProps } from "./field-props";
import { validationTexts, type SettingsFormMessages } from "./form-messages";
import { IdentityFields } from "./identity-fields";
import { InsuranceFields } from "./insurance-fields";
import { RegistrationFields } from "./registration-fields";
import type { SettingsSelectOptions } from "./select-options";
import { useLiveValidation } from "./use-live-validation";
import { VatFields } from "./vat-fields";

type SettingsFormProps = {
  /** The stored settings as form values (see settingsFormValues). */
  initial: Record<string, string>;
  options: SettingsSelectOptions;
  messages: SettingsFormMessages;
  /** updateSettingsAction (passed by the page, so tests can give their own). */
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
};

/** Text entries of the form, as the server action will receive them. */
function readForm(form: HTMLFormElement): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of new FormData(form).entries()) if (typeof value === "string") values[key] = value;
  return values;
}

function validateSettings(form: HTMLFormElement): Record<string, string[]> {
  const result = organizationSettingsInput.safeParse(readForm(form));
  return result.success ? {} : fieldErrorsOf(result.error);
}

/**
 * The organization's legal identity and document defaults. The browser runs the server's
 * schema (errors on blur and on submit); the server runs it again. A refused form comes back
 * with what was typed; a saved one with the stored, normalized values.
 */
export function SettingsForm({ initial, options, messages, action }: SettingsFormProps) {
  const [state, formAction] = useActionState(action, idleState);
  const t = messages.settings.organization;
  useActionToast(state, t.saved);
  const live = useLiveValidation(state, validateSettings);
  const values = state.values ?? initial;
  // What is typed right now, for conditional fields and the preview; starts over with each answer.
  const [draft, setDraft] = useState<{ state: FormState; values: Record<string, string> } | null>(null);
  const current = draft?.state === state ? draft.values : values;

  const errors = translateFieldErrors(live.errors, validationTexts(messages));
  const props: FieldsetProps = {
    field: (name) => ({ name, defaultValue: values[name] ?? "", errors: errors[name] }),
    checkbox: (name) => ({ name, defaultChecked: values[name] === "on", errors: errors[name] }),
    current,
    options,
    messages,
  };
  const formError =
    state.status === "error" && !state.fieldErrors
      ? translateFormError(state.formError, messages.settings.errors)
      : null;

  function onChange(event: React.ChangeEvent<HTMLFormElement>) {
    live.onChange(event);
    setDraft({ state, values: readForm(event.currentTarget) });
  }

  function onFilled(form: HTMLFormElement, name: string) {
    live.touch(form, name);
    setDraft({ state, values: readForm(form) });
  }

  return (
    <form
      action={formAction}
      noValidate
      onBlur={live.onBlur}
      onChange={onChange}
      onSubmit={live.onSubmit}
      className="space-y-6"
    >
      <FormAlert message={formError} />
      <FormAlert message={live.refused || state.fieldErrors ? t.fixErrors : null} />
      <p className="text-sm text-slate-600">{t.requiredNote}</p>
      <IdentityFields {...props} />
      <AddressFields {...props} />
      <RegistrationFields {...props} />
      <BankFields {...props} />
      <VatFields {...props} onFilled={onFilled} />
      <InsuranceFields {...props} />
      <DocumentDefaultsFields {...props} />
      <div>
        <SubmitButton
          pendingLabel={messages.common.loading}
          className="inline-flex w-full items-center justify-center rounded-lg bg-brand-600 px-4 py-2 font-semibold text-white shadow-sm hover:bg-brand-700 disabled:cursor-wait disabled:opacity-70 sm:w-auto"
        >
          {t.save}
        </SubmitButton>
      </div>
    </form>
  );
}
