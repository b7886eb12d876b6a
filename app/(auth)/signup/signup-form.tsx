"use client";

import { useActionState } from "react";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { NewPasswordField } from "@/components/forms/new-password-field";
import { TextField } from "@/components/forms/text-field";
import { translateFieldErrors, translateFormError } from "@/components/forms/translate-errors";
import type { Messages } from "@/lib/i18n/messages/fr";
import { idleState } from "../../_shared/form-state";
import { signupAction } from "./actions";

type SignupFormProps = { messages: Pick<Messages, "auth" | "validation" | "common"> };

export function SignupForm({ messages }: SignupFormProps) {
  const [state, formAction] = useActionState(signupAction, idleState);
  const t = messages.auth.signup;
  const fieldErrors = translateFieldErrors(state.fieldErrors, messages.validation);
  return (
    <form action={formAction} noValidate className="space-y-4">
      <FormAlert message={translateFormError(state.formError, messages.auth.errors)} />
      <TextField
        label={t.name}
        name="name"
        autoComplete="name"
        required
        maxLength={120}
        defaultValue={state.values?.name}
        errors={fieldErrors.name}
      />
      <TextField
        label={t.email}
        name="email"
        type="email"
        autoComplete="email"
        required
        maxLength={254}
        defaultValue={state.values?.email}
        errors={fieldErrors.email}
      />
      <NewPasswordField label={t.password} name="password" errors={fieldErrors.password} texts={t} />
      <TextField
        label={t.organizationName}
        name="organizationName"
        autoComplete="organization"
        required
        maxLength={120}
        defaultValue={state.values?.organizationName}
        errors={fieldErrors.organizationName}
      />
      <SubmitButton pendingLabel={messages.common.loading}>{t.submit}</SubmitButton>
    </form>
  );
}
