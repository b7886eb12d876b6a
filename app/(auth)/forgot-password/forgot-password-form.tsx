"use client";

import Link from "next/link";
import { useActionState } from "react";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { translateFieldErrors, translateFormError } from "@/components/forms/translate-errors";
import { format } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages/fr";
import { idleState } from "../../_shared/form-state";
import { forgotPasswordAction } from "./actions";

type ForgotPasswordFormProps = {
  messages: Pick<Messages, "account" | "validation" | "common">;
  /** Development only: where captured emails can be read. */
  mailboxHint?: React.ReactNode;
};

export function ForgotPasswordForm({ messages, mailboxHint }: ForgotPasswordFormProps) {
  const [state, formAction] = useActionState(forgotPasswordAction, idleState);
  const t = messages.account.forgot;
  if (state.status === "success") {
    return (
      <div className="space-y-4">
        <FormAlert tone="success" message={format(t.sent, { email: state.values?.email?.trim() ?? "" })} />
        <p className="text-sm text-slate-600">{t.checkSpam}</p>
        {mailboxHint}
        <Link
          href="/login"
          className="inline-block text-sm font-medium text-brand-700 underline-offset-2 hover:underline"
        >
          {t.backToLogin}
        </Link>
      </div>
    );
  }
  const fieldErrors = translateFieldErrors(state.fieldErrors, messages.validation);
  return (
    <form action={formAction} noValidate className="space-y-4">
      <FormAlert message={translateFormError(state.formError, messages.account.errors)} />
      <TextField
        label={t.email}
        name="email"
        type="email"
        autoComplete="email"
        required
        maxLength={254}
        autoFocus
        defaultValue={state.values?.email}
        errors={fieldErrors.email}
      />
      <SubmitButton pendingLabel={messages.common.loading}>{t.submit}</SubmitButton>
      <p className="text-center text-sm">
        <Link href="/login" className="text-slate-600 underline-offset-2 hover:underline">
          {t.backToLogin}
        </Link>
      </p>
    </form>
  );
}
