"use client";

import { useActionState, useState } from "react";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import { NewPasswordField } from "@/components/forms/new-password-field";
import { TextField } from "@/components/forms/text-field";
import { translateFieldErrors, translateFormError } from "@/components/forms/translate-errors";
import { buttonClass } from "@/components/ui/button";
import { format } from "@/lib/i18n/format";
import { idleState } from "../../_shared/form-state";
import { changePasswordAction } from "./actions";
import { profileValidation, type ProfileMessages } from "./profile-messages";

export function PasswordForm({ messages }: { messages: ProfileMessages }) {
  const [state, formAction] = useActionState(changePasswordAction, idleState);
  // Remounting the field clears the new password once it has been sent.
  const [fieldKey, setFieldKey] = useState(0);
  const t = messages.account.profile.password;
  const rules = messages.auth.signup;
  const fieldErrors = translateFieldErrors(state.fieldErrors, profileValidation(messages));
  const done = state.status === "success" ? format(t.changed, { count: state.values?.sessionsRevoked ?? "0" }) : null;
  return (
    <form
      action={(formData) => {
        formAction(formData);
        setFieldKey((key) => key + 1);
      }}
      noValidate
      className="space-y-4"
    >
      <FormAlert message={translateFormError(state.formError, messages.account.errors)} />
      <FormAlert tone="success" message={done} />
      <TextField
        label={t.currentPassword}
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        required
        errors={fieldErrors.currentPassword}
      />
      <NewPasswordField
        key={fieldKey}
        label={t.newPassword}
        name="newPassword"
        errors={fieldErrors.newPassword}
        texts={rules}
      />
      <SubmitButton pendingLabel={messages.common.loading} className={buttonClass({ size: "lg" })}>
        {t.submit}
      </SubmitButton>
    </form>
  );
}
