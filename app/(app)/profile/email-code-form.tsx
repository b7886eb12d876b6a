"use client";

import { useActionState, useState } from "react";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { translateFieldErrors, translateFormError } from "@/components/forms/translate-errors";
import { buttonClass } from "@/components/ui/button";
import { format } from "@/lib/i18n/format";
import { idleState } from "../../_shared/form-state";
import { cancelEmailChangeAction, confirmEmailChangeAction, resendEmailCodeAction } from "./actions";
import { profileValidation, type ProfileMessages } from "./profile-messages";

type EmailCodeFormProps = { newEmail: string; messages: ProfileMessages };

/** Second step: the 6-digit code sent to the new address (same input as the login code). */
export function EmailCodeForm({ newEmail, messages }: EmailCodeFormProps) {
  const [state, formAction] = useActionState(confirmEmailChangeAction, idleState);
  const [resend, resendAction] = useActionState(resendEmailCodeAction, idleState);
  const [code, setCode] = useState("");
  const t = messages.account.profile.email;
  const errors = messages.account.errors;
  const fieldErrors = translateFieldErrors(state.fieldErrors, profileValidation(messages));
  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-700">{format(t.pending, { email: newEmail })}</p>
      <form action={formAction} noValidate className="space-y-4">
        <FormAlert
          message={translateFormError(state.formError, errors) ?? translateFormError(resend.formError, errors)}
        />
        <FormAlert tone="success" message={resend.status === "success" ? t.resent : null} />
        <TextField
          label={t.code}
          name="code"
          inputMode="numeric"
          autoComplete="one-time-code"
          pattern="[0-9]{6}"
          maxLength={6}
          required
          value={code}
          onChange={(event) => setCode(event.target.value.replace(/\D/g, "").slice(0, 6))}
          errors={fieldErrors.code}
          className="max-w-xs [&_input]:text-center [&_input]:font-mono [&_input]:text-2xl [&_input]:tracking-[0.5em]"
        />
        <SubmitButton pendingLabel={messages.common.loading} className={buttonClass({ size: "lg" })}>
          {t.confirm}
        </SubmitButton>
      </form>
      <div className="flex flex-wrap items-center gap-4 text-sm">
        <form action={resendAction}>
          <button type="submit" className="font-medium text-brand-700 underline-offset-2 hover:underline">
            {t.resend}
          </button>
        </form>
        <form action={cancelEmailChangeAction}>
          <button type="submit" className="text-slate-600 underline-offset-2 hover:underline">
            {t.cancel}
          </button>
        </form>
      </div>
    </div>
  );
}
