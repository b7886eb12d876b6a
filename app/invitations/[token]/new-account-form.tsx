"use client";

import { useActionState } from "react";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { NewPasswordField } from "@/components/forms/new-password-field";
import { TextField } from "@/components/forms/text-field";
import { translateFieldErrors, translateFormError } from "@/components/forms/translate-errors";
import type { Messages } from "@/lib/i18n/messages/fr";
import { idleState } from "../../_shared/form-state";
import { acceptWithNewAccountAction } from "./actions";

type NewAccountFormProps = {
  token: string;
  email: string;
  messages: Pick<Messages, "invitationPage" | "memberErrors" | "validation" | "auth" | "common">;
};

/** Name + password (live rules, as on sign-up); the email is the invited one and cannot change. */
export function NewAccountForm({ token, email, messages }: NewAccountFormProps) {
  const [state, formAction] = useActionState(acceptWithNewAccountAction, idleState);
  const t = messages.invitationPage;
  const signup = messages.auth.signup;
  const fieldErrors = translateFieldErrors(state.fieldErrors, messages.validation);
  return (
    <form action={formAction} noValidate className="space-y-4">
      <FormAlert message={translateFormError(state.formError, messages.memberErrors)} />
      <input type="hidden" name="token" value={token} />
      <TextField label={t.email} name="invitedEmail" type="email" value={email} readOnly autoComplete="username" />
      <TextField
        label={t.name}
        name="name"
        autoComplete="name"
        required
        maxLength={120}
        defaultValue={state.values?.name}
        errors={fieldErrors.name}
      />
      <NewPasswordField label={t.password} name="password" errors={fieldErrors.password} texts={signup} />
      <SubmitButton pendingLabel={messages.common.loading}>{t.submitNewAccount}</SubmitButton>
    </form>
  );
}
