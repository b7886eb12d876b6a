"use client";

import { useActionState } from "react";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { translateFieldErrors, translateFormError } from "@/components/forms/translate-errors";
import { buttonClass } from "@/components/ui/button";
import { locales, type Locale } from "@/lib/i18n/locales";
import { idleState } from "../../_shared/form-state";
import { updateProfileAction } from "./actions";
import { profileValidation, type ProfileMessages } from "./profile-messages";

type IdentityFormProps = { name: string; locale: Locale; messages: ProfileMessages };

export function IdentityForm({ name, locale, messages }: IdentityFormProps) {
  const [state, formAction] = useActionState(updateProfileAction, idleState);
  const t = messages.account.profile.identity;
  const fieldErrors = translateFieldErrors(state.fieldErrors, profileValidation(messages));
  const chosen = state.values?.locale ?? locale;
  return (
    <form action={formAction} noValidate className="space-y-4">
      <FormAlert message={translateFormError(state.formError, messages.account.errors)} />
      <FormAlert tone="success" message={state.status === "success" ? t.saved : null} />
      <TextField
        label={t.name}
        name="name"
        autoComplete="name"
        required
        maxLength={120}
        defaultValue={state.values?.name ?? name}
        errors={fieldErrors.name}
      />
      <fieldset aria-describedby={fieldErrors.locale ? "profile-locale-error" : undefined}>
        <legend className="block text-sm font-medium text-slate-800">{t.locale}</legend>
        <div className="mt-1 flex gap-4">
          {locales.map((candidate) => (
            <label key={candidate} className="flex items-center gap-2 text-sm text-slate-800" lang={candidate}>
              <input type="radio" name="locale" value={candidate} defaultChecked={candidate === chosen} />
              {messages.common.languages[candidate]}
            </label>
          ))}
        </div>
        {fieldErrors.locale ? (
          <p id="profile-locale-error" className="mt-1 text-sm text-red-700">
            {fieldErrors.locale.join(" ")}
          </p>
        ) : null}
      </fieldset>
      <SubmitButton pendingLabel={messages.common.loading} className={buttonClass({ size: "lg" })}>
        {t.submit}
      </SubmitButton>
    </form>
  );
}
