"use client";

import Link from "next/link";
import { useActionState } from "react";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { translateFieldErrors, translateFormError } from "@/components/forms/translate-errors";
import type { Messages } from "@/lib/i18n/messages/fr";
import { idleState } from "../../_shared/form-state";
import { loginAction } from "./actions";

type LoginFormProps = {
  messages: Pick<Messages, "auth" | "validation" | "common">;
  defaultEmail?: string;
  /** Same-site path to return to after the code step (e.g. an invitation). */
  next?: string;
};

export function LoginForm({ messages, defaultEmail, next }: LoginFormProps) {
  const [state, formAction] = useActionState(loginAction, idleState);
  const t = messages.auth.login;
  const fieldErrors = translateFieldErrors(state.fieldErrors, messages.validation);
  return (
    <form action={formAction} noValidate className="space-y-4">
      <FormAlert message={translateFormError(state.formError, messages.auth.errors)} />
      {next ? <input type="hidden" name="next" value={next} /> : null}
      <TextField
        label={t.email}
        name="email"
        type="email"
        autoComplete="email"
        required
        maxLength={254}
        defaultValue={state.values?.email ?? defaultEmail}
        errors={fieldErrors.email}
      />
      <TextField
        label={t.password}
        name="password"
        type="password"
        autoComplete="current-password"
        required
        errors={fieldErrors.password}
      />
      <div className="text-right text-sm">
        <Link href="/forgot-password" prefetch={false} className="text-brand-700 underline-offset-2 hover:underline">
          {t.forgot}
        </Link>
      </div>
      <SubmitButton pendingLabel={messages.common.loading}>{t.submit}</SubmitButton>
    </form>
  );
}
