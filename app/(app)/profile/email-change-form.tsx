"use client";

import { useActionState } from "react";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { translateFieldErrors, translateFormError } from "@/components/forms/translate-errors";
import { buttonClass } from "@/components/ui/button";
import { idleState } from "../../_shared/form-state";
import { startEmailChangeAction } from "./actions";
import { profileValidation, type ProfileMessages } from "./profile-messages";

/** First step: the new address and the current password; a code then goes to that address. */
export function EmailChangeForm({ messages }: { messages: ProfileMessages }) {
  const [state, formAction] = useActionState(startEmailChangeAction, idleState);
  const t = messages.account.profile.email;
  const fieldErrors = translateFieldErrors(state.fieldErrors, profileValidation(messages));
  return (
    <form action={formAction} noValidate className="space-y-4">
      <FormAlert message={translateFormError(state.formError, messages.account.errors)} />
      <TextField
        label={t.newEmail}
        name="newEmail"
        type="email"
        autoComplete="email"
        required
        maxLength={254}
        defaultValue={state.values?.newEmail}
        errors={fieldErrors.newEmail}
      />
      <TextField
        label={t.currentPassword}
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        required
        errors={fieldErrors.currentPassword}
      />
      <SubmitButton pendingLabel={messages.common.loading} className={buttonClass({ size: "lg" })}>
        {t.submit}
      </SubmitButton>
    </form>
  );
}
