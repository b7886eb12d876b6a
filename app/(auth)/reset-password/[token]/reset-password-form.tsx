"use client";

import { useActionState } from "react";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { NewPasswordField } from "@/components/forms/new-password-field";
import { translateFieldErrors, translateFormError } from "@/components/forms/translate-errors";
import type { Messages } from "@/lib/i18n/messages/fr";
import { idleState } from "../../../_shared/form-state";
import { resetPasswordAction } from "./actions";
import { UnusableLink } from "./unusable-link";

type ResetPasswordFormProps = {
  token: string;
  messages: Pick<Messages, "account" | "auth" | "validation" | "common">;
};

export function ResetPasswordForm({ token, messages }: ResetPasswordFormProps) {
  const [state, formAction] = useActionState(resetPasswordAction, idleState);
  const t = messages.account.reset;
  const rules = messages.auth.signup;
  const errorText = translateFormError(state.formError, messages.account.errors);
  // The link died while the form was open (used in another tab, expired): same page as on arrival.
  if (state.formError?.code.startsWith("reset_link_")) return <UnusableLink reason={errorText ?? ""} messages={t} />;
  const fieldErrors = translateFieldErrors(state.fieldErrors, messages.validation);
  return (
    <form action={formAction} noValidate className="space-y-4">
      <FormAlert message={errorText} />
      <input type="hidden" name="token" value={token} />
      <NewPasswordField label={t.password} name="password" errors={fieldErrors.password} texts={rules} autoFocus />
      <SubmitButton pendingLabel={messages.common.loading}>{t.submit}</SubmitButton>
    </form>
  );
}
